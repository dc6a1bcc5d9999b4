package org.xiandao.core.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * One node of the explanation tree: a condition, exception or amount, with the clause it implements,
 * the expression as written, its result, the facts it read and the dated parameter values it used.
 */
public record Explanation(String kind, String label, String clause, String clauseText, boolean clauseUnverified,
                          String expression, String result, List<Fact> inputs, List<ParameterUse> parameters,
                          List<Explanation> children) {

    /** An enterprise field or input as read; {@code value} is "missing" when it was not known. */
    public record Fact(String name, String value) {
    }

    /** A parameter's value in force on the evaluation date, since when, and from which source. */
    public record ParameterUse(String name, String value, LocalDate since, String source) {
    }
}
