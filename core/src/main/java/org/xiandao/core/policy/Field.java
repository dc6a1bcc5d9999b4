package org.xiandao.core.policy;

import java.util.Arrays;
import java.util.Optional;

/** The enterprise fields a policy can read, with their units. Names are those of the import layout. */
public enum Field {
    STAFF("staff", Unit.NUMBER, "employees"),
    TECHNICAL_STAFF("technical_staff", Unit.NUMBER, "science and technology staff"),
    RD_STAFF("rd_staff", Unit.NUMBER, "R&D staff"),
    REVENUE("revenue", Unit.YUAN, "operating revenue, last year"),
    TOTAL_ASSETS("total_assets", Unit.YUAN, "total assets"),
    RD_EXPENSE_Y1("rd_expense_y1", Unit.YUAN, "R&D expense three years ago"),
    RD_EXPENSE_Y2("rd_expense_y2", Unit.YUAN, "R&D expense two years ago"),
    RD_EXPENSE_Y3("rd_expense_y3", Unit.YUAN, "R&D expense last year"),
    HIGH_TECH_REVENUE("high_tech_revenue", Unit.YUAN, "high-tech product and service revenue"),
    EQUITY_RAISED("equity_raised", Unit.YUAN, "total equity raised"),
    IP_CLASS_ONE("ip_class_one", Unit.NUMBER, "Class I IP (invention patents etc.)"),
    IP_CLASS_TWO("ip_class_two", Unit.NUMBER, "Class II IP (utility models, designs, software copyrights)"),
    FOUNDED("founded", Unit.DATE, "founding date"),
    DISTRICT("district", Unit.TEXT, "district, e.g. PUDONG"),
    PARK("park", Unit.TEXT, "park code, e.g. ZJ"),
    FUNDING_STAGE("funding_stage", Unit.TEXT, "funding stage, e.g. SERIES_A");

    private final String key;
    private final Unit unit;
    private final String description;

    Field(String key, Unit unit, String description) {
        this.key = key;
        this.unit = unit;
        this.description = description;
    }

    public String key() { return key; }
    public Unit unit() { return unit; }
    public String description() { return description; }

    public static Optional<Field> find(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
