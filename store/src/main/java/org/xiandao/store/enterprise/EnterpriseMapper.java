package org.xiandao.store.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Financials;
import org.xiandao.core.enterprise.FundingStage;
import org.xiandao.core.enterprise.Headcount;
import org.xiandao.core.enterprise.IntellectualProperty;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;

/** Turns an enterprise row back into an {@link Enterprise} once its segments are known. */
final class EnterpriseMapper {

    private EnterpriseMapper() {
    }

    /** A row read in full, waiting for its segments, which live in another table. */
    interface WithoutSegments {
        String code();

        Enterprise with(List<String> segments);
    }

    static WithoutSegments map(ResultSet rs) throws SQLException {
        String code = rs.getString("code");
        String nameZh = rs.getString("name_zh");
        String nameEn = rs.getString("name_en");
        LocalDate founded = rs.getObject("founded", LocalDate.class);
        District district = District.valueOf(rs.getString("district"));
        String park = rs.getString("park");
        Headcount headcount = new Headcount(rs.getInt("staff"), rs.getInt("technical_staff"), rs.getInt("rd_staff"));
        Financials financials = new Financials(rs.getLong("revenue"), rs.getLong("total_assets"),
                new long[] {rs.getLong("rd_expense_y1"), rs.getLong("rd_expense_y2"), rs.getLong("rd_expense_y3")},
                rs.getLong("high_tech_revenue"), rs.getLong("equity_raised"));
        IntellectualProperty ip = new IntellectualProperty(rs.getInt("ip_class_one"), rs.getInt("ip_class_two"));
        FundingStage stage = FundingStage.valueOf(rs.getString("funding_stage"));
        String description = rs.getString("description");
        Origin origin = new Origin(Origin.Kind.valueOf(rs.getString("origin_kind")), rs.getString("origin_source"),
                rs.getInt("origin_row"));
        return new WithoutSegments() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public Enterprise with(List<String> segments) {
                return new Enterprise(new UnifiedSocialCreditCode(code), nameZh, nameEn, founded, district, park,
                        headcount, financials, ip, stage, segments, description, origin);
            }
        };
    }
}
