package org.xiandao.core.enterprise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;

/**
 * A population of enterprises as columns: one primitive array per field, so that bulk engines read
 * memory in order instead of chasing a million objects. Segments are kept as compressed rows (an offset
 * per enterprise into one array of segment indexes, in taxonomy order).
 */
public final class Population {

    private final int size;
    private final String[] codes;
    private final Map<String, double[]> numbers;
    private final long[] foundedEpochDay;
    private final String[] district;
    private final String[] park;
    private final String[] stage;
    private final int[] segmentOffsets;
    private final int[] segmentIds;
    private final List<String> segmentCodes;
    private final long[] segmentBits;
    private final Map<String, Summary> summaries = new HashMap<>();
    private final boolean foundedMissing;

    /**
     * What holds for every value of a numeric column: whether any is missing (NaN), infinite or zero.
     * The bulk policy engine leaves out checks for values a column never holds.
     */
    public record Summary(boolean anyMissing, boolean anyInfinite, boolean anyZero) {
    }

    private Population(int size, String[] codes, Map<String, double[]> numbers, long[] founded, String[] district,
                       String[] park, String[] stage, int[] segmentOffsets, int[] segmentIds, List<String> segmentCodes) {
        this.size = size;
        this.codes = codes;
        this.numbers = numbers;
        this.foundedEpochDay = founded;
        this.district = district;
        this.park = park;
        this.stage = stage;
        this.segmentOffsets = segmentOffsets;
        this.segmentIds = segmentIds;
        this.segmentCodes = segmentCodes;
        numbers.forEach((name, column) -> {
            boolean missing = false;
            boolean infinite = false;
            boolean zero = false;
            for (double x : column) {
                missing |= x != x;
                infinite |= Double.isInfinite(x);
                zero |= x == 0;
            }
            summaries.put(name, new Summary(missing, infinite, zero));
        });
        boolean noDate = false;
        for (long day : founded) {
            noDate |= day == Long.MIN_VALUE;
        }
        this.foundedMissing = noDate;
        // One bitset of segment indexes per enterprise, for membership tests in a few AND operations.
        int words = (segmentCodes.size() + 63) / 64;
        this.segmentBits = new long[size * words];
        for (int i = 0; i < size; i++) {
            for (int k = segmentOffsets[i]; k < segmentOffsets[i + 1]; k++) {
                int id = segmentIds[k];
                if (id >= 0) {
                    segmentBits[i * words + (id >>> 6)] |= 1L << (id & 63);
                }
            }
        }
    }

    /** The numeric columns, by import-layout name. */
    public static final List<String> NUMBER_COLUMNS = List.of("staff", "technical_staff", "rd_staff", "revenue",
            "total_assets", "rd_expense_y1", "rd_expense_y2", "rd_expense_y3", "high_tech_revenue", "equity_raised",
            "ip_class_one", "ip_class_two");

    public static Population of(Iterator<Enterprise> enterprises, Taxonomy taxonomy) {
        List<String> segmentCodes = taxonomy.segments().stream().map(Segment::code).toList();
        Map<String, Integer> segmentIndex = new HashMap<>();
        for (int i = 0; i < segmentCodes.size(); i++) {
            segmentIndex.put(segmentCodes.get(i), i);
        }
        Builder b = new Builder();
        while (enterprises.hasNext()) {
            b.add(enterprises.next(), segmentIndex);
        }
        return b.build(segmentCodes);
    }

    public static Population of(List<Enterprise> enterprises, Taxonomy taxonomy) {
        return of(enterprises.iterator(), taxonomy);
    }

    private static final class Builder {
        int n;
        String[] codes = new String[1024];
        double[][] numbers = new double[NUMBER_COLUMNS.size()][1024];
        long[] founded = new long[1024];
        String[] district = new String[1024];
        String[] park = new String[1024];
        String[] stage = new String[1024];
        int[] offsets = new int[1025];
        int[] ids = new int[1280];
        int idCount;

