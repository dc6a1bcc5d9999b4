package org.xiandao.core.park;

import java.util.List;
import java.util.Objects;
import org.xiandao.core.enterprise.District;

/**
 * An industrial park or cluster.
 *
 * @param code          Xiandao's short code, e.g. {@code ZJ}
 * @param focusSegments segment codes the park is known to host; used to cluster synthetic enterprises
 */
public record Park(String code, String nameZh, String nameEn, District district, List<String> focusSegments) {
    public Park {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(district, "district");
        focusSegments = List.copyOf(focusSegments);
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
