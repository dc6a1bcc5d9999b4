package org.xiandao.store.enterprise;

import java.util.List;
import org.xiandao.core.enterprise.Enterprise;

/** The enterprise table's columns in one order, shared by the batch upsert and the DuckDB appender. */
final class EnterpriseColumns {

    static final List<String> NAMES = List.of("code", "name_zh", "name_en", "founded", "district", "park",
            "staff", "technical_staff", "rd_staff", "revenue", "total_assets", "rd_expense_y1", "rd_expense_y2",
            "rd_expense_y3", "high_tech_revenue", "ip_class_one", "ip_class_two", "funding_stage", "equity_raised",
            "description", "origin_kind", "origin_source", "origin_row");

    private EnterpriseColumns() {
    }

    static Object[] values(Enterprise e) {
        return new Object[] {
            e.code().value(), e.nameZh(), e.nameEn(), e.founded(), e.district().name(), e.parkCode(),
            e.headcount().staff(), e.headcount().technical(), e.headcount().research(),
            e.financials().revenue(), e.financials().totalAssets(),
            e.financials().rdExpense(0), e.financials().rdExpense(1), e.financials().rdExpense(2),
            e.financials().highTechRevenue(), e.ip().classOne(), e.ip().classTwo(),
            e.stage().name(), e.financials().equityRaised(), e.description(),
            e.origin().kind().name(), e.origin().source(), e.origin().row(),
        };
    }

    static String upsertSql() {
        String cols = String.join(", ", NAMES);
        String params = String.join(", ", NAMES.stream().map(n -> "?").toList());
        String updates = String.join(", ", NAMES.stream().skip(1).map(n -> n + " = EXCLUDED." + n).toList());
        return "INSERT INTO enterprise (" + cols + ") VALUES (" + params + ") ON CONFLICT (code) DO UPDATE SET " + updates;
    }
}
