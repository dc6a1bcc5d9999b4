package org.xiandao.store.enterprise;

import java.util.List;
import java.util.Objects;

/**
 * An organisation a source names as active in a segment, without a credit code to identify it. It waits
 * for a person to identify it rather than entering the pool on a guess.
 *
 * @param name   the name as the source writes it
 * @param city   the place the source gives, e.g. 上海
 * @param note   what else the source says (products, category)
 * @param source the file it came from; {@code row} its line or row there
 */
public record UnidentifiedEnterprise(String name, String city, List<String> segments, String note, String source, int row) {
    public UnidentifiedEnterprise {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        segments = List.copyOf(segments);
    }
}
