package org.xiandao.core.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy's verdict on one enterprise, with the amount (yuan, whole; {@code null} when the policy pays
 * nothing or the amount cannot be decided) and the full explanation.
 *
 * @param missing facts that were needed and not known
 */
public record Evaluation(String policyId, String titleZh, String titleEn, String document, LocalDate date,
                         Outcome outcome, Long amount, List<String> missing, Explanation explanation) {
}
