package org.xiandao.core.policy.bulk;

/** years_since(date): days to the evaluation date over 365.25, as the interpreter counts. */
final class YearsSince extends Node {
    private final Node date;
    private final double[] out = new double[Chunk.SIZE];

    YearsSince(Node date) {
        this.date = date;
    }

    @Override
    KernelSource.Row rowNumber(KernelSource s) {
        KernelSource.Row d = date.rowDays(s);
        return d.unknown() ? new KernelSource.Row("years(" + d.code() + ", " + s.today() + ")", true, false, true)
                : new KernelSource.Row("((" + s.today() + " - " + d.code() + ") / 365.25)", false, true, true);
    }

    @Override
    double[] numbers(Chunk c) {
        long[] dc = date.dayColumn();
        long[] d = dc != null ? dc : date.days(c);
        int o = dc != null ? c.start : 0;
        long today = c.dateEpochDay;
        for (int i = 0; i < c.n; i++) {
            long day = d[o + i];
            out[i] = day == Long.MIN_VALUE ? Double.NaN : (today - day) / 365.25;
        }
        return out;
    }

    @Override
    VectorSource.Lanes vecNumber(VectorSource v) {
        if (date.dayColumn() == null) {
            throw new KernelSource.CannotFuse("years_since of a computed date");
        }
        // Epoch days are small integers: today − day is exact in doubles, as the scalar path's long subtraction.
        return new VectorSource.Lanes(v.today() + ".sub(" + v.foundedDays() + ").div(365.25)", null, false, true, true);
    }
}
