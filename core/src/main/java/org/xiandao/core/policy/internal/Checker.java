package org.xiandao.core.policy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.policy.Field;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyError;
import org.xiandao.core.policy.SourcePosition;
import org.xiandao.core.policy.Unit;
import org.xiandao.core.policy.ast.Definitions;
import org.xiandao.core.policy.ast.Expr;

/**
 * Checks a parsed policy before anything runs: every name is known, units agree, conditions are
 * true/false, clause references exist, let definitions do not loop, exceptions can be reached, and
 * the examples name real fields and results.
 */
public final class Checker {

    /** Result names an example may expect besides the policy's own lets. */
    public static final Set<String> RESULT_NAMES = Set.of("qualifies", "undecided", "conflict", "amount", "in_force");

    private final Policy policy;
    private final Taxonomy taxonomy;
    private final List<PolicyError> errors = new ArrayList<>();
    private final Map<String, Unit> letUnits = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    public Checker(Policy policy, Taxonomy taxonomy) {
        this.policy = policy;
        this.taxonomy = taxonomy;
    }

    /** The errors found so far, e.g. by {@link #unitOf} on an expression checked on its own. */
    public List<PolicyError> errors() {
        return errors;
    }

    public List<PolicyError> check() {
        for (Definitions.Parameter p : policy.parameters().values()) {
            for (Definitions.DatedValue v : p.values()) {
                if (!isConstant(v.value())) {
                    error(v.at(), "a parameter value must be a constant", "write a number such as 10% or 5000万");
                    continue;
                }
                expectUnit(v.value(), p.unit(), "value of parameter " + p.name());
            }
        }
        for (Definitions.Let l : policy.lets().values()) {
            letUnit(l.name(), l.at());
        }
        for (Definitions.Condition c : policy.conditions()) {
            clause(c.at(), c.clause());
            expectUnit(c.test(), Unit.BOOL, "a condition");
        }
        Map<String, Definitions.Exception> seen = new HashMap<>();
        for (Definitions.Exception e : policy.exceptions()) {
            clause(e.at(), e.clause());
            expectUnit(e.when(), Unit.BOOL, "an exception's condition");
            if (e.when() instanceof Expr.Bool b && !b.value()) {
                error(e.at(), "exception " + e.name() + " can never apply: its condition is false", "remove it, or give it a real condition");
            }
            String key = ExprPrinter.print(e.when());
            Definitions.Exception twin = seen.putIfAbsent(key, e);
            if (twin != null) {
                error(e.at(), "exceptions " + twin.name() + " and " + e.name() + " have the same condition, so they always conflict",
                        "merge them into one exception");
            }
        }
        if (policy.benefit() != null) {
            clause(policy.benefit().at(), policy.benefit().clause());
            expectUnit(policy.benefit().amount(), Unit.YUAN, "the benefit");
        }
        for (Definitions.Example ex : policy.examples()) {
            for (Definitions.Assignment a : ex.given()) {
                Unit expected = inputUnit(a.name());
                if (expected == null) {
                    error(a.at(), "test \"" + ex.name() + "\" gives unknown field '" + a.name() + "'", nearest(a.name(), inputNames()));
                } else if (expected == Unit.DATE) {
                    if (!(a.value() instanceof Expr.Text t && t.value().matches("\\d{4}-\\d{2}-\\d{2}"))) {
                        error(a.at(), "given " + a.name() + " must be a date in quotes", "write " + a.name() + " = \"2019-05-01\"");
                    }
                } else if (!(a.value() instanceof Expr.Ref)) {
                    expectUnit(a.value(), expected, "given " + a.name());
                }
            }
            for (Definitions.Assignment a : ex.expect()) {
                if (a.name().equals("qualifies") || a.name().equals("undecided") || a.name().equals("conflict") || a.name().equals("in_force")) {
                    expectUnit(a.value(), Unit.BOOL, "expected " + a.name());
                } else if (a.name().equals("amount")) {
                    expectUnit(a.value(), Unit.YUAN, "expected amount");
                } else if (policy.lets().containsKey(a.name())) {
                    expectUnit(a.value(), letUnits.getOrDefault(a.name(), Unit.NUMBER), "expected " + a.name());
                } else {
                    Set<String> names = new HashSet<>(RESULT_NAMES);
                    names.addAll(policy.lets().keySet());
                    error(a.at(), "test \"" + ex.name() + "\" expects unknown result '" + a.name() + "'", nearest(a.name(), names));
                }
            }
        }
        return errors;
    }

    private Set<String> inputNames() {
        Set<String> names = new HashSet<>(policy.inputs().keySet());
        for (Field f : Field.values()) {
            names.add(f.key());
        }
        names.add("segments");
        return names;
    }

    private Unit inputUnit(String name) {
        if (name.equals("segments")) {
            return Unit.TEXT;
        }
        var field = Field.find(name);
        if (field.isPresent()) {
            return field.get().unit();
        }
        var input = policy.inputs().get(name);
        return input == null ? null : input.unit();
    }

