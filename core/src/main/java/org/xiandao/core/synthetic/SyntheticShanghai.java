package org.xiandao.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Financials;
import org.xiandao.core.enterprise.FundingStage;
import org.xiandao.core.enterprise.Headcount;
import org.xiandao.core.enterprise.IntellectualProperty;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.core.enterprise.UnifiedSocialCreditCode;
import org.xiandao.core.park.Park;
import org.xiandao.core.park.Parks;

/**
 * A synthetic population of Shanghai enterprises in the three leading industries.
 *
 * <p>Enterprise {@code i} depends only on the seed and {@code i}, so a population is reproducible,
 * can be generated in any order or in parallel, and its first {@code n} members do not change when a
 * larger population is asked for. Every record's origin says it is synthetic.
 */
public final class SyntheticShanghai {

    /** Founding dates and "last year" figures are relative to this fixed date, not to the clock. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);
    private static final int OLDEST_YEAR = 1992;
    /** Share of enterprises placed in a park that hosts their segment. */
    private static final double IN_PARK_SHARE = 0.62;

    private final Taxonomy taxonomy;
    private final long seed;
    private final List<Choice> choices = new ArrayList<>();
    private final double totalWeight;
    private final Map<District, Double> districtWeights = new EnumMap<>(District.class);

    private record Choice(SegmentProfile profile, List<Segment> leaves, List<Park> parks, double cumulative) {
    }

    public SyntheticShanghai(Taxonomy taxonomy, Parks parks, long seed) {
        this.taxonomy = taxonomy;
        this.seed = seed;
        double cumulative = 0;
        for (SegmentProfile p : SegmentProfile.ALL) {
            List<Segment> leaves = taxonomy.selfAndDescendants(p.segment()).stream()
                    .filter(taxonomy::isLeaf).map(taxonomy::require)
                    // a leaf shared with another industry (AI chips) is generated from its own tree only
                    .filter(s -> s.code().startsWith(p.segment())).toList();
            List<Park> hosting = parks.all().stream().filter(park -> hosts(park, p.segment())).toList();
            cumulative += p.weight();
            choices.add(new Choice(p, leaves, hosting, cumulative));
        }
        this.totalWeight = cumulative;
        // Outside the parks, activity follows the districts' weight in the three industries.
        double[] w = {3, 5, 2, 3, 2, 1.5, 4, 8, 3, 5, 16, 1.5, 5, 2.5, 3, 0.5};
        District[] ds = District.values();
        for (int i = 0; i < ds.length; i++) {
            districtWeights.put(ds[i], w[i]);
        }
    }

    private boolean hosts(Park park, String segment) {
        return park.focusSegments().stream().anyMatch(f -> f.equals(segment) || f.startsWith(segment + ".")
                || taxonomy.ancestors(f).contains(segment) || taxonomy.ancestors(segment).contains(f));
    }

    public long seed() {
        return seed;
    }

    /** The first {@code n} enterprises, in index order. */
    public Stream<Enterprise> enterprises(long n) {
        return LongStream.range(0, n).mapToObj(this::enterprise);
    }

    /** Enterprise number {@code index} (0-based) of this population. */
    public Enterprise enterprise(long index) {
        SplittableRandom r = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
        Choice choice = pick(r.nextDouble() * totalWeight);
        SegmentProfile profile = choice.profile();
        Segment leaf = choice.leaves().get(r.nextInt(choice.leaves().size()));
        List<String> segments = new ArrayList<>(List.of(leaf.code()));
        if (r.nextDouble() < 0.08) {
            Choice other = pick(r.nextDouble() * totalWeight);
            String second = other.leaves().get(r.nextInt(other.leaves().size())).code();
            if (!segments.contains(second)) {
                segments.add(second);
            }
        }

        Park park = null;
        District district;
        if (!choice.parks().isEmpty() && r.nextDouble() < IN_PARK_SHARE) {
            park = choice.parks().get(r.nextInt(choice.parks().size()));
            district = park.district();
        } else {
            district = pickDistrict(r.nextDouble());
        }

        // Younger firms are more common: founding age is roughly exponential, mean about 8 years.
        int maxDays = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(OLDEST_YEAR, 1, 1), REFERENCE_DATE) - 1;
        int ageDays = (int) Math.min(maxDays, -Math.log(1 - r.nextDouble()) * 8 * 365.25);
        LocalDate founded = REFERENCE_DATE.minusDays(1 + ageDays);
        double ageYears = ageDays / 365.25;

        // Heavy tails: staff is log-normal and grows with age; a few firms have thousands.
        int staff = (int) Math.max(3, Math.min(60_000, Math.round(Math.exp(2.4 + 0.09 * Math.min(ageYears, 20) + 1.25 * r.nextGaussian()))));
        double techShare = clamp(0.35 + 0.3 * r.nextDouble() + (profile.rdIntensity() > 0.3 ? 0.15 : 0), 0.1, 0.95);
        int technical = (int) Math.round(staff * techShare);
        int research = (int) Math.round(technical * clamp(0.4 + 0.4 * r.nextDouble(), 0, 1));