        void add(Enterprise e, Map<String, Integer> segmentIndex) {
            if (n == codes.length) {
                int cap = n * 2;
                codes = Arrays.copyOf(codes, cap);
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = Arrays.copyOf(numbers[i], cap);
                }
                founded = Arrays.copyOf(founded, cap);
                district = Arrays.copyOf(district, cap);
                park = Arrays.copyOf(park, cap);
                stage = Arrays.copyOf(stage, cap);
                offsets = Arrays.copyOf(offsets, cap + 1);
            }
            codes[n] = e.code().value();
            var f = e.financials();
            double[] v = {e.headcount().staff(), e.headcount().technical(), e.headcount().research(), f.revenue(),
                f.totalAssets(), f.rdExpense(0), f.rdExpense(1), f.rdExpense(2), f.highTechRevenue(), f.equityRaised(),
                e.ip().classOne(), e.ip().classTwo()};
            for (int i = 0; i < v.length; i++) {
                numbers[i][n] = v[i];
            }
            founded[n] = e.founded().toEpochDay();
            district[n] = e.district().name();
            park[n] = e.parkCode();
            stage[n] = e.stage().name();
            for (String s : e.segments()) {
                if (idCount == ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                }
                Integer id = segmentIndex.get(s);
                ids[idCount++] = id == null ? -1 : id;
            }
            n++;
            offsets[n] = idCount;
        }

        Population build(List<String> segmentCodes) {
            Map<String, double[]> cols = new HashMap<>();
            for (int i = 0; i < NUMBER_COLUMNS.size(); i++) {
                cols.put(NUMBER_COLUMNS.get(i), Arrays.copyOf(numbers[i], n));
            }
            return new Population(n, Arrays.copyOf(codes, n), cols, Arrays.copyOf(founded, n), Arrays.copyOf(district, n),
                    Arrays.copyOf(park, n), Arrays.copyOf(stage, n), Arrays.copyOf(offsets, n + 1), Arrays.copyOf(ids, idCount),
                    segmentCodes);
        }
    }

    public int size() { return size; }

    public String code(int i) { return codes[i]; }

    /** The column of a numeric field, or null when the population has no such column. */
    public double[] numbers(String name) { return numbers.get(name); }

    public long[] foundedEpochDay() { return foundedEpochDay; }

    /** What holds for every value of a numeric column, or null when the population has no such column. */
    public Summary summary(String name) { return summaries.get(name); }

    private volatile double[] foundedDays;
    private final java.util.concurrent.ConcurrentHashMap<List<Long>, double[]> memberships = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * For each enterprise, 1.0 when any of its segment bits is in {@code mask} (over
     * {@link #segmentCodes()}, as in {@link #segmentBits()}), else 0.0; made once per mask and kept, as
     * a bitmap index is. SIMD policy kernels read segment tests this way: gathering each row's words is
     * not vectorised on JDK 17.
     */
    public double[] segmentMembership(long[] mask) {
        List<Long> key = new ArrayList<>();
        for (long m : mask) {
            key.add(m);
        }
        return memberships.computeIfAbsent(key, k -> {
            int words = (segmentCodes.size() + 63) / 64;
            double[] member = new double[size];
            for (int i = 0; i < size; i++) {
                long any = 0;
                for (int w = 0; w < words && w < mask.length; w++) {
                    any |= segmentBits[i * words + w] & mask[w];
                }
                member[i] = any != 0 ? 1.0 : 0.0;
            }
            return member;
        });
    }

    /** {@link #foundedEpochDay()} as doubles, made on first use: SIMD kernels read dates this way. */
    public double[] foundedEpochDayAsDoubles() {
        double[] days = foundedDays;
        if (days == null) {
            days = new double[size];
            for (int i = 0; i < size; i++) {
                days[i] = foundedEpochDay[i];
            }
            foundedDays = days;
        }
        return days;
    }

    /** Whether any enterprise lacks a founding date ({@link Long#MIN_VALUE} in {@link #foundedEpochDay()}). */
    public boolean foundedMissing() { return foundedMissing; }

    /** A text column: district, park or funding_stage; null for an unknown name. */
    public String[] texts(String name) {
        return switch (name) {
            case "district" -> district;
            case "park" -> park;
            case "funding_stage" -> stage;
            default -> null;
        };
    }

    public int segmentStart(int i) { return segmentOffsets[i]; }

    public int segmentEnd(int i) { return segmentOffsets[i + 1]; }

    /** Segment index at position {@code k} of the segment array (see {@link #segmentStart}); -1 for a code not in the taxonomy. */
    public int segmentId(int k) { return segmentIds[k]; }

    public List<String> segmentCodes() { return segmentCodes; }

    /**
     * Each enterprise's segments as a bitset over {@link #segmentCodes()}: enterprise {@code i} owns the
     * {@code (segmentCodes().size() + 63) / 64} words starting at {@code i} times that count.
     */
    public long[] segmentBits() { return segmentBits; }

    /** The main (first) segment of enterprise {@code i}, or null. */
    public String mainSegment(int i) {
        int s = segmentOffsets[i];
        return s < segmentOffsets[i + 1] && segmentIds[s] >= 0 ? segmentCodes.get(segmentIds[s]) : null;
    }
}
