package org.xiandao.core.policy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyError;
import org.xiandao.core.policy.SourcePosition;
import org.xiandao.core.policy.Unit;
import org.xiandao.core.policy.ast.Definitions;
import org.xiandao.core.policy.ast.Expr;
import org.xiandao.core.policy.internal.ExpressionParser.ParseFailure;

/**
 * Reads a policy file statement by statement. A statement starts on an unindented line; the indented
 * lines under it belong to it. An error abandons only its own statement, so one run reports every
 * broken statement of the file.
 */
public final class StatementParser {

    private final String file;
    private final List<PolicyError> errors = new ArrayList<>();

    private String id;
    private String titleZh = "";
    private String titleEn = "";
    private String issuer = "";
    private String document = "";
    private LocalDate from;
    private LocalDate to;
    private SourcePosition effectiveAt;
    private Double budget;
    private String budgetRule;
    private final Map<String, Definitions.Clause> clauses = new LinkedHashMap<>();
    private final Map<String, Definitions.Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Definitions.Input> inputs = new LinkedHashMap<>();
    private final Map<String, Definitions.Let> lets = new LinkedHashMap<>();
    private Boolean all;
    private final List<Definitions.Condition> conditions = new ArrayList<>();
    private final List<Definitions.Exception> exceptions = new ArrayList<>();
    private Definitions.Benefit benefit;
    private final List<Definitions.Example> examples = new ArrayList<>();

    public StatementParser(String file) {
        this.file = file;
    }

    public List<PolicyError> errors() {
        return errors;
    }

    private record Line(int number, List<Token> tokens) {
    }

