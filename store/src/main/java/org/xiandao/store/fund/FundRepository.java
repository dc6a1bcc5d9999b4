package org.xiandao.store.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.xiandao.core.fund.Commitment;
import org.xiandao.core.fund.FlowKind;
import org.xiandao.core.fund.Fund;
import org.xiandao.core.fund.FundFamily;
import org.xiandao.core.fund.FundFlow;
import org.xiandao.core.fund.FundKind;
import org.xiandao.core.fund.Investment;
import org.xiandao.core.fund.Lp;
import org.xiandao.core.fund.LpType;
import org.xiandao.core.fund.Mandate;
import org.xiandao.core.fund.Valuation;
import org.xiandao.core.fund.WaterfallTerms;

/** The fund family in the store: written as a whole (the synthetic demo family is replaced), read as a whole. */
public final class FundRepository {

    private final Jdbi jdbi;

    public FundRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Replaces every synthetic fund and LP, with their books, by {@code family}, in one transaction. */
    public void replaceSynthetic(FundFamily family) {
        jdbi.useTransaction(h -> {
            for (String table : List.of("commitment", "fund_flow", "valuation", "investment", "flow_allocation")) {
                h.execute("DELETE FROM " + table + " WHERE fund_id IN (SELECT id FROM fund WHERE synthetic)");
            }
            h.execute("DELETE FROM fund WHERE synthetic");
            h.execute("DELETE FROM lp WHERE synthetic");
            insert(h, family);
        });
    }

    private static void insert(Handle h, FundFamily f) {
        var funds = h.prepareBatch("INSERT INTO fund VALUES (:id, :nameZh, :nameEn, :kind, :parent, :manager, :vintage, :close, :inv, :ext,"
                + " :term, :fee, :hurdle, :compound, :catchUp, :carry, :size, :segments, :minInd, :minEsh, :reinvest, :maxSingle, :synthetic, :feesInBase, :feeBasis, :waterfallType, :parkCountsAs)");
        for (Fund x : f.funds()) {
            funds.bind("id", x.id()).bind("nameZh", x.nameZh()).bind("nameEn", x.nameEn()).bind("kind", x.kind().name())
                    .bind("parent", x.parentId()).bind("manager", x.manager()).bind("vintage", x.vintage()).bind("close", java.sql.Date.valueOf(x.firstClose()))
                    .bind("inv", x.investmentYears()).bind("ext", x.extensionYears()).bind("term", x.termYears()).bind("fee", x.feeRate())
                    .bind("hurdle", x.waterfall().hurdle()).bind("compound", x.waterfall().compound()).bind("catchUp", x.waterfall().catchUp())
                    .bind("carry", x.waterfall().carry()).bind("size", x.size())
                    .bind("segments", String.join("|", x.mandate().industrySegments().stream().sorted().toList()))
                    .bind("minInd", x.mandate().minIndustryShare()).bind("minEsh", x.mandate().minEarlySmallHardShare())
                    .bind("reinvest", x.mandate().reinvestMultiple()).bind("maxSingle", x.mandate().maxSingleCompanyShare())
                    .bind("synthetic", x.synthetic()).bind("feesInBase", x.waterfall().feesInBase())
                    .bind("feeBasis", x.feeBasis().name()).bind("waterfallType", x.waterfallType().name())
                    .bind("parkCountsAs", x.mandate().parkCountsAs()).add();
        }
        execute(funds, f.funds().size());
        var lps = h.prepareBatch("INSERT INTO lp VALUES (:id, :name, :type, :synthetic)");
        f.lps().forEach(x -> lps.bind("id", x.id()).bind("name", x.name()).bind("type", x.type().name()).bind("synthetic", x.synthetic()).add());
        execute(lps, f.lps().size());
        rows(h, "commitment", 3, f.commitments().stream().map(x -> new Object[] {x.fundId(), x.lpId(), x.amount()}).toList());
        rows(h, "fund_flow", 4, f.flows().stream().map(x -> new Object[] {x.fundId(), java.sql.Date.valueOf(x.date()), x.kind().name(), x.amount()}).toList());
        rows(h, "valuation", 3, f.valuations().stream().map(x -> new Object[] {x.fundId(), java.sql.Date.valueOf(x.date()), x.nav()}).toList());
        rows(h, "investment", 7, f.investments().stream().map(x -> new Object[] {x.fundId(), x.enterpriseCode(), x.subFundId(), x.round(),
            java.sql.Date.valueOf(x.date()), x.amount(), x.ownership()}).toList());
        rows(h, "flow_allocation", 5, f.allocations().stream().map(x -> new Object[] {x.fundId(), java.sql.Date.valueOf(x.date()), x.kind().name(),
            x.lpId(), x.amount()}).toList());
    }

