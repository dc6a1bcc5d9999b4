package org.xiandao.core.policy.bulk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Population;
import org.xiandao.core.policy.Field;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyInterpreter;
import org.xiandao.core.policy.Unit;
import org.xiandao.core.policy.ast.Expr;
import org.xiandao.core.policy.internal.Checker;

/**
 * Turns a checked policy's expressions into array nodes for one population and date. Parameters are
 * resolved to constants here (with any scenario override), so the per-row work is arithmetic only.
 */
final class Compiler {

    private final Policy policy;
    private final Population population;
    private final Taxonomy taxonomy;
    private final LocalDate date;
    private final Map<String, Double> overrides;
    private final Map<String, Expr> assumptions;
    private final Checker units;
    private final Map<String, Memo> lets = new HashMap<>();

    Compiler(Policy policy, Population population, Taxonomy taxonomy, LocalDate date, Map<String, Double> overrides,
             Map<String, Expr> assumptions) {
        this.assumptions = assumptions;
        this.policy = policy;
        this.population = population;
        this.taxonomy = taxonomy;
        this.date = date;
        this.overrides = overrides;
        this.units = new Checker(policy, taxonomy);
    }

    Node compile(Expr e) {
        if (e instanceof Expr.Literal l) {
            return new ConstNumber(l.value());
        } else if (e instanceof Expr.Bool b) {
            return new ConstBool(b.value() ? Node.TRUE : Node.FALSE);
        } else if (e instanceof Expr.Text t) {
            return new ConstText(t.value());
        } else if (e instanceof Expr.Ref r) {
            return ref(r.name());
        } else if (e instanceof Expr.Unary u) {
            Node operand = compile(u.operand());
            return u.op().equals("not") ? new Not(operand) : new Negate(operand);
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        }
        Expr.Band band = (Expr.Band) e;
        int n = band.rows().size();
        Node[] bounds = new Node[n];
        boolean[] atLeast = new boolean[n];
        Node[] values = new Node[n];
        for (int i = 0; i < n; i++) {
            bounds[i] = compile(band.rows().get(i).bound());
            atLeast[i] = band.rows().get(i).atLeast();
            values[i] = compile(band.rows().get(i).value());
        }
        return new Band(compile(band.subject()), bounds, atLeast, values, compile(band.otherwise()));
    }

    private Node ref(String name) {
        if (policy.lets().containsKey(name)) {
            Memo memo = lets.get(name);
            if (memo == null) {
                memo = new Memo();
                lets.put(name, memo);
                memo.inner = compile(policy.lets().get(name).value());
            }
            // A let that folded to a constant is that constant, so the and/or folding sees through it
            // (tech_sme's "direct" is false for every enterprise of a population without application inputs).
            return memo.inner instanceof ConstBool || memo.inner instanceof ConstNumber ? memo.inner : memo;
        }
        if (policy.parameters().containsKey(name)) {
            double v = overrides.containsKey(name) ? overrides.get(name)
                    : PolicyInterpreter.parameterValue(policy.parameters().get(name), date);
            return new ConstNumber(v);
        }
        var field = Field.find(name);
        if (field.isPresent()) {
            Unit unit = field.get().unit();
            if (unit == Unit.DATE) {
                return new DateColumn(population.foundedEpochDay());
            }
            if (unit == Unit.TEXT) {
                return new TextColumn(population.texts(name));
            }
            return new NumberColumn(name, population.numbers(name));
        }
        Expr assumed = assumptions.get(name);
        if (assumed != null) {
            return compile(assumed);
        }
        return new Missing();
    }

    private Node binary(Expr.Binary b) {
        if (b.op().equals("or")) {
            return or(b);
        }
        switch (b.op()) {
            case "and":
                return and(compile(b.left()), compile(b.right()));
            case "+", "-", "*", "/":
                return new Arithmetic(b.op(), compile(b.left()), compile(b.right()));
            default:
                Unit u = units.unitOf(b.left());
                if (u == Unit.TEXT || u == Unit.BOOL) {
                    return new Equality(b.op().equals("=="), compile(b.left()), compile(b.right()), u == Unit.BOOL);
                }
                return new Compare(b.op(), compile(b.left()), compile(b.right()));
        }
    }

