package org.xiandao.core.policy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyError;
import org.xiandao.core.policy.PolicyException;
import org.xiandao.core.policy.Scenario;
import org.xiandao.core.policy.SourcePosition;
import org.xiandao.core.policy.Unit;
import org.xiandao.core.policy.ast.Expr;

/**
 * Reads a scenario file: an optional {@code name "..."} line, lines {@code set POLICY.PARAMETER = VALUE}
 * and lines {@code assume POLICY.INPUT = EXPRESSION} (an estimate of an application input from enterprise
 * fields). Unknown policies, parameters and inputs are errors naming the nearest known names; values
 * must have the parameter's or input's unit.
 */
public final class ScenarioParser {

    private ScenarioParser() {
    }

    public static Scenario parse(String file, String text, List<Policy> policies) {
        List<PolicyError> errors = new ArrayList<>();
        Map<String, Policy> byId = new HashMap<>();
        policies.forEach(p -> byId.put(p.id(), p));
        String name = file;
        Map<String, Map<String, Double>> overrides = new HashMap<>();
        Map<String, Map<String, Expr>> assumptions = new HashMap<>();
        Map<String, String> assumptionTexts = new java.util.LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<Token> tokens = Lexer.tokens(file, i + 1, lines[i], errors);
            if (tokens.isEmpty()) {
                continue;
            }
            ExpressionParser p = new ExpressionParser(tokens, 0, errors);
            try {
                Token head = p.next();
                if (head.is("name")) {
                    Token t = p.next();
                    if (t.kind() != Token.Kind.STRING) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(t.at(), "expected the scenario's name in quotes", null));
                    }
                    name = t.text();
                } else if (head.is("assume")) {
                    Token target = p.next();
                    int dot = target.text().indexOf('.');
                    if (target.kind() != Token.Kind.IDENT || dot < 0) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(target.at(), "expected POLICY.INPUT", "e.g. assume sh_ic.tape_out_fee = rd_expense_y3 * 30%"));
                    }
                    String policyId = target.text().substring(0, dot);
                    String input = target.text().substring(dot + 1);
                    Policy policy = byId.get(policyId);
                    if (policy == null) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(target.at(), "unknown policy '" + policyId + "'",
                                nearest(policyId, byId.keySet().stream().toList())));
                    }
                    var declared = policy.inputs().get(input);
                    if (declared == null) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(target.at(), "policy " + policyId + " has no input '" + input + "'",
                                nearest(input, policy.inputs().keySet().stream().toList())));
                    }
                    p.expect("=", "write: assume POLICY.INPUT = EXPRESSION");
                    Expr value = p.expression();
                    // Assumptions may read enterprise fields only, not the policy's own lets or parameters.
                    Policy fieldsOnly = new Policy(policy.id(), file, "", "", "", "", policy.effectiveFrom(), null, Map.of(),
                            Map.of(), Map.of(), Map.of(), true, List.of(), List.of(), null, null, null, List.of());
                    Checker checker = new Checker(fieldsOnly, null);
                    Unit unit = checker.unitOf(value);
                    List<PolicyError> found = checker.errors();
                    if (!found.isEmpty()) {
                        throw new ExpressionParser.ParseFailure(found.get(0));
                    }
                    if (unit != declared.unit()) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(value.at(), input + " is " + declared.unit().keyword()
                                + " but the assumption gives " + (unit == null ? "nothing" : unit.keyword()), null));
                    }
                    assumptions.computeIfAbsent(policyId, k -> new HashMap<>()).put(input, value);
                    assumptionTexts.put(target.text(), ExprPrinter.print(value));
                } else if (head.is("set")) {
                    Token target = p.next();
                    int dot = target.text().indexOf('.');
                    if (target.kind() != Token.Kind.IDENT || dot < 0) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(target.at(), "expected POLICY.PARAMETER", "e.g. set sh_ic.support_rate = 40%"));
                    }
                    String policyId = target.text().substring(0, dot);
                    String parameter = target.text().substring(dot + 1);
                    Policy policy = byId.get(policyId);
                    if (policy == null) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(target.at(), "unknown policy '" + policyId + "'",
                                nearest(policyId, byId.keySet().stream().toList())));
                    }
                    var param = policy.parameters().get(parameter);
                    if (param == null) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(target.at(), "policy " + policyId + " has no parameter '" + parameter + "'",
                                nearest(parameter, policy.parameters().keySet().stream().toList())));
                    }
                    p.expect("=", "write: set POLICY.PARAMETER = VALUE");
                    Expr value = p.expression();
                    if (!(value instanceof Expr.Literal lit)) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(value.at(), "a scenario value must be a number with its unit", "e.g. 40% or 5000万"));
                    }
                    if (lit.unit() != param.unit()) {
                        throw new ExpressionParser.ParseFailure(new PolicyError(value.at(), parameter + " is " + param.unit().keyword()
                                + " but the value is " + lit.unit().keyword(), param.unit() == Unit.RATIO ? "write it with %" : "write it with 元, 万 or 亿"));
                    }
                    overrides.computeIfAbsent(policyId, k -> new HashMap<>()).put(parameter, lit.value());
                } else {
                    throw new ExpressionParser.ParseFailure(new PolicyError(head.at(), "a scenario line starts with 'name', 'set' or 'assume'", null));
                }
                if (!p.atEnd()) {
                    throw new ExpressionParser.ParseFailure(new PolicyError(p.peek().at(), "unexpected '" + p.peek().text() + "'", null));
                }
            } catch (ExpressionParser.ParseFailure f) {
                errors.add(f.error);
            }
        }
        if (!errors.isEmpty()) {
            throw new PolicyException(errors);
        }
        if (overrides.isEmpty() && assumptions.isEmpty()) {
            throw new PolicyException(List.of(new PolicyError(new SourcePosition(file, 1, 1), "the scenario changes nothing",
                    "add lines like: set sh_ic.support_rate = 40%")));
        }
        return new Scenario(name, overrides, assumptions, assumptionTexts);
    }

    private static String nearest(String name, List<String> candidates) {
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        List<String> best = candidates.stream().sorted(Comparator.comparingInt((String c) -> d.apply(name, c)).thenComparing(c -> c)).limit(3).toList();
        return best.isEmpty() ? null : "known: " + String.join(", ", best);
    }
}