    private void clause(SourcePosition at, String id) {
        if (!policy.clauses().containsKey(id)) {
            error(at, "clause [" + id + "] is not declared", nearest(id, policy.clauses().keySet()));
        }
    }

    private boolean isConstant(Expr e) {
        if (e instanceof Expr.Literal || e instanceof Expr.Bool || e instanceof Expr.Text) {
            return true;
        }
        if (e instanceof Expr.Unary u) {
            return isConstant(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return isConstant(b.left()) && isConstant(b.right());
        }
        return false;
    }

    private Unit letUnit(String name, SourcePosition at) {
        Unit known = letUnits.get(name);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(name)) {
            error(at, "let " + name + " is defined in terms of itself", "break the loop between the lets");
            return Unit.NUMBER;
        }
        Unit u = unitOf(policy.lets().get(name).value());
        inProgress.remove(name);
        letUnits.put(name, u);
        return u;
    }

    private void expectUnit(Expr e, Unit expected, String what) {
        Unit actual = unitOf(e);
        if (actual != null && actual != expected) {
            error(e.at(), what + " must be " + describe(expected) + " but is " + describe(actual), hint(expected, actual));
        }
    }

    /** The unit of an expression, or null after reporting an error inside it. */
    public Unit unitOf(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.unit();
        } else if (e instanceof Expr.Bool) {
            return Unit.BOOL;
        } else if (e instanceof Expr.Text) {
            return Unit.TEXT;
        } else if (e instanceof Expr.Ref r) {
            return refUnit(r);
        } else if (e instanceof Expr.Unary u) {
            return unary(u);
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        }
        return band((Expr.Band) e);
    }

    private Unit refUnit(Expr.Ref r) {
        String n = r.name();
        var field = Field.find(n);
        if (field.isPresent()) {
            return field.get().unit();
        }
        if (policy.inputs().containsKey(n)) {
            return policy.inputs().get(n).unit();
        }
        if (policy.parameters().containsKey(n)) {
            return policy.parameters().get(n).unit();
        }
        if (policy.lets().containsKey(n)) {
            return letUnit(n, r.at());
        }
        Set<String> names = inputNames();
        names.addAll(policy.parameters().keySet());
        names.addAll(policy.lets().keySet());
        error(r.at(), "unknown name '" + n + "'", nearest(n, names));
        return null;
    }

    private Unit unary(Expr.Unary u) {
        Unit inner = unitOf(u.operand());
        if (inner == null) {
            return null;
        }
        if (u.op().equals("not")) {
            if (inner != Unit.BOOL) {
                error(u.at(), "'not' needs a condition but got " + describe(inner), null);
            }
            return Unit.BOOL;
        }
        if (inner != Unit.NUMBER && inner != Unit.RATIO && inner != Unit.YUAN) {
            error(u.at(), "cannot negate " + describe(inner), null);
            return null;
        }
        return inner;
    }

    private Unit binary(Expr.Binary b) {
        Unit l = unitOf(b.left());
        Unit r = unitOf(b.right());
        if (l == null || r == null) {
            return b.op().equals("and") || b.op().equals("or") || isComparison(b.op()) ? Unit.BOOL : null;
        }
        String op = b.op();
        if (op.equals("and") || op.equals("or")) {
            if (l != Unit.BOOL || r != Unit.BOOL) {
                error(b.at(), "'" + op + "' joins conditions, not " + describe(l != Unit.BOOL ? l : r), "compare the value first, e.g. x >= 10%");
            }
            return Unit.BOOL;
        }
        if (isComparison(op)) {
            if (l != r) {
                error(b.at(), "cannot compare " + describe(l) + " with " + describe(r), hint(l, r));
            } else if ((l == Unit.BOOL || l == Unit.TEXT) && !op.equals("==") && !op.equals("!=")) {
                error(b.at(), describe(l) + " can only be compared with == or !=", null);
            }
            return Unit.BOOL;
        }
        if (!numeric(l) || !numeric(r)) {
            error(b.at(), "'" + op + "' needs numbers, shares or amounts, not " + describe(numeric(l) ? r : l), null);
            return null;
        }
        switch (op) {
            case "+", "-" -> {
                if (l != r) {
                    error(b.at(), "cannot " + (op.equals("+") ? "add " : "subtract ") + describe(r) + (op.equals("+") ? " to " : " from ") + describe(l), hint(l, r));
                    return null;
                }
                return l;
            }
            case "*" -> {
                if (l == Unit.YUAN && r == Unit.YUAN) {
                    error(b.at(), "cannot multiply an amount by an amount", "multiply an amount by a share such as 30%");
                    return null;
                }
                if (l == Unit.YUAN || r == Unit.YUAN) {
                    return Unit.YUAN;
                }
                if (l == Unit.RATIO && r == Unit.RATIO) {
                    return Unit.RATIO;
                }
                return Unit.NUMBER;
            }
            default -> {
                if (l == r) {
                    return l == Unit.RATIO ? Unit.NUMBER : Unit.RATIO;
                }
                if (r == Unit.YUAN) {
                    error(b.at(), "cannot divide " + describe(l) + " by an amount", null);
                    return null;
                }
                return l == Unit.YUAN ? Unit.YUAN : l == Unit.RATIO ? Unit.RATIO : Unit.NUMBER;
            }
        }
    }

    private Unit call(Expr.Call c) {
        List<Unit> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(unitOf(a));
        }
        if (args.contains(null)) {
            return null;
        }
        switch (c.function()) {
            case "min", "max" -> {
                if (args.size() < 2) {
                    error(c.at(), c.function() + " needs at least two values", null);
                    return null;
                }
                for (Unit u : args) {
                    if (u != args.get(0) || !numeric(u)) {
                        error(c.at(), c.function() + " needs values of one unit, got " + args, null);
                        return null;
                    }
                }
                return args.get(0);
            }
            case "if" -> {
                if (args.size() != 3) {
                    error(c.at(), "if takes a condition and two values", "if(condition, value, otherwise)");
                    return null;
                }
                if (args.get(0) != Unit.BOOL) {
                    error(c.at(), "the first argument of if must be a condition", null);
                }
                if (args.get(1) != args.get(2)) {
                    error(c.at(), "both branches of if must have the same unit, got " + describe(args.get(1)) + " and " + describe(args.get(2)), null);
                    return null;
                }
                return args.get(1);
            }
            case "years_since" -> {
                if (args.size() != 1 || args.get(0) != Unit.DATE) {
                    error(c.at(), "years_since takes a date such as founded", null);
                }
                return Unit.NUMBER;
            }
            case "in_segment" -> {
                if (c.args().size() != 1 || !(c.args().get(0) instanceof Expr.Text t)) {
                    error(c.at(), "in_segment takes a segment code in quotes", "in_segment(\"IC-2\")");
                } else if (taxonomy != null && !taxonomy.contains(t.value())) {
                    error(c.args().get(0).at(), "unknown segment '" + t.value() + "'",
                            "nearest codes: " + String.join(", ", taxonomy.nearestCodes(t.value(), 3)));
                }
                return Unit.BOOL;
            }
            case "known" -> {
                if (c.args().size() != 1 || !(c.args().get(0) instanceof Expr.Ref)) {
                    error(c.at(), "known takes one name", "known(tape_out_fee)");
                }
                return Unit.BOOL;
            }
            default -> {
                error(c.at(), "unknown function '" + c.function() + "'",
                        nearest(c.function(), Set.of("min", "max", "if", "years_since", "in_segment", "known")));
                return null;
            }
        }
    }

    private Unit band(Expr.Band b) {
        Unit subject = unitOf(b.subject());
        Unit value = unitOf(b.otherwise());
        for (Expr.BandRow row : b.rows()) {
            Unit bound = unitOf(row.bound());
            if (subject != null && bound != null && bound != subject) {
                error(row.at(), "band bound is " + describe(bound) + " but the banded value is " + describe(subject), hint(subject, bound));
            }
            Unit v = unitOf(row.value());
            if (value != null && v != null && v != value) {
                error(row.at(), "band rows give " + describe(v) + " and " + describe(value) + "; every row must give the same unit", null);
            }
        }
        return value;
    }

    private static boolean isComparison(String op) {
        return List.of(">=", "<=", ">", "<", "==", "!=").contains(op);
    }

    private static boolean numeric(Unit u) {
        return u == Unit.NUMBER || u == Unit.RATIO || u == Unit.YUAN;
    }

    private static String describe(Unit u) {
        return switch (u) {
            case NUMBER -> "a number";
            case RATIO -> "a share (%)";
            case YUAN -> "an amount (yuan)";
            case DATE -> "a date";
            case BOOL -> "a condition";
            case TEXT -> "a text";
        };
    }

    private static String hint(Unit expected, Unit actual) {
        if (expected == Unit.RATIO && actual == Unit.NUMBER || expected == Unit.NUMBER && actual == Unit.RATIO) {
            return "write shares with %, e.g. 10% rather than 0.1 or 10";
        }
        if (expected == Unit.YUAN && actual == Unit.NUMBER || expected == Unit.NUMBER && actual == Unit.YUAN) {
            return "write amounts with 元, 万 or 亿, e.g. 5000万";
        }
        return null;
    }

    private static String nearest(String name, Set<String> candidates) {
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        List<String> best = candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> d.apply(name, c)).thenComparing(c -> c)).limit(3).toList();
        return best.isEmpty() ? null : "did you mean " + String.join(", ", best) + "?";
    }

    private void error(SourcePosition at, String message, String hint) {
        errors.add(new PolicyError(at, message, hint));
    }
}