    /**
     * An or-chain. Segment tests in it ({@code in_segment("IC-3") or in_segment("IC-4") or …}) are merged
     * into one membership test against the union of their segments: never unknown, so the merge gives the
     * same answer in one pass instead of one pass per segment.
     */
    private Node or(Expr.Binary b) {
        List<Expr> operands = new ArrayList<>();
        flattenOr(b, operands);
        java.util.Set<String> segments = new java.util.HashSet<>();
        Node result = null;
        for (Expr e : operands) {
            if (e instanceof Expr.Call call && call.function().equals("in_segment")) {
                segments.addAll(taxonomy.selfAndDescendants(((Expr.Text) call.args().get(0)).value()));
            } else {
                Node n = compile(e);
                result = result == null ? n : or(result, n);
            }
        }
        if (!segments.isEmpty()) {
            Node membership = new InSegment(population.segmentCodes(), population.segmentBits(), segments);
            result = result == null ? membership : or(result, membership);
        }
        return result;
    }

    /**
     * Kleene and/or folded when one side is a constant: "known(input) and input" is false for a population
     * without that input, so a direct-qualification exception on application inputs costs nothing in bulk.
     */
    private static Node and(Node l, Node r) {
        if (l instanceof ConstBool a) {
            return a.value == Node.FALSE ? a : a.value == Node.TRUE ? r : new Logic(true, l, r);
        }
        if (r instanceof ConstBool b) {
            return b.value == Node.FALSE ? b : b.value == Node.TRUE ? l : new Logic(true, l, r);
        }
        return new Logic(true, l, r);
    }

    private static Node or(Node l, Node r) {
        if (l instanceof ConstBool a) {
            return a.value == Node.TRUE ? a : a.value == Node.FALSE ? r : new Logic(false, l, r);
        }
        if (r instanceof ConstBool b) {
            return b.value == Node.TRUE ? b : b.value == Node.FALSE ? l : new Logic(false, l, r);
        }
        return new Logic(false, l, r);
    }

    private static void flattenOr(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op().equals("or")) {
            flattenOr(b.left(), out);
            flattenOr(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private Node call(Expr.Call c) {
        switch (c.function()) {
            case "min", "max": {
                List<Node> args = new ArrayList<>();
                c.args().forEach(a -> args.add(compile(a)));
                return new MinMax(c.function().equals("min"), args);
            }
            case "if":
                return new If(compile(c.args().get(0)), compile(c.args().get(1)), compile(c.args().get(2)));
            case "years_since":
                return new YearsSince(compile(c.args().get(0)));
            case "in_segment":
                return new InSegment(population.segmentCodes(), population.segmentBits(), taxonomy.selfAndDescendants(((Expr.Text) c.args().get(0)).value()));
            default: {
                String name = ((Expr.Ref) c.args().get(0)).name();
                if (name.equals("park")) {
                    return new Known(population.texts("park"));
                }
                return new ConstBool(Field.find(name).isPresent() || assumptions.containsKey(name) ? Node.TRUE : Node.FALSE);
            }
        }
    }

    /** known(park): the only field a population can lack row by row. */
    private static final class Known extends Node {
        private final String[] column;
        private final byte[] out = new byte[Chunk.SIZE];

        Known(String[] column) {
            this.column = column;
        }

        @Override
        KernelSource.Row rowBool(KernelSource s) {
            return KernelSource.Row.condition("(" + s.input(column, "String[]") + "[" + KernelSource.ROW + "] == null ? 0 : 2)", false);
        }

        @Override
        byte[] bools(Chunk c) {
            for (int i = 0; i < c.n; i++) {
                out[i] = column[c.start + i] == null ? Node.FALSE : Node.TRUE;
            }
            return out;
        }
    }
}
