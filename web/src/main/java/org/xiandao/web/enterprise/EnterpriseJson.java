package org.xiandao.web.enterprise;

import java.time.LocalDate;
import java.util.List;
import org.xiandao.core.enterprise.Enterprise;

/** An enterprise as the API shows it: flat, with its origin spelled out and a plain synthetic flag. */
record EnterpriseJson(String creditCode, String nameZh, String nameEn, LocalDate founded, String district, String park,
                      int staff, int technicalStaff, int rdStaff, long revenueYuan, long totalAssetsYuan,
                      List<Long> rdExpenseYuan, long highTechRevenueYuan, int ipClassOne, int ipClassTwo,
                      String fundingStage, long equityRaisedYuan, List<String> segments, String description,
                      boolean synthetic, Origin origin) {

    /** Where the record came from: {@code kind} is synthetic, imported or extracted. */
    record Origin(String kind, String source, int row, String description) {
    }

    static EnterpriseJson of(Enterprise e) {
        var f = e.financials();
        return new EnterpriseJson(e.code().value(), e.nameZh(), e.nameEn(), e.founded(), e.district().name(), e.parkCode(),
                e.headcount().staff(), e.headcount().technical(), e.headcount().research(), f.revenue(), f.totalAssets(),
                List.of(f.rdExpense(0), f.rdExpense(1), f.rdExpense(2)), f.highTechRevenue(), e.ip().classOne(),
                e.ip().classTwo(), e.stage().name(), f.equityRaised(), e.segments(), e.description(),
                e.origin().isSynthetic(),
                new Origin(e.origin().kind().name().toLowerCase(java.util.Locale.ROOT), e.origin().source(), e.origin().row(),
                        e.origin().describe()));
    }
}