    /** Parses the text; returns the policy, or null when there were errors (see {@link #errors()}). */
    public Policy parse(String text) {
        String[] raw = text.split("\r?\n", -1);
        List<List<Line>> statements = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            List<Token> tokens = Lexer.tokens(file, i + 1, raw[i], errors);
            if (tokens.isEmpty()) {
                continue;
            }
            boolean indented = !raw[i].isEmpty() && Character.isWhitespace(raw[i].charAt(0));
            if (indented && !statements.isEmpty()) {
                statements.get(statements.size() - 1).add(new Line(i + 1, tokens));
            } else {
                if (indented) {
                    errors.add(new PolicyError(tokens.get(0).at(), "indented line without a statement above it", "remove the indentation"));
                    continue;
                }
                List<Line> s = new ArrayList<>();
                s.add(new Line(i + 1, tokens));
                statements.add(s);
            }
        }
        for (List<Line> s : statements) {
            try {
                statement(s);
            } catch (ParseFailure f) {
                errors.add(f.error);
            }
        }
        SourcePosition top = new SourcePosition(file, 1, 1);
        if (id == null) {
            errors.add(new PolicyError(top, "the file has no 'policy' line", "start the file with: policy my_policy_id"));
        }
        if (from == null) {
            errors.add(new PolicyError(top, "the policy has no 'effective' line", "add: effective 2024-01-01 .."));
        }
        if (all == null) {
            errors.add(new PolicyError(top, "the policy has no 'eligible all' or 'eligible any' block", "say who qualifies"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Policy(id, file, titleZh, titleEn, issuer, document, from, to, clauses, parameters, inputs, lets,
                all, conditions, exceptions, benefit, budget, budgetRule, examples);
    }

    private void statement(List<Line> lines) {
        List<Token> head = lines.get(0).tokens();
        Token keyword = head.get(0);
        switch (keyword.text()) {
            case "policy" -> id = single(lines, "policy").ident("a policy id such as hnte_2016");
            case "title" -> {
                Cursor c = single(lines, "title");
                titleZh = c.string("the Chinese title");
                titleEn = c.string("the English title");
                c.end();
            }
            case "issuer" -> issuer = single(lines, "issuer").stringThenEnd("the issuing bodies");
            case "document" -> document = single(lines, "document").stringThenEnd("the document number, e.g. 国科发火〔2016〕32号");
            case "effective" -> {
                Cursor c = single(lines, "effective");
                effectiveAt = keyword.at();
                from = c.date();
                c.expect("..", "write: effective 2016-01-01 .. [end date]");
                to = c.atEnd() ? null : c.date();
                c.end();
                if (to != null && to.isBefore(from)) {
                    throw new ParseFailure(new PolicyError(keyword.at(), "the policy ends before it starts", "swap the dates"));
                }
            }
            case "budget" -> {
                Cursor c = single(lines, "budget");
                Expr.Literal amount = c.literal();
                if (amount.unit() != Unit.YUAN) {
                    throw new ParseFailure(new PolicyError(amount.at(), "a budget is an amount of money", "write e.g. 6亿"));
                }
                budget = amount.value();
                budgetRule = c.ident("pro_rata or first_come");
                if (!budgetRule.equals("pro_rata") && !budgetRule.equals("first_come")) {
                    throw new ParseFailure(new PolicyError(keyword.at(), "unknown budget rule " + budgetRule, "use pro_rata or first_come"));
                }
                c.end();
            }
            case "clause" -> {
                Cursor c = single(lines, "clause");
                String cid = c.ident("a clause id such as art11.4");
                String text = c.string("the clause's text or summary");
                boolean unverified = c.accept("unverified");
                c.end();
                putUnique(clauses, cid, new Definitions.Clause(keyword.at(), cid, text, unverified), keyword.at(), "clause");
            }
            case "parameter" -> parameter(lines);
            case "input" -> {
                Cursor c = single(lines, "input");
                String name = c.ident("the input's name");
                Unit unit = c.unit();
                String description = c.string("what the input is");
                c.end();
                putUnique(inputs, name, new Definitions.Input(keyword.at(), name, unit, description), keyword.at(), "input");
            }
            case "let" -> let(lines);
            case "eligible" -> eligible(lines);
            case "exception" -> {
                Cursor c = joined(lines);
                c.expect("exception", "");
                String name = c.ident("the exception's name");
                String clause = c.clauseRef();
                c.expect("when", "write: exception NAME [clause] when CONDITION then eligible|ineligible");
                Expr when = c.expression();
                c.expect("then", "end the exception with: then eligible, or then ineligible");
                String outcome = c.ident("eligible or ineligible");
                if (!outcome.equals("eligible") && !outcome.equals("ineligible")) {
                    throw new ParseFailure(new PolicyError(keyword.at(), "an exception ends with 'then eligible' or 'then ineligible'", null));
                }
                c.end();
                exceptions.add(new Definitions.Exception(keyword.at(), name, clause, when, outcome.equals("eligible")));
            }
            case "benefit" -> {
                Cursor c = joined(lines);
                c.expect("benefit", "");
                String clause = c.clauseRef();
                c.expect("=", "write: benefit [clause] = AMOUNT");
                Expr amount = c.expression();
                c.end();
                if (benefit != null) {
                    throw new ParseFailure(new PolicyError(keyword.at(), "a policy has one benefit", "combine the amounts in one expression"));
                }
                benefit = new Definitions.Benefit(keyword.at(), clause, amount);
            }
            case "test" -> example(lines);
            default -> throw new ParseFailure(new PolicyError(keyword.at(), "unknown statement '" + keyword.text() + "'",
                    "statements are policy, title, issuer, document, effective, budget, clause, parameter, input, let, eligible, exception, benefit, test"));
        }
    }

    private void parameter(List<Line> lines) {
        Cursor c = new Cursor(lines.get(0).tokens());
        Token keyword = c.next();
        String name = c.ident("the parameter's name");
        Unit unit = c.unit();
        c.end();
        List<Definitions.DatedValue> values = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            Cursor v = new Cursor(line.tokens());
            SourcePosition at = line.tokens().get(0).at();
            LocalDate date = v.date();
            v.expect("=", "write: 2016-01-01 = 10% \"source\"");
            Expr value = v.expression();
            String source = v.string("the source of this value, e.g. \"国科发火〔2016〕32号 art.11(4)\"");
            v.end();
            if (!values.isEmpty() && !date.isAfter(values.get(values.size() - 1).from())) {
                throw new ParseFailure(new PolicyError(at, "dated values must be in increasing date order", "sort the lines by date"));
            }
            values.add(new Definitions.DatedValue(at, date, value, source));
        }
        if (values.isEmpty()) {
            throw new ParseFailure(new PolicyError(keyword.at(), "parameter " + name + " has no values",
                    "add indented lines like: 2016-01-01 = 10% \"source\""));
        }
        putUnique(parameters, name, new Definitions.Parameter(keyword.at(), name, unit, values), keyword.at(), "parameter");
    }

    private void let(List<Line> lines) {
        Cursor c = new Cursor(lines.get(0).tokens());
        Token keyword = c.next();
        String name = c.ident("the name being defined");
        c.expect("=", "write: let NAME = EXPRESSION");
        Expr value;
        if (c.accept("band")) {
            Expr subject = c.expression();
            c.end();
            List<Expr.BandRow> rows = new ArrayList<>();
            Expr otherwise = null;
            for (Line line : lines.subList(1, lines.size())) {
                Cursor r = new Cursor(line.tokens());
                SourcePosition at = line.tokens().get(0).at();
                if (otherwise != null) {
                    throw new ParseFailure(new PolicyError(at, "rows after 'else' can never be reached", "move 'else' to the end"));
                }
                if (r.accept("else")) {
                    r.expect(":", "write: else : VALUE");
                    otherwise = r.expression();
                } else {
                    boolean atLeast;
                    if (r.accept("at")) {
                        r.expect("least", "write: at least BOUND : VALUE");
                        atLeast = true;
                    } else if (r.accept("below")) {
                        atLeast = false;
                    } else {
                        throw new ParseFailure(new PolicyError(at, "a band row starts with 'at least', 'below' or 'else'", null));
                    }
                    Expr bound = r.expression();
                    r.expect(":", "separate the bound and the value with ':'");
                    rows.add(new Expr.BandRow(at, atLeast, bound, r.expression()));
                }
                r.end();
            }
            if (otherwise == null) {
                throw new ParseFailure(new PolicyError(keyword.at(), "band " + name + " has no 'else' row",
                        "add a last row: else : VALUE, so every enterprise gets a value"));
            }
            value = new Expr.Band(keyword.at(), subject, rows, otherwise);
        } else {
            Cursor all = joinedFrom(lines, c);
            value = all.expression();
            all.end();
        }
        putUnique(lets, name, new Definitions.Let(keyword.at(), name, value), keyword.at(), "let");
    }

    private void eligible(List<Line> lines) {
        Cursor c = new Cursor(lines.get(0).tokens());
        Token keyword = c.next();
        String mode = c.ident("all or any");
        if (!mode.equals("all") && !mode.equals("any")) {
            throw new ParseFailure(new PolicyError(keyword.at(), "write 'eligible all' or 'eligible any'", null));
        }
        c.end();
        if (all != null) {
            throw new ParseFailure(new PolicyError(keyword.at(), "a policy has one eligibility block", "put every condition in it"));
        }
        all = mode.equals("all");
        for (Line line : lines.subList(1, lines.size())) {
            Cursor r = new Cursor(line.tokens());
            String clause = r.clauseRef();
            Expr test = r.expression();
            r.end();
            conditions.add(new Definitions.Condition(line.tokens().get(0).at(), clause, test));
        }
        if (conditions.isEmpty()) {
            throw new ParseFailure(new PolicyError(keyword.at(), "the eligibility block has no conditions", "add lines like: [art11.4] tech_share >= 10%"));
        }
    }

    private void example(List<Line> lines) {
        Cursor c = new Cursor(lines.get(0).tokens());
        Token keyword = c.next();
        String name = c.string("the example's name");
        c.end();
        LocalDate date = null;
        List<Definitions.Assignment> given = new ArrayList<>();
        List<Definitions.Assignment> expect = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            Cursor r = new Cursor(line.tokens());
            String what = r.ident("date, given or expect");
            switch (what) {
                case "date" -> date = r.date();
                case "given", "expect" -> {
                    do {
                        Token n = r.peek();
                        String field = r.ident("a name");
                        r.expect("=", "write: NAME = VALUE");
                        (what.equals("given") ? given : expect).add(new Definitions.Assignment(n.at(), field, r.expression()));
                    } while (r.accept(","));
                }
                default -> throw new ParseFailure(new PolicyError(line.tokens().get(0).at(), "a test line starts with date, given or expect", null));
            }
            r.end();
        }
        if (date == null) {
            throw new ParseFailure(new PolicyError(keyword.at(), "test \"" + name + "\" has no date", "add: date 2024-06-01"));
        }
        if (expect.isEmpty()) {
            throw new ParseFailure(new PolicyError(keyword.at(), "test \"" + name + "\" expects nothing", "add: expect qualifies = true"));
        }
        examples.add(new Definitions.Example(keyword.at(), name, date, given, expect));
    }

