package org.xiandao.web.fund;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundPerformance;
import org.xiandao.core.fund.Investment;
import org.xiandao.store.Store;
import org.xiandao.web.system.BadRequestException;
import org.xiandao.web.system.NotFoundException;
import org.xiandao.web.system.PageContext;
import org.xiandao.web.system.Templates;

/** The fund tree, fund pages with performance as of a date, and their JSON and Excel forms. */
public final class FundRoutes {

    private final Store store;
    private FundReports cached;
    private long cachedKey = -1;

    public FundRoutes(Store store) {
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/funds", ctx -> {
            LocalDate asOf = asOf(ctx);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("ctx", PageContext.of(ctx, store.enterprises().countSynthetic()));
            model.put("tree", tree(asOf));
            model.put("asOf", asOf.toString());
            model.put("unreached", familyUnreached(asOf));
            Templates.render(ctx, "funds.jte", model);
        });
        routes.get("/funds/{id}", ctx -> {
            String id = ctx.pathParam("id");
            if (id.endsWith(".xlsx")) {
                String fundId = id.substring(0, id.length() - 5);
                FundReports.Report r = report(fundId, asOf(ctx));
                ctx.header("Content-Disposition", "attachment; filename=\"xiandao-" + fundId + ".xlsx\"");
                ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                ctx.result(FundWorkbook.xlsx(r));
                return;
            }
            FundReports.Report r = report(id, asOf(ctx));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("ctx", PageContext.of(ctx, store.enterprises().countSynthetic()));
            model.put("r", r);
            Templates.render(ctx, "fund.jte", model);
        });
        routes.get("/lps/{id}", ctx -> {
            LpView view = lp(ctx.pathParam("id"), asOf(ctx));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("ctx", PageContext.of(ctx, store.enterprises().countSynthetic()));
            model.put("view", view);
            Templates.render(ctx, "lp.jte", model);
        });
        routes.get("/api/v1/lps/{id}", ctx -> ctx.json(lp(ctx.pathParam("id"), asOf(ctx))));
        routes.get("/api/v1/funds", ctx -> ctx.json(tree(asOf(ctx))));
        routes.get("/api/v1/funds/{id}", ctx -> {
            FundReports.Report r = report(ctx.pathParam("id"), asOf(ctx));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fund", r.fund());
            body.put("asOf", r.asOf());
            body.put("performance", r.performance());
            body.put("capitalAccounts", r.lps());
            body.put("mandate", Map.of("compliant", r.mandate().compliant(), "lines", r.mandate().lines(),
                    "reinvestLedger", r.mandate().reinvest(), "afterInvestmentPeriod", r.mandate().afterInvestmentPeriod()));
            body.put("lookThrough", r.lookThrough());
            body.put("history", r.history());
            body.put("subFunds", r.children().stream().map(Fund::id).toList());
            ctx.json(body);
        });
    }

    /** One row of the fund tree. */
    public record TreeRow(Fund fund, int depth, FundPerformance performance) {
    }

    private List<TreeRow> tree(LocalDate asOf) {
        FundReports reports = reports();
        List<TreeRow> rows = new java.util.ArrayList<>();
        for (Fund f : reports.family().funds()) {
            if (f.parentId() == null) {
                rows.add(new TreeRow(f, 0, reports.performance(f.id(), asOf, null)));
                for (Fund c : reports.family().funds()) {
                    if (f.id().equals(c.parentId())) {
                        rows.add(new TreeRow(c, 1, reports.performance(c.id(), asOf, null)));
                    }
                }
            }
        }
        return rows;
    }

    /** Segments of the three industries that no fund of the family reaches, by its enterprise investments. */
    private List<String> familyUnreached(LocalDate asOf) {
        FundReports reports = reports();
        Map<String, java.math.BigDecimal> all = new java.util.HashMap<>();
        reports.family().funds().forEach(f -> all.put(f.id(), java.math.BigDecimal.ONE));
        var reached = reports.family().investments().stream().filter(i -> !i.date().isAfter(asOf)).toList();
        return org.xiandao.core.fund.LookThrough.of(all, reached, reports::enterprise, store.taxonomy()).unreachedSegments();
    }

    /** An LP's capital account in each fund it committed to. */
    public record LpView(org.xiandao.core.fund.Lp lp, LocalDate asOf, List<LpAccount> accounts) {
    }

    public record LpAccount(Fund fund, org.xiandao.core.fund.CapitalAccount account) {
    }

    private LpView lp(String id, LocalDate asOf) {
        FundReports reports = reports();
        org.xiandao.core.fund.Lp lp = reports.family().lps().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("No LP '" + id + "' in this store"));
        List<LpAccount> accounts = new java.util.ArrayList<>();
        for (org.xiandao.core.fund.Commitment c : reports.family().commitments()) {
            if (c.lpId().equals(id)) {
                FundPerformance p = reports.performance(c.fundId(), asOf, null);
                accounts.add(new LpAccount(reports.fund(c.fundId()), org.xiandao.core.fund.CapitalAccount.of(c, reports.committed(c.fundId()), p,
                        reports.family().flows(), reports.family().allocations())));
            }
        }
        return new LpView(lp, asOf, accounts);
    }

    private FundReports.Report report(String id, LocalDate asOf) {
        FundReports reports = reports();
        if (reports.fund(id) == null) {
            throw new NotFoundException("No fund '" + id + "' in this store");
        }
        return reports.report(id, asOf, null);
    }

    /** The family and the enterprises it invested in, reloaded when the store's counts change. */
    private synchronized FundReports reports() {
        long key = store.funds().count() * 1_000_003L + store.enterprises().count();
        if (cached == null || key != cachedKey) {
            var family = store.funds().load();
            var codes = family.investments().stream().map(Investment::enterpriseCode).filter(Objects::nonNull).toList();
            var enterprises = store.enterprises().findAll(codes);
            cached = new FundReports(family, store.taxonomy(), enterprises::get);
            cachedKey = key;
        }
        return cached;
    }

    private static LocalDate asOf(Context ctx) {
        String d = ctx.queryParam("asOf");
        if (d == null || d.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(d.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("asOf", "asOf must be YYYY-MM-DD, was '" + d + "'");
        }
    }
}
