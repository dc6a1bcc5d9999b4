package org.xiandao.core.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xiandao.core.policy.ast.Definitions.Benefit;
import org.xiandao.core.policy.ast.Definitions.Clause;
import org.xiandao.core.policy.ast.Definitions.Condition;
import org.xiandao.core.policy.ast.Definitions.Example;
import org.xiandao.core.policy.ast.Definitions.Exception;
import org.xiandao.core.policy.ast.Definitions.Input;
import org.xiandao.core.policy.ast.Definitions.Let;
import org.xiandao.core.policy.ast.Definitions.Parameter;

/**
 * A policy as code: who issued it, when it is in force, its clauses, dated parameters, the rule that
 * decides eligibility with its exceptions, the benefit, and the examples it must pass. Parsed and
 * checked by {@link PolicyParser}; an instance is always well-formed.
 *
 * @param effectiveTo last day in force, or {@code null} for open-ended
 * @param all         whether every condition must hold ({@code eligible all}) or any one ({@code eligible any})
 * @param budget      total budget in yuan, or {@code null}; with {@code budgetRule} "pro-rata" or "first-come"
 */
public record Policy(String id, String file, String titleZh, String titleEn, String issuer, String document,
                     LocalDate effectiveFrom, LocalDate effectiveTo, Map<String, Clause> clauses,
                     Map<String, Parameter> parameters, Map<String, Input> inputs, Map<String, Let> lets,
                     boolean all, List<Condition> conditions, List<Exception> exceptions, Benefit benefit,
                     Double budget, String budgetRule, List<Example> examples) {

    public boolean inForce(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<Benefit> benefitRule() {
        return Optional.ofNullable(benefit);
    }

    public String title(boolean zh) {
        return zh ? titleZh : titleEn;
    }
}