    /**
     * Rows as multi-row INSERTs of up to 500 rows: DuckDB runs a JDBC batch one statement at a time, which
     * made the demo family (tens of thousands of ledger rows) take seconds; PostgreSQL takes either form.
     */
    private static void rows(Handle h, String table, int columns, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + 500));
            String one = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            var update = h.createUpdate("INSERT INTO " + table + " VALUES " + String.join(", ", java.util.Collections.nCopies(part.size(), one)));
            int k = 0;
            for (Object[] row : part) {
                for (Object v : row) {
                    if (v == null) {
                        update.bindNull(k++, java.sql.Types.NULL);
                    } else {
                        update.bind(k++, v);
                    }
                }
            }
            update.execute();
        }
    }

    private static void execute(org.jdbi.v3.core.statement.PreparedBatch batch, int size) {
        if (size > 0) {
            batch.execute();
        }
    }

    /** Adds ledger entries, valuations and investments in one transaction. */
    public void append(List<?> entries) {
        List<FundFlow> flows = entries.stream().filter(FundFlow.class::isInstance).map(FundFlow.class::cast).toList();
        List<Valuation> navs = entries.stream().filter(Valuation.class::isInstance).map(Valuation.class::cast).toList();
        List<Investment> investments = entries.stream().filter(Investment.class::isInstance).map(Investment.class::cast).toList();
        List<org.xiandao.core.fund.FlowAllocation> allocations = entries.stream().filter(org.xiandao.core.fund.FlowAllocation.class::isInstance)
                .map(org.xiandao.core.fund.FlowAllocation.class::cast).toList();
        jdbi.useTransaction(h -> insert(h, new FundFamily(List.of(), List.of(), List.of(), flows, navs, investments, allocations)));
    }

    public FundFamily load() {
        return jdbi.withHandle(h -> new FundFamily(
                h.createQuery("SELECT * FROM fund ORDER BY id").map((rs, ctx) -> new Fund(rs.getString("id"), rs.getString("name_zh"),
                        rs.getString("name_en"), FundKind.valueOf(rs.getString("kind")), rs.getString("parent_id"), rs.getString("manager"),
                        rs.getInt("vintage"), rs.getObject("first_close", LocalDate.class), rs.getInt("investment_years"),
                        rs.getInt("extension_years"), rs.getInt("term_years"), rs.getDouble("fee_rate"),
                        new WaterfallTerms(rs.getDouble("hurdle"), rs.getBoolean("hurdle_compound"), rs.getDouble("catch_up"), rs.getDouble("carry"),
                                rs.getBoolean("fees_in_base")),
                        rs.getBigDecimal("size"),
                        new Mandate(Set.copyOf(Arrays.asList(rs.getString("mandate_segments").split("\\|"))), rs.getDouble("min_industry_share"),
                                rs.getDouble("min_esh_share"), rs.getDouble("reinvest_multiple"), rs.getDouble("max_single_share"),
                                rs.getDouble("park_counts_as")),
                        rs.getBoolean("synthetic"), org.xiandao.core.fund.FeeBasis.valueOf(rs.getString("fee_basis")),
                        org.xiandao.core.fund.WaterfallType.valueOf(rs.getString("waterfall_type")))).list(),
                h.createQuery("SELECT * FROM lp ORDER BY id").map((rs, ctx) -> new Lp(rs.getString("id"), rs.getString("name"),
                        LpType.valueOf(rs.getString("type")), rs.getBoolean("synthetic"))).list(),
                h.createQuery("SELECT * FROM commitment ORDER BY fund_id, lp_id").map((rs, ctx) -> new Commitment(rs.getString("fund_id"),
                        rs.getString("lp_id"), scaled(rs.getBigDecimal("amount")))).list(),
                h.createQuery("SELECT * FROM fund_flow ORDER BY fund_id, date, kind").map((rs, ctx) -> new FundFlow(rs.getString("fund_id"),
                        rs.getObject("date", LocalDate.class), FlowKind.valueOf(rs.getString("kind")), scaled(rs.getBigDecimal("amount")))).list(),
                h.createQuery("SELECT * FROM valuation ORDER BY fund_id, date").map((rs, ctx) -> new Valuation(rs.getString("fund_id"),
                        rs.getObject("date", LocalDate.class), scaled(rs.getBigDecimal("nav")))).list(),
                h.createQuery("SELECT * FROM investment ORDER BY fund_id, date, enterprise_code").map((rs, ctx) -> new Investment(
                        rs.getString("fund_id"), rs.getString("enterprise_code"), rs.getString("sub_fund_id"), rs.getString("round"),
                        rs.getObject("date", LocalDate.class), scaled(rs.getBigDecimal("amount")), rs.getDouble("ownership"))).list(),
                h.createQuery("SELECT * FROM flow_allocation ORDER BY fund_id, date, kind, lp_id").map((rs, ctx) -> new org.xiandao.core.fund.FlowAllocation(
                        rs.getString("fund_id"), rs.getObject("date", LocalDate.class), FlowKind.valueOf(rs.getString("kind")), rs.getString("lp_id"),
                        scaled(rs.getBigDecimal("amount")))).list()));
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM fund").mapTo(Long.class).one());
    }
}
