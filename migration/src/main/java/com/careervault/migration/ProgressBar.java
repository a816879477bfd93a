package com.careervault.migration;

import java.io.PrintStream;

/**
 * Progress on the terminal: on a console, one line rewritten in place ({@code \r}) with a bar, counts and rate;
 * otherwise (a log, CI) a plain line every few seconds. Drawing is throttled so that it never costs the
 * migration noticeable time.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long CONSOLE_EVERY_NANOS = 100_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean console;
    private String task = "";
    private long total;
    private long done;
    private long rejected;
    private long started;
    private long lastDrawn;

    ProgressBar(PrintStream out, boolean console) {
        this.out = out;
        this.console = console;
    }

    /** Starts a bar for {@code total} items ({@code -1} when unknown). */
    void start(String task, long total) {
        this.task = task;
        this.total = total;
        this.done = 0;
        this.rejected = 0;
        this.started = System.nanoTime();
        this.lastDrawn = 0;
        draw(true);
    }

    void step(long items, long rejects) {
        done += items;
        rejected += rejects;
        draw(false);
    }

    void finish() {
        draw(true);
        if (console) {
            out.println();
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDrawn < (console ? CONSOLE_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        String counts = total >= 0 ? String.format("%,d/%,d", done, total) : String.format("%,d", done);
        String line = String.format("%-5s %s %s, %,d rejected, %,.0f/s", task, bar(), counts, rejected,
                done / seconds);
        if (console) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    private String bar() {
        if (total <= 0) {
            return "";
        }
        int filled = (int) Math.min(WIDTH, WIDTH * done / total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    }
}
