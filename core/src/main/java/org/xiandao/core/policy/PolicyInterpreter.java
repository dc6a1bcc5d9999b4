package org.xiandao.core.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.money.ChineseAmount;
import org.xiandao.core.policy.ast.Definitions;
import org.xiandao.core.policy.ast.Expr;
import org.xiandao.core.policy.internal.ExprPrinter;

/**
 * Evaluates a policy for one enterprise and explains every step: each condition with its clause, the
 * facts it read and the dated parameter values in force. This is the explanation path; the bulk path
 * ({@link org.xiandao.core.policy.bulk.CompiledPolicy}) computes the same results over a whole population,
 * and a differential test holds the two to identical answers.
 *
 * <p>Unknown facts propagate: a comparison with an unknown value is unknown, {@code and}/{@code or}
 * follow Kleene's three-valued logic, and a rule that ends unknown gives {@link Outcome#UNDECIDED}.
 */
public final class PolicyInterpreter {

    static final byte TRUE = 1;
    static final byte FALSE = 0;
    static final byte UNKNOWN = -1;

    private final Taxonomy taxonomy;

    public PolicyInterpreter(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public Evaluation evaluate(Policy policy, Facts facts, LocalDate date) {
        return evaluate(policy, facts, date, Map.of());
    }

    /** @param overrides parameter values replacing the policy's own (a scenario), by parameter name */
    public Evaluation evaluate(Policy policy, Facts facts, LocalDate date, Map<String, Double> overrides) {
        if (!policy.inForce(date)) {
            Explanation e = new Explanation("policy", policy.titleEn(), "", "", false, "",
                    "not in force on " + date + " (in force " + policy.effectiveFrom() + " .. "
                            + (policy.effectiveTo() == null ? "" : policy.effectiveTo()) + ")", List.of(), List.of(), List.of());
            return new Evaluation(policy.id(), policy.titleZh(), policy.titleEn(), policy.document(), date, Outcome.NOT_IN_FORCE, null, List.of(), e);
        }
        Run run = new Run(policy, facts, date, overrides);
        List<Explanation> children = new ArrayList<>();

        byte base = policy.all() ? TRUE : FALSE;
        List<Explanation> conditions = new ArrayList<>();
        for (Definitions.Condition c : policy.conditions()) {
            run.startTrace();
            byte v = run.bool(c.test());
            conditions.add(run.node("condition", "", c.clause(), ExprPrinter.print(c.test()), tri(v)));
            base = policy.all() ? and(base, v) : or(base, v);
        }
        children.add(new Explanation("rule", policy.all() ? "all conditions must hold" : "any one condition suffices",
                "", "", false, "", tri(base), List.of(), List.of(), conditions));

        List<Definitions.Exception> applying = new ArrayList<>();
        List<Definitions.Exception> unsure = new ArrayList<>();
        for (Definitions.Exception ex : policy.exceptions()) {
            run.startTrace();
            byte v = run.bool(ex.when());
            if (v == TRUE) {
                applying.add(ex);
            } else if (v == UNKNOWN) {
                unsure.add(ex);
            }
            children.add(run.node("exception", ex.name() + " → " + (ex.eligible() ? "eligible" : "ineligible"), ex.clause(),
                    ExprPrinter.print(ex.when()), v == TRUE ? "applies" : v == FALSE ? "does not apply" : "unknown"));
        }
        Outcome outcome = decide(base, applying, unsure);

        Long amount = null;
        if (policy.benefit() != null && outcome == Outcome.QUALIFIES) {
            run.startTrace();
            double a = run.number(policy.benefit().amount());
            if (Double.isNaN(a)) {
                outcome = Outcome.UNDECIDED;
            } else {
                amount = Math.round(a);
            }
            children.add(run.node("benefit", "amount", policy.benefit().clause(), ExprPrinter.print(policy.benefit().amount()),
                    Double.isNaN(a) ? "unknown" : ChineseAmount.format(Math.round(a), true)));
        }
        String verdict = switch (outcome) {
            case QUALIFIES -> "qualifies";
            case DOES_NOT_QUALIFY -> "does not qualify";
            case CONFLICT -> "conflict: exceptions " + applying.stream().map(Definitions.Exception::name).toList() + " all apply";
            case UNDECIDED -> "cannot decide: missing " + String.join(", ", run.missingAll);
            default -> outcome.name();
        };
        Explanation root = new Explanation("policy", policy.titleEn(), "", policy.document(), false, "", verdict,
                List.of(), List.of(), children);
        return new Evaluation(policy.id(), policy.titleZh(), policy.titleEn(), policy.document(), date, outcome, amount,
                List.copyOf(run.missingAll), root);
    }

    /** The value of one of the policy's {@code let}s for these facts: a Double, a Byte (1, 0, -1), a text or a date. */
    public Object let(Policy policy, Facts facts, LocalDate date, String name) {
        return new Run(policy, facts, date, Map.of()).value(new Expr.Ref(null, name));
    }

    static Outcome decide(byte base, List<Definitions.Exception> applying, List<Definitions.Exception> unsure) {
        if (applying.size() > 1) {
            return Outcome.CONFLICT;
        }
        if (applying.size() == 1) {
            return applying.get(0).eligible() ? Outcome.QUALIFIES : Outcome.DOES_NOT_QUALIFY;
        }
        if (base == UNKNOWN) {
            return Outcome.UNDECIDED;
        }
        boolean eligible = base == TRUE;
        // An exception that might apply matters only if it would change the result.
        for (Definitions.Exception ex : unsure) {
            if (ex.eligible() != eligible) {
                return Outcome.UNDECIDED;
            }
        }
        return eligible ? Outcome.QUALIFIES : Outcome.DOES_NOT_QUALIFY;
    }

    static byte and(byte a, byte b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : TRUE;
    }

    static byte or(byte a, byte b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : FALSE;
    }

    private static String tri(byte v) {
        return v == TRUE ? "true" : v == FALSE ? "false" : "unknown";
    }

    /** The value a parameter has on {@code date}, or NaN when none is in force yet. */
    public static double parameterValue(Definitions.Parameter p, LocalDate date) {
        Definitions.DatedValue v = parameterEntry(p, date);
        return v == null ? Double.NaN : constant(v.value());
    }

    static Definitions.DatedValue parameterEntry(Definitions.Parameter p, LocalDate date) {
        Definitions.DatedValue in = null;
        for (Definitions.DatedValue v : p.values()) {
            if (!v.from().isAfter(date)) {
                in = v;
            }
        }
        return in;
    }

    /** Evaluates a constant expression (a parameter value). */
    static double constant(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.value();
        }
        if (e instanceof Expr.Unary u) {
            return -constant(u.operand());
        }
        Expr.Binary b = (Expr.Binary) e;
        return arithmetic(b.op(), constant(b.left()), constant(b.right()));
    }

