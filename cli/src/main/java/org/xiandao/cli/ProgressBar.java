package org.xiandao.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr. Hand-written because the libraries for this pull in a terminal
 * toolkit (JLine) to draw one line; when stderr is not a terminal it prints a line per 10% instead.
 */
final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int lastTenth = -1;

    ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.terminal = System.console() != null;
    }

    void update(long done) {
        double f = Math.min(1.0, (double) done / total);
        if (terminal) {
            int filled = (int) Math.round(f * WIDTH);
            out.printf("\r%s [%s%s] %3.0f%% %,d/%,d %.1fs", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    f * 100, done, total, seconds());
            out.flush();
        } else {
            int tenth = (int) (f * 10);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.printf("%s %3d%% (%,d/%,d, %.1fs)%n", label, tenth * 10, done, total, seconds());
            }
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public void close() {
        if (terminal) {
            out.println();
        }
    }
}
