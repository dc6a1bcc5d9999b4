package org.xiandao.store.testing;

import java.time.LocalDate;
import java.util.List;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.chain.TaxonomyReader;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Financials;
import org.xiandao.core.enterprise.FundingStage;
import org.xiandao.core.enterprise.Headcount;
import org.xiandao.core.enterprise.IntellectualProperty;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;
import org.xiandao.core.park.Parks;
import org.xiandao.core.synthetic.SyntheticShanghai;

/** Small, readable test data. */
public final class Fixtures {

    public static final Taxonomy TAXONOMY = TaxonomyReader.shipped();
    public static final Parks PARKS = Parks.shipped(TAXONOMY);

    private Fixtures() {
    }

    /** A valid credit code for a Shanghai district whose organisation code body is {@code n}. */
    public static UnifiedSocialCreditCode code(int n, District district) {
        String digits = String.format("%08d", n);
        String first17 = "91" + district.divisionCode() + digits + UnifiedSocialCreditCode.organisationCodeCheck(digits);
        return new UnifiedSocialCreditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    }

    /** A small imported IC design firm in Zhangjiang, with its number in its name. */
    public static Enterprise designFirm(int n) {
        return new Enterprise(code(n, District.PUDONG), "测试芯片设计" + n + "有限公司", "Test Chip Design " + n + " Co.",
                LocalDate.of(2019, 5, 1), District.PUDONG, "ZJ", new Headcount(80, 50, 30),
                new Financials(20_000_000L + n, 30_000_000L, new long[] {1_000_000, 2_000_000, 3_000_000}, 15_000_000, 50_000_000),
                new IntellectualProperty(4, 10), FundingStage.SERIES_A, List.of("IC-2.1"), "test fixture",
                Origin.imported("fixture.csv", n));
    }

    /** The import-file header line for every column of the layout. */
    public static final String IMPORT_HEADER = String.join(",", org.xiandao.store.enterprise.EnterpriseLayout.COLUMNS);

    /** {@code e} as one CSV line of an import file, in the layout's column order. */
    public static String importRow(Enterprise e) {
        var f = e.financials();
        return String.join(",", e.code().value(), e.nameZh(), e.nameEn(), e.founded().toString(), e.district().name(),
                e.parkCode() == null ? "" : e.parkCode(), "" + e.headcount().staff(), "" + e.headcount().technical(),
                "" + e.headcount().research(), "" + f.revenue(), "" + f.totalAssets(), "" + f.rdExpense(0),
                "" + f.rdExpense(1), "" + f.rdExpense(2), "" + f.highTechRevenue(), "" + e.ip().classOne(),
                "" + e.ip().classTwo(), e.stage().name(), "" + f.equityRaised(), String.join("|", e.segments()),
                "\"" + e.description().replace("\"", "\"\"") + "\"");
    }

    public static List<Enterprise> synthetic(int n) {
        return new SyntheticShanghai(TAXONOMY, PARKS, 7).enterprises(n).toList();
    }
}