        boolean preRevenue = ageYears < 6 && r.nextDouble() < profile.preRevenueShare() * 1.6;
        long revenue = preRevenue ? 0 : Math.round(staff * profile.revenuePerStaffYuan() * Math.exp(0.7 * r.nextGaussian()) / 1000) * 1000;
        double intensity = clamp(profile.rdIntensity() * Math.exp(0.45 * r.nextGaussian()), 0.005, 0.95);
        long lastRd = preRevenue ? Math.round(research * 350_000 * Math.exp(0.4 * r.nextGaussian()) / 1000) * 1000
                : Math.round(revenue * intensity / 1000) * 1000;
        double growth = 1 + 0.15 * r.nextGaussian() + 0.1;
        long[] rd = new long[3];
        rd[2] = lastRd;
        rd[1] = ageYears < 1 ? 0 : Math.max(0, Math.round(lastRd / Math.max(0.5, growth) / 1000) * 1000);
        rd[0] = ageYears < 2 ? 0 : Math.max(0, Math.round(rd[1] / Math.max(0.5, growth) / 1000) * 1000);
        long assets = Math.max(500_000, Math.round((revenue + lastRd * 2 + staff * 200_000) * Math.exp(0.5 * r.nextGaussian()) / 1000) * 1000);
        long highTech = Math.round(revenue * clamp(0.5 + 0.45 * r.nextDouble(), 0, 1) / 1000) * 1000;

        double ipRate = 0.02 + profile.rdIntensity() * 0.25;
        int classOne = poisson(r, research * ipRate * Math.min(ageYears + 0.5, 10) / 4);
        int classTwo = poisson(r, technical * 0.08 * Math.min(ageYears + 0.5, 10) / 3);

        FundingStage stage = stage(r, ageYears, staff);
        long equity = equityRaised(r, stage);

        InventedNames.Name name = InventedNames.make(r, leaf.nameZh(), leaf.nameEn());
        UnifiedSocialCreditCode code = code(index, district);
        return new Enterprise(code, name.zh(), name.en(), founded, district, park == null ? null : park.code(),
                new Headcount(staff, technical, research),
                new Financials(revenue, assets, rd, highTech, equity),
                new IntellectualProperty(classOne, classTwo), stage, segments,
                "Synthetic enterprise (" + leaf.nameEn() + "), generated by Xiandao; not a real company.",
                Origin.synthetic(seed));
    }

    private Choice pick(double x) {
        for (Choice c : choices) {
            if (x < c.cumulative()) {
                return c;
            }
        }
        return choices.get(choices.size() - 1);
    }

    private District pickDistrict(double u) {
        double total = districtWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = u * total;
        for (Map.Entry<District, Double> e : districtWeights.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        return District.PUDONG;
    }

    private static FundingStage stage(SplittableRandom r, double ageYears, int staff) {
        double maturity = Math.log1p(ageYears) + Math.log10(staff) + 0.8 * r.nextGaussian();
        // Many firms never take outside equity; the more mature a firm, the likelier it has.
        if (r.nextDouble() < clamp(0.6 - 0.1 * maturity, 0.05, 0.5)) {
            return FundingStage.NONE;
        }
        FundingStage[] ladder = {FundingStage.ANGEL, FundingStage.SERIES_A, FundingStage.SERIES_B,
            FundingStage.SERIES_C, FundingStage.SERIES_D_PLUS, FundingStage.PRE_IPO, FundingStage.LISTED};
        int step = (int) Math.floor((maturity - 1.5) * 1.4);
        return ladder[Math.max(0, Math.min(ladder.length - 1, step))];
    }

    private static long equityRaised(SplittableRandom r, FundingStage stage) {
        double typical = switch (stage) {
            case NONE -> 0;
            case ANGEL -> 5e6;
            case SERIES_A -> 3e7;
            case SERIES_B -> 1.2e8;
            case SERIES_C -> 3.5e8;
            case SERIES_D_PLUS -> 8e8;
            case PRE_IPO -> 1.2e9;
            case LISTED -> 2.5e9;
        };
        return Math.round(typical * Math.exp(0.6 * r.nextGaussian()) / 10_000) * 10_000;
    }

    /**
     * A valid, unique code: registration authority 9 (market regulation), category 1 (enterprise), the
     * district's division code, then an organisation code whose 8 digits are a bijection of the index.
     */
    static UnifiedSocialCreditCode code(long index, District district) {
        // 7 and 10^8 are coprime, so index -> 7 * index + offset (mod 10^8) is one-to-one.
        long body = Math.floorMod(index * 7_777_777L + 12_345_678L, 100_000_000L);
        String digits = String.format("%08d", body);
        String first17 = "91" + district.divisionCode() + digits + UnifiedSocialCreditCode.organisationCodeCheck(digits);
        return new UnifiedSocialCreditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    }

    private static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Segment codes with a generation profile, for tests and documentation. */
    public static List<String> profiledSegments() {
        return Arrays.stream(SegmentProfile.ALL).map(SegmentProfile::segment).toList();
    }
}
