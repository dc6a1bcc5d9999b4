package org.xiandao.core.fund;

import java.time.LocalDate;
import org.xiandao.core.enterprise.Enterprise;

/**
 * Whether an enterprise counted as early, small and hard-tech when invested in. One definition serves
 * the policy calculator, the mandate check and the chain recommendations: the implementation reads the
 * {@code early_small_hardtech} policy rather than repeating its thresholds.
 */
@FunctionalInterface
public interface EarlySmallHardTech {
    boolean test(Enterprise enterprise, LocalDate date);
}