    static double arithmetic(String op, double l, double r) {
        return switch (op) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            default -> r == 0 ? Double.NaN : l / r;
        };
    }

    static byte compare(String op, double l, double r) {
        if (Double.isNaN(l) || Double.isNaN(r)) {
            return UNKNOWN;
        }
        boolean v = switch (op) {
            case ">=" -> l >= r;
            case "<=" -> l <= r;
            case ">" -> l > r;
            case "<" -> l < r;
            case "==" -> l == r;
            default -> l != r;
        };
        return v ? TRUE : FALSE;
    }

    /** Years between two dates as the rulebooks count them: whole days over 365.25. */
    public static double yearsBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 365.25;
    }

    /** One evaluation's state: memoised lets and the facts and parameters the current node touched. */
    private final class Run {
        private final Policy policy;
        private final Facts facts;
        private final LocalDate date;
        private final Map<String, Double> overrides;
        private final Map<String, Object> lets = new HashMap<>();
        private final Set<String> missingAll = new LinkedHashSet<>();
        private Map<String, String> traceInputs = new LinkedHashMap<>();
        private Map<String, Explanation.ParameterUse> traceParams = new LinkedHashMap<>();

        Run(Policy policy, Facts facts, LocalDate date, Map<String, Double> overrides) {
            this.policy = policy;
            this.facts = facts;
            this.date = date;
            this.overrides = overrides;
        }

        void startTrace() {
            traceInputs = new LinkedHashMap<>();
            traceParams = new LinkedHashMap<>();
        }

        Explanation node(String kind, String label, String clauseId, String expression, String result) {
            Definitions.Clause clause = policy.clauses().get(clauseId);
            List<Explanation.Fact> inputs = traceInputs.entrySet().stream().map(e -> new Explanation.Fact(e.getKey(), e.getValue())).toList();
            return new Explanation(kind, label, clauseId, clause == null ? "" : clause.text(), clause != null && clause.unverified(),
                    expression, result, inputs, List.copyOf(traceParams.values()), List.of());
        }

        Object value(Expr e) {
            if (e instanceof Expr.Literal l) {
                return l.value();
            } else if (e instanceof Expr.Bool b) {
                return b.value() ? TRUE : FALSE;
            } else if (e instanceof Expr.Text t) {
                return t.value();
            } else if (e instanceof Expr.Ref r) {
                return ref(r.name());
            } else if (e instanceof Expr.Unary u) {
                if (u.op().equals("not")) {
                    byte v = bool(u.operand());
                    return v == UNKNOWN ? UNKNOWN : v == TRUE ? FALSE : TRUE;
                }
                return -number(u.operand());
            } else if (e instanceof Expr.Binary b) {
                return binary(b);
            } else if (e instanceof Expr.Call c) {
                return call(c);
            }
            return band((Expr.Band) e);
        }

        double number(Expr e) {
            return (Double) value(e);
        }

        byte bool(Expr e) {
            return (Byte) value(e);
        }

        private Object ref(String name) {
            if (policy.lets().containsKey(name)) {
                // Memoised, but the facts and parameters behind it still belong in every node that uses it.
                Map<String, String> outerInputs = traceInputs;
                Map<String, Explanation.ParameterUse> outerParams = traceParams;
                traceInputs = new LinkedHashMap<>();
                traceParams = new LinkedHashMap<>();
                Object v = lets.containsKey(name) ? lets.get(name) : value(policy.lets().get(name).value());
                lets.put(name, v);
                LetTrace t = letTraces.computeIfAbsent(name, k -> new LetTrace(traceInputs, traceParams));
                traceInputs = outerInputs;
                traceParams = outerParams;
                traceInputs.putAll(t.inputs);
                traceParams.putAll(t.params);
                return v;
            }
            if (policy.parameters().containsKey(name)) {
                Definitions.Parameter p = policy.parameters().get(name);
                double v;
                if (overrides.containsKey(name)) {
                    v = overrides.get(name);
                    traceParams.put(name, new Explanation.ParameterUse(name, format(v, p.unit()), date, "scenario override"));
                } else {
                    Definitions.DatedValue in = parameterEntry(p, date);
                    v = in == null ? Double.NaN : constant(in.value());
                    traceParams.put(name, new Explanation.ParameterUse(name, in == null ? "no value in force" : format(v, p.unit()),
                            in == null ? null : in.from(), in == null ? "" : in.source()));
                }
                return v;
            }
            Object raw = facts.values().get(name);
            Unit unit = Field.find(name).map(Field::unit).orElseGet(() -> policy.inputs().get(name).unit());
            if (raw == null) {
                missingAll.add(name);
                traceInputs.put(name, "missing");
                return switch (unit) {
                    case BOOL -> UNKNOWN;
                    case TEXT, DATE -> null;
                    default -> Double.NaN;
                };
            }
            traceInputs.put(name, raw instanceof Double d ? format(d, unit) : String.valueOf(raw));
            if (raw instanceof Boolean b) {
                return b ? TRUE : FALSE;
            }
            if (raw instanceof Number n) {
                return n.doubleValue();
            }
            return raw;
        }

        private final Map<String, LetTrace> letTraces = new HashMap<>();

        private Object binary(Expr.Binary b) {
            switch (b.op()) {
                case "and":
                    return and(bool(b.left()), bool(b.right()));
                case "or":
                    return or(bool(b.left()), bool(b.right()));
                case "+", "-", "*", "/":
                    return arithmetic(b.op(), number(b.left()), number(b.right()));
                default:
                    Object l = value(b.left());
                    Object r = value(b.right());
                    if (l instanceof Double dl && r instanceof Double dr) {
                        return compare(b.op(), dl, dr);
                    }
                    if (l == null || r == null || (l instanceof Byte bl && bl == UNKNOWN) || (r instanceof Byte br && br == UNKNOWN)) {
                        return UNKNOWN;
                    }
                    boolean same = l.equals(r);
                    return (b.op().equals("==") == same) ? TRUE : FALSE;
            }
        }

        private Object call(Expr.Call c) {
            switch (c.function()) {
                case "min", "max": {
                    double acc = number(c.args().get(0));
                    for (int i = 1; i < c.args().size(); i++) {
                        double v = number(c.args().get(i));
                        acc = c.function().equals("min") ? Math.min(acc, v) : Math.max(acc, v);
                    }
                    return acc;
                }
                case "if": {
                    byte cond = bool(c.args().get(0));
                    Object a = value(c.args().get(1));
                    Object b = value(c.args().get(2));
                    if (cond == UNKNOWN) {
                        return a.equals(b) ? a : (a instanceof Double ? (Object) Double.NaN : (Object) UNKNOWN);
                    }
                    return cond == TRUE ? a : b;
                }
                case "years_since": {
                    Object d = value(c.args().get(0));
                    return d == null ? Double.NaN : yearsBetween((LocalDate) d, date);
                }
                case "in_segment": {
                    String code = ((Expr.Text) c.args().get(0)).value();
                    Set<String> under = taxonomy.selfAndDescendants(code);
                    traceInputs.put("segments", String.join("|", facts.segments()));
                    return facts.segments().stream().anyMatch(under::contains) ? TRUE : FALSE;
                }
                default: {
                    String name = ((Expr.Ref) c.args().get(0)).name();
                    boolean known = facts.values().containsKey(name);
                    traceInputs.put(name, known ? String.valueOf(facts.values().get(name)) : "missing");
                    return known ? TRUE : FALSE;
                }
            }
        }

        private Object band(Expr.Band b) {
            double subject = number(b.subject());
            if (Double.isNaN(subject)) {
                return value(b.otherwise()) instanceof Byte ? (Object) UNKNOWN : (Object) Double.NaN;
            }
            for (Expr.BandRow row : b.rows()) {
                double bound = number(row.bound());
                if (Double.isNaN(bound)) {
                    return value(b.otherwise()) instanceof Byte ? (Object) UNKNOWN : (Object) Double.NaN;
                }
                if (row.atLeast() ? subject >= bound : subject < bound) {
                    return value(row.value());
                }
            }
            return value(b.otherwise());
        }
    }

    private record LetTrace(Map<String, String> inputs, Map<String, Explanation.ParameterUse> params) {
    }

    static String format(double v, Unit unit) {
        if (Double.isNaN(v)) {
            return "unknown";
        }
        return switch (unit) {
            case YUAN -> ChineseAmount.format(Math.round(v), true);
            case RATIO -> trim(v * 100) + "%";
            default -> trim(v);
        };
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A lower-case form of an outcome for people, e.g. "does not qualify". */
    public static String describe(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
