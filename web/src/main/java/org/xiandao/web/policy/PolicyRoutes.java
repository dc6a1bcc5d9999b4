package org.xiandao.web.policy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;
import org.xiandao.core.policy.Evaluation;
import org.xiandao.core.policy.Facts;
import org.xiandao.core.policy.Policy;
import org.xiandao.core.policy.PolicyException;
import org.xiandao.core.policy.Scenario;
import org.xiandao.core.policy.simulation.PolicySimulation;
import org.xiandao.store.Store;
import org.xiandao.web.system.BadRequestException;
import org.xiandao.web.system.NotFoundException;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/** The policy calculator, the policy list and the simulation, as pages and JSON. */
public final class PolicyRoutes {

    private final Store store;
    private final PolicyService service;

    public PolicyRoutes(Store store, PolicyService service) {
        this.store = store;
        this.service = service;
    }

    public void register(RoutesConfig routes) {
        routes.get("/policies", this::calculator);
        routes.get("/policies/simulate", this::simulatePage);
        routes.get("/api/v1/policies", ctx -> ctx.json(service.policies().stream().map(PolicyRoutes::summary).toList()));
        routes.get("/api/v1/policies/evaluate", ctx -> {
            LocalDate date = date(ctx);
            ctx.json(service.evaluate(facts(ctx), date));
        });
        routes.get("/api/v1/policies/simulate", ctx -> ctx.json(simulate(ctx)));
    }

    private static Map<String, Object> summary(Policy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("titleZh", p.titleZh());
        m.put("titleEn", p.titleEn());
        m.put("issuer", p.issuer());
        m.put("document", p.document());
        m.put("effectiveFrom", p.effectiveFrom());
        m.put("effectiveTo", p.effectiveTo());
        m.put("clauses", p.clauses().values().stream().map(c -> Map.of("id", c.id(), "text", c.text(), "unverified", c.unverified())).toList());
        m.put("parameters", p.parameters().values().stream().map(par -> Map.of("name", par.name(), "unit", par.unit().keyword(),
                "values", par.values().stream().map(v -> Map.of("from", v.from().toString(), "source", v.source(),
                        "value", org.xiandao.core.policy.internal.ExprPrinter.print(v.value()))).toList())).toList());
        m.put("inputs", p.inputs().values().stream().map(i -> Map.of("name", i.name(), "unit", i.unit().keyword(), "description", i.description())).toList());
        m.put("budgetYuan", p.budget());
        return m;
    }

    private static LocalDate date(Context ctx) {
        String d = ctx.queryParam("date");
        if (d == null || d.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(d.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date", "date must be YYYY-MM-DD, was '" + d + "'");
        }
    }

    /** Facts for the enterprise named by ?enterprise=CODE, else from the typed figures. */
    private Facts facts(Context ctx) {
        Enterprise e = enterprise(ctx);
        Facts typed = FactsForm.read(ctx, store.taxonomy(), service.inputs());
        if (e == null) {
            return typed;
        }
        // Application inputs typed beside a chosen enterprise are added to its own facts.
        Map<String, Object> inputs = new LinkedHashMap<>(typed.values());
        inputs.keySet().removeIf(k -> org.xiandao.core.policy.Field.find(k).isPresent());
        return Facts.of(e).with(inputs);
    }

    private Enterprise enterprise(Context ctx) {
        String code = ctx.queryParam("enterprise");
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        String problem = UnifiedSocialCreditCode.problemWith(c);
        if (problem != null) {
            throw new BadRequestException("enterprise", "'" + code + "' is not a valid unified social credit code: " + problem);
        }
        return store.enterprises().find(c).orElseThrow(() -> new NotFoundException("No enterprise with credit code " + c + " in this store"));
    }

    private void calculator(Context ctx) {
        LocalDate date = date(ctx);
        Enterprise e = enterprise(ctx);
        boolean asked = ctx.queryParam("enterprise") != null || ctx.queryParam("staff") != null;
        List<Evaluation> results = asked ? service.evaluate(facts(ctx), date) : List.of();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("ctx", PageContext.of(ctx, store.enterprises().countSynthetic()));
        model.put("view", new CalculatorView(service.policies(), service.inputs(), date, e, results, asked,
                key -> ctx.queryParam(key) == null ? "" : ctx.queryParam(key), service.loadErrors()));
        Templates.render(ctx, "policies.jte", model);
    }

    private Map<String, Object> simulate(Context ctx) {
        LocalDate date = date(ctx);
        String by = ctx.queryParam("by") == null ? "segment" : ctx.queryParam("by");
        PolicySimulation.GroupBy groupBy;
        try {
            groupBy = PolicySimulation.GroupBy.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("by", "by must be segment, district or park, was '" + by + "'");
        }
        Scenario scenario;
        try {
            scenario = service.scenario(ctx.queryParam("scenario"));
        } catch (PolicyException e) {
            throw new BadRequestException("scenario", e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("scenario", scenario.name());
        body.put("assumptions", scenario.assumptionTexts());
        body.put("synthetic", store.enterprises().countSynthetic());
        body.put("policies", service.simulate(date, scenario, groupBy));
        return body;
    }

    private void simulatePage(Context ctx) {
        Map<String, Object> result = simulate(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("ctx", PageContext.of(ctx, store.enterprises().countSynthetic()));
        model.put("result", result);
        model.put("scenarioText", ctx.queryParam("scenario") == null ? "" : ctx.queryParam("scenario"));
        model.put("date", result.get("date").toString());
        Templates.render(ctx, "simulate.jte", model);
    }
}
