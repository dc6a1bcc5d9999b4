package org.xiandao.core.enterprise;

/**
 * The money figures the rulebooks ask about, all in yuan (元) for the last full year unless named
 * otherwise. Whole yuan are exact enough for eligibility and statistics; ledgers in the fund module use
 * exact decimals.
 *
 * @param revenue             operating revenue
 * @param totalAssets         total assets at year end
 * @param rdExpense           R&amp;D expense of the last three years, oldest first
 * @param highTechRevenue     revenue from high-tech products and services
 * @param equityRaised        total equity raised to date
 */
public record Financials(long revenue, long totalAssets, long[] rdExpense, long highTechRevenue, long equityRaised) {

    public Financials {
        if (rdExpense == null || rdExpense.length != 3) {
            throw new IllegalArgumentException("R&D expense needs exactly three years");
        }
        rdExpense = rdExpense.clone();
        if (revenue < 0 || totalAssets < 0 || highTechRevenue < 0 || equityRaised < 0) {
            throw new IllegalArgumentException("amounts cannot be negative");
        }
        for (long r : rdExpense) {
            if (r < 0) {
                throw new IllegalArgumentException("R&D expense cannot be negative");
            }
        }
    }

    @Override
    public long[] rdExpense() {
        return rdExpense.clone();
    }

    /** R&amp;D expense of year {@code i}, 0 = three years ago, 2 = last year. */
    public long rdExpense(int i) {
        return rdExpense[i];
    }

    public long rdExpenseTotal() {
        return rdExpense[0] + rdExpense[1] + rdExpense[2];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Financials f && revenue == f.revenue && totalAssets == f.totalAssets
                && java.util.Arrays.equals(rdExpense, f.rdExpense) && highTechRevenue == f.highTechRevenue
                && equityRaised == f.equityRaised;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(revenue, totalAssets, java.util.Arrays.hashCode(rdExpense), highTechRevenue, equityRaised);
    }

    @Override
    public String toString() {
        return "Financials[revenue=" + revenue + ", totalAssets=" + totalAssets + ", rdExpense="
                + java.util.Arrays.toString(rdExpense) + ", highTechRevenue=" + highTechRevenue
                + ", equityRaised=" + equityRaised + "]";
    }
}
