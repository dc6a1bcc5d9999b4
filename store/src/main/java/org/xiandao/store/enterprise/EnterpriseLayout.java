package org.xiandao.store.enterprise;

import java.util.List;
import java.util.Set;

/**
 * The column layout of an enterprise import file (CSV or XLSX). Amounts are in yuan and may be
 * written with 万 or 亿 ("120万", "1.5亿"). The README documents the same list.
 */
public final class EnterpriseLayout {

    public static final String CREDIT_CODE = "credit_code";
    public static final String NAME_ZH = "name_zh";
    public static final String NAME_EN = "name_en";
    public static final String FOUNDED = "founded";
    public static final String DISTRICT = "district";
    public static final String PARK = "park";
    public static final String STAFF = "staff";
    public static final String TECHNICAL_STAFF = "technical_staff";
    public static final String RD_STAFF = "rd_staff";
    public static final String REVENUE = "revenue";
    public static final String TOTAL_ASSETS = "total_assets";
    public static final String RD_EXPENSE_Y1 = "rd_expense_y1";
    public static final String RD_EXPENSE_Y2 = "rd_expense_y2";
    public static final String RD_EXPENSE_Y3 = "rd_expense_y3";
    public static final String HIGH_TECH_REVENUE = "high_tech_revenue";
    public static final String IP_CLASS_ONE = "ip_class_one";
    public static final String IP_CLASS_TWO = "ip_class_two";
    public static final String FUNDING_STAGE = "funding_stage";
    public static final String EQUITY_RAISED = "equity_raised";
    public static final String SEGMENTS = "segments";
    public static final String DESCRIPTION = "description";

    /** Every column, in the order an export writes them. */
    public static final List<String> COLUMNS = List.of(CREDIT_CODE, NAME_ZH, NAME_EN, FOUNDED, DISTRICT, PARK, STAFF,
            TECHNICAL_STAFF, RD_STAFF, REVENUE, TOTAL_ASSETS, RD_EXPENSE_Y1, RD_EXPENSE_Y2, RD_EXPENSE_Y3,
            HIGH_TECH_REVENUE, IP_CLASS_ONE, IP_CLASS_TWO, FUNDING_STAGE, EQUITY_RAISED, SEGMENTS, DESCRIPTION);

    /** Columns a file may leave out entirely; of the two names, at least one must be present. */
    public static final Set<String> OPTIONAL = Set.of(NAME_ZH, NAME_EN, PARK, DESCRIPTION);

    /** The largest amount accepted in any money column: 10 trillion yuan (10万亿). */
    public static final long MAX_AMOUNT = 10_000_000_000_000L;
    public static final int MAX_STAFF = 2_000_000;

    private EnterpriseLayout() {
    }
}
