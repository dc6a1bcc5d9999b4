package org.xiandao.core.policy.ast;

import java.util.List;
import org.xiandao.core.policy.SourcePosition;
import org.xiandao.core.policy.Unit;

/** An expression of the policy language. */
public sealed interface Expr {

    SourcePosition at();

    /** A number with its unit: {@code 10%} is 0.1 RATIO, {@code 5000万} is 5e7 YUAN. */
    record Literal(SourcePosition at, double value, Unit unit, String text) implements Expr {
    }

    record Bool(SourcePosition at, boolean value) implements Expr {
    }

    record Text(SourcePosition at, String value) implements Expr {
    }

    /** A name: an enterprise field, an input, a parameter or a {@code let}. */
    record Ref(SourcePosition at, String name) implements Expr {
    }

    record Unary(SourcePosition at, String op, Expr operand) implements Expr {
    }

    record Binary(SourcePosition at, String op, Expr left, Expr right) implements Expr {
    }

    /** A built-in function: min, max, if, years_since, in_segment, missing. */
    record Call(SourcePosition at, String function, List<Expr> args) implements Expr {
    }

    /**
     * A banded lookup, as the rulebooks' tables read: the first row whose bound the subject reaches
     * ({@code at least}) or stays under ({@code below}) gives the value; {@code else} catches the rest.
     */
    record Band(SourcePosition at, Expr subject, List<BandRow> rows, Expr otherwise) implements Expr {
    }

    record BandRow(SourcePosition at, boolean atLeast, Expr bound, Expr value) {
    }
}
