package org.xiandao.bench;

import java.util.SplittableRandom;
import org.apache.poi.ss.formula.functions.Irr;
import org.xiandao.core.fund.IrrResult;

/**
 * XIRR over N series of 40 dated flows (default 1,000,000): solves per second and the share of series
 * that get a rate, beside Apache POI's IRR on the same flows treated as periodic (POI has no XIRR),
 * which is what a Java user would otherwise reach for. Series are fund-like (calls, then mostly
 * distributions, quarterly over ten years) with one in ten of irregular sign, deterministic.
 *
 * <p>{@code bench/run XirrBenchmark [N]}
 */
public final class XirrBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int flows = 40;
        int[][] days = new int[n][flows];
        double[][] amounts = new double[n][flows];
        SplittableRandom r = new SplittableRandom(7);
        for (int s = 0; s < n; s++) {
            boolean irregular = r.nextInt(10) == 0;
            for (int i = 0; i < flows; i++) {
                days[s][i] = i * 91 + r.nextInt(20);
                double size = 1000 * Math.exp(r.nextGaussian());
                boolean call = irregular ? r.nextBoolean() : i < 12 ? r.nextDouble() < 0.9 : r.nextDouble() < 0.1;
                amounts[s][i] = call ? -size : size * (0.5 + r.nextDouble());
            }
        }
        // Warm up both.
        for (int s = 0; s < Math.min(n, 20_000); s++) {
            org.xiandao.core.fund.Irr.xirr(days[s], amounts[s]);
            Irr.irr(amounts[s]);
        }
        long t = System.nanoTime();
        long ours = 0;
        long multiple = 0;
        for (int s = 0; s < n; s++) {
            IrrResult res = org.xiandao.core.fund.Irr.xirr(days[s], amounts[s]);
            if (res.hasRate()) {
                ours++;
            }
            if (res.status() == IrrResult.Status.MULTIPLE_ROOTS) {
                multiple++;
            }
        }
        double xirrSeconds = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        long poi = 0;
        for (int s = 0; s < n; s++) {
            double rate = Irr.irr(amounts[s]);
            if (!Double.isNaN(rate) && rate > -1) {
                poi++;
            }
        }
        double poiSeconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("XIRR over %,d series of %d dated flows: %.1f s, %,.0f solves/s; a rate for %.2f%% of series (%.2f%% with several roots, all reported)%n",
                n, flows, xirrSeconds, n / xirrSeconds, 100.0 * ours / n, 100.0 * multiple / n);
        System.out.printf("Apache POI IRR on the same flows as periodic: %.1f s, %,.0f solves/s; a rate above -100%% for %.2f%% of series%n",
                poiSeconds, n / poiSeconds, 100.0 * poi / n);
        System.out.printf("ratio: Xiandao's XIRR runs at %.2fx POI's IRR speed%n", poiSeconds / xirrSeconds);
    }
}