    private <T> void putUnique(Map<String, T> map, String key, T value, SourcePosition at, String kind) {
        if (map.putIfAbsent(key, value) != null) {
            throw new ParseFailure(new PolicyError(at, kind + " '" + key + "' is defined twice", "rename one of them"));
        }
    }

    private Cursor single(List<Line> lines, String keyword) {
        if (lines.size() > 1) {
            throw new ParseFailure(new PolicyError(lines.get(1).tokens().get(0).at(), "'" + keyword + "' takes one line", "remove the indentation"));
        }
        Cursor c = new Cursor(lines.get(0).tokens());
        c.next();
        return c;
    }

    private Cursor joined(List<Line> lines) {
        List<Token> all = new ArrayList<>();
        lines.forEach(l -> all.addAll(l.tokens()));
        return new Cursor(all);
    }

    private Cursor joinedFrom(List<Line> lines, Cursor head) {
        List<Token> rest = new ArrayList<>(head.remaining());
        lines.subList(1, lines.size()).forEach(l -> rest.addAll(l.tokens()));
        return new Cursor(rest);
    }

    /** Reads the tokens of one statement. */
    private final class Cursor {
        private final List<Token> tokens;
        private final ExpressionParser expressions;

        Cursor(List<Token> tokens) {
            this.tokens = tokens;
            this.expressions = new ExpressionParser(tokens, 0, errors);
        }

