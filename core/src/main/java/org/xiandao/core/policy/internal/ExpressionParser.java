package org.xiandao.core.policy.internal;

import java.util.ArrayList;
import java.util.List;
import org.xiandao.core.policy.PolicyError;
import org.xiandao.core.policy.SourcePosition;
import org.xiandao.core.policy.Unit;
import org.xiandao.core.policy.ast.Expr;

/**
 * Recursive-descent parser for expressions over a token list. Hand-written rather than generated so
 * that every error can name its column and suggest the fix a policy author needs.
 * Precedence, loosest first: or, and, not, comparison, + -, * /, unary minus.
 */
final class ExpressionParser {

    private final List<Token> tokens;
    private final List<PolicyError> errors;
    private int pos;

    ExpressionParser(List<Token> tokens, int start, List<PolicyError> errors) {
        this.tokens = tokens;
        this.pos = start;
        this.errors = errors;
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return atEnd() ? new Token(Token.Kind.END, "end of line", endPosition()) : tokens.get(pos);
    }

    Token next() {
        Token t = peek();
        if (!atEnd()) {
            pos++;
        }
        return t;
    }

    boolean accept(String text) {
        if (!atEnd() && tokens.get(pos).is(text)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(String text, String hint) {
        Token t = peek();
        if (!t.is(text)) {
            throw new ParseFailure(new PolicyError(t.at(), "expected '" + text + "' but found '" + t.text() + "'", hint));
        }
        return next();
    }

    private SourcePosition endPosition() {
        if (tokens.isEmpty()) {
            return new SourcePosition("?", 0, 0);
        }
        Token last = tokens.get(tokens.size() - 1);
        return new SourcePosition(last.at().file(), last.at().line(), last.at().column() + last.text().length());
    }

    Expr expression() {
        return or();
    }

    private Expr or() {
        Expr left = and();
        while (!atEnd() && peek().is("or")) {
            Token op = next();
            left = new Expr.Binary(op.at(), "or", left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (!atEnd() && peek().is("and")) {
            Token op = next();
            left = new Expr.Binary(op.at(), "and", left, not());
        }
        return left;
    }

    private Expr not() {
        if (!atEnd() && peek().is("not")) {
            Token op = next();
            return new Expr.Unary(op.at(), "not", not());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Token t = peek();
        if (t.kind() == Token.Kind.OP && List.of(">=", "<=", ">", "<", "==", "!=").contains(t.text())) {
            next();
            return new Expr.Binary(t.at(), t.text(), left, additive());
        }
        if (t.is("=")) {
            throw new ParseFailure(new PolicyError(t.at(), "'=' is not a comparison", "write == to compare"));
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = new Expr.Binary(op.at(), op.text(), left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/")) {
            Token op = next();
            left = new Expr.Binary(op.at(), op.text(), left, unary());
        }
        return left;
    }

    private Expr unary() {
        if (peek().is("-")) {
            Token op = next();
            return new Expr.Unary(op.at(), "-", unary());
        }
        return primary();
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return literal(t);
            case STRING:
                return new Expr.Text(t.at(), t.text());
            case DATE:
                throw new ParseFailure(new PolicyError(t.at(), "a date cannot appear in an expression", "compare with years_since(founded)"));
            case IDENT:
                if (t.text().equals("true") || t.text().equals("false")) {
                    return new Expr.Bool(t.at(), t.text().equals("true"));
                }
                if (peek().is("(")) {
                    next();
                    List<Expr> args = new ArrayList<>();
                    if (!peek().is(")")) {
                        do {
                            args.add(expression());
                        } while (accept(","));
                    }
                    expect(")", "close the argument list of " + t.text());
                    return new Expr.Call(t.at(), t.text(), args);
                }
                return new Expr.Ref(t.at(), t.text());
            case OP:
                if (t.is("(")) {
                    Expr inner = expression();
                    expect(")", "close the parenthesis opened at column " + t.at().column());
                    return inner;
                }
                break;
            default:
                break;
        }
        throw new ParseFailure(new PolicyError(t.at(), "expected a value but found '" + t.text() + "'",
                "a value is a number like 10% or 5000万, a name, or a function call"));
    }

    static Expr.Literal literal(Token t) {
        String s = t.text();
        double factor = 1;
        Unit unit = Unit.NUMBER;
        String digits = s;
        if (s.endsWith("%")) {
            factor = 0.01;
            unit = Unit.RATIO;
            digits = s.substring(0, s.length() - 1);
        } else if (s.endsWith("亿元") || s.endsWith("亿")) {
            factor = 1e8;
            unit = Unit.YUAN;
            digits = s.replace("亿元", "").replace("亿", "");
        } else if (s.endsWith("万元") || s.endsWith("万")) {
            factor = 1e4;
            unit = Unit.YUAN;
            digits = s.replace("万元", "").replace("万", "");
        } else if (s.endsWith("元")) {
            unit = Unit.YUAN;
            digits = s.substring(0, s.length() - 1);
        }
        // Scale through BigDecimal so that 5.5% is exactly the double nearest 0.055.
        double value = new java.math.BigDecimal(digits).multiply(java.math.BigDecimal.valueOf(factor)).doubleValue();
        return new Expr.Literal(t.at(), value, unit, s);
    }

    /** Thrown to abandon the current statement; the parser records the error and moves to the next one. */
    static final class ParseFailure extends RuntimeException {
        final PolicyError error;

        ParseFailure(PolicyError error) {
            super(error.toString(), null, false, false);
            this.error = error;
        }
    }
}
