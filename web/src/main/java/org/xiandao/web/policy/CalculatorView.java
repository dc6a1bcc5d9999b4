package org.xiandao.web.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.policy.Evaluation;
import org.xiandao.core.policy.Field;
import org.xiandao.core.policy.Outcome;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.ast.Definitions;

/** What the calculator page shows: the form (with what was typed) and, once asked, every policy's result. */
public record CalculatorView(List<Policy> policies, Map<String, Definitions.Input> inputs, LocalDate date,
                             Enterprise enterprise, List<Evaluation> results, boolean asked, Function<String, String> typed,
                             List<org.xiandao.core.policy.PolicyError> loadErrors) {

    public List<Field> fields() {
        return List.of(Field.values());
    }

    public String value(String key) {
        return typed.apply(key);
    }

    public String outcomeClass(Outcome o) {
        return switch (o) {
            case QUALIFIES -> "yes";
            case DOES_NOT_QUALIFY -> "no";
            default -> "unsure";
        };
    }
}