        List<Token> remaining() {
            return tokens.subList(expressions.position(), tokens.size());
        }

        Token next() {
            return expressions.next();
        }

        Token peek() {
            return expressions.peek();
        }

        boolean atEnd() {
            return expressions.atEnd();
        }

        boolean accept(String s) {
            return expressions.accept(s);
        }

        void expect(String s, String hint) {
            expressions.expect(s, hint);
        }

        Expr expression() {
            return expressions.expression();
        }

        String ident(String what) {
            Token t = next();
            if (t.kind() != Token.Kind.IDENT) {
                throw new ParseFailure(new PolicyError(t.at(), "expected " + what + " but found '" + t.text() + "'", null));
            }
            return t.text();
        }

        String string(String what) {
            Token t = next();
            if (t.kind() != Token.Kind.STRING) {
                throw new ParseFailure(new PolicyError(t.at(), "expected " + what + " in double quotes but found '" + t.text() + "'", null));
            }
            return t.text();
        }

        String stringThenEnd(String what) {
            String s = string(what);
            end();
            return s;
        }

        LocalDate date() {
            Token t = next();
            if (t.kind() != Token.Kind.DATE) {
                throw new ParseFailure(new PolicyError(t.at(), "expected a date (YYYY-MM-DD) but found '" + t.text() + "'", null));
            }
            try {
                return LocalDate.parse(t.text());
            } catch (DateTimeParseException e) {
                throw new ParseFailure(new PolicyError(t.at(), t.text() + " is not a calendar date", null));
            }
        }

        Expr.Literal literal() {
            Token t = next();
            if (t.kind() != Token.Kind.NUMBER) {
                throw new ParseFailure(new PolicyError(t.at(), "expected an amount but found '" + t.text() + "'", "write e.g. 6亿"));
            }
            return ExpressionParser.literal(t);
        }

        Unit unit() {
            Token t = next();
            Unit u = t.kind() == Token.Kind.IDENT ? Unit.fromKeyword(t.text()) : null;
            if (u == null || u == Unit.DATE) {
                throw new ParseFailure(new PolicyError(t.at(), "unknown unit '" + t.text() + "'", "use number, percent, yuan, bool or text"));
            }
            return u;
        }

        String clauseRef() {
            expect("[", "name the clause first, e.g. [art11.4]");
            String c = ident("a clause id");
            expect("]", "close the clause reference with ]");
            return c;
        }

        void end() {
            if (!atEnd()) {
                Token t = peek();
                throw new ParseFailure(new PolicyError(t.at(), "unexpected '" + t.text() + "' at the end of the statement", null));
            }
        }
    }
}
