package org.xiandao.core.policy.internal;

import java.util.stream.Collectors;
import org.xiandao.core.policy.ast.Expr;

/** Writes an expression back as policy text, for explanations and duplicate detection. */
public final class ExprPrinter {

    private ExprPrinter() {
    }

    public static String print(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.text();
        } else if (e instanceof Expr.Bool b) {
            return String.valueOf(b.value());
        } else if (e instanceof Expr.Text t) {
            return "\"" + t.value() + "\"";
        } else if (e instanceof Expr.Ref r) {
            return r.name();
        } else if (e instanceof Expr.Unary u) {
            return u.op().equals("not") ? "not " + print(u.operand()) : "-" + print(u.operand());
        } else if (e instanceof Expr.Binary b) {
            return wrap(b.left()) + " " + b.op() + " " + wrap(b.right());
        } else if (e instanceof Expr.Call c) {
            return c.function() + "(" + c.args().stream().map(ExprPrinter::print).collect(Collectors.joining(", ")) + ")";
        }
        return "band " + print(((Expr.Band) e).subject());
    }

    private static String wrap(Expr e) {
        return e instanceof Expr.Binary ? "(" + print(e) + ")" : print(e);
    }
}
