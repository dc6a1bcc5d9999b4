package org.xiandao.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.policy.ast.Definitions;
import org.xiandao.core.policy.ast.Expr;

/** Runs the examples written inside a policy file, as {@code ./xiandao policy test} and the build do. */
public final class PolicyTests {

    private final PolicyInterpreter interpreter;

    public PolicyTests(Taxonomy taxonomy) {
        this.interpreter = new PolicyInterpreter(taxonomy);
    }

    /** The result of one example: passed, or the expectations it missed. */
    public record Result(String policy, String example, SourcePosition at, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public List<Result> run(Policy policy) {
        List<Result> out = new ArrayList<>();
        for (Definitions.Example ex : policy.examples()) {
            Map<String, Object> values = new HashMap<>();
            List<String> segments = List.of();
            for (Definitions.Assignment a : ex.given()) {
                Object v = given(a.value());
                if (a.name().equals("segments")) {
                    segments = Arrays.stream(String.valueOf(v).split("\\|")).map(String::strip).toList();
                } else {
                    values.put(a.name(), v);
                }
            }
            Facts facts = new Facts(ex.name(), values, java.util.Set.copyOf(segments));
            Evaluation ev = interpreter.evaluate(policy, facts, ex.date());
            List<String> failures = new ArrayList<>();
            for (Definitions.Assignment a : ex.expect()) {
                check(policy, facts, ex, ev, a, failures);
            }
            out.add(new Result(policy.id(), ex.name(), ex.at(), failures));
        }
        return out;
    }

    private void check(Policy policy, Facts facts, Definitions.Example ex, Evaluation ev, Definitions.Assignment a, List<String> failures) {
        Object expected = given(a.value());
        switch (a.name()) {
            case "qualifies" -> {
                Outcome want = Boolean.TRUE.equals(expected) ? Outcome.QUALIFIES : Outcome.DOES_NOT_QUALIFY;
                if (ev.outcome() != want) {
                    failures.add("expected " + PolicyInterpreter.describe(want) + " but got " + PolicyInterpreter.describe(ev.outcome())
                            + " (" + ev.explanation().result() + ")");
                }
            }
            case "undecided", "conflict" -> {
                Outcome want = a.name().equals("undecided") ? Outcome.UNDECIDED : Outcome.CONFLICT;
                if ((ev.outcome() == want) != Boolean.TRUE.equals(expected)) {
                    failures.add("expected " + a.name() + " = " + expected + " but the outcome is " + PolicyInterpreter.describe(ev.outcome()));
                }
            }
            case "in_force" -> {
                if ((ev.outcome() != Outcome.NOT_IN_FORCE) != Boolean.TRUE.equals(expected)) {
                    failures.add("expected in_force = " + expected + " but the outcome is " + PolicyInterpreter.describe(ev.outcome()));
                }
            }
            case "amount" -> {
                long want = Math.round((Double) expected);
                if (ev.amount() == null || ev.amount() != want) {
                    failures.add("expected amount " + want + " but got " + ev.amount());
                }
            }
            default -> {
                Object actual = interpreter.let(policy, facts, ex.date(), a.name());
                Object want = expected instanceof Boolean b ? (Object) (b ? PolicyInterpreter.TRUE : PolicyInterpreter.FALSE) : expected;
                boolean same = actual instanceof Double d && want instanceof Double w
                        ? Math.abs(d - w) <= 1e-9 * Math.max(1, Math.abs(w)) : String.valueOf(actual).equals(String.valueOf(want));
                if (!same) {
                    failures.add("expected " + a.name() + " = " + want + " but got " + actual);
                }
            }
        }
    }

    private static Object given(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.value();
        }
        if (e instanceof Expr.Bool b) {
            return b.value();
        }
        if (e instanceof Expr.Text t) {
            if (t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return java.time.LocalDate.parse(t.value());
            }
            return t.value();
        }
        if (e instanceof Expr.Ref r) {
            return r.name();
        }
        if (e instanceof Expr.Unary u) {
            return -(Double) given(u.operand());
        }
        throw new IllegalArgumentException("a test value must be a constant: " + e);
    }
}
