package com.careervault.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The headline figures, each divided by its reference from the same run. */
final class Report {

    /** One row: a figure, its reference, the ratio and, where the issue sets one, the target. */
    record Headline(String figure, double value, String unit, String reference, double referenceValue,
            Double targetRatio, boolean higherIsBetter) {

        double ratio() {
            return Stats.ratio(value, referenceValue);
        }

        /** Met, missed, or null when there is no target. */
        Boolean met() {
            if (targetRatio == null) {
                return null;
            }
            return higherIsBetter ? ratio() >= targetRatio : ratio() <= targetRatio;
        }
    }

    private final List<Headline> rows = new ArrayList<>();

    Report(int concurrency, int lanes, Stats noop, Stats commands, Stats kafka, Stats putItems,
            double projectorPerSecond, int drainEvents, Stats lag, double lagRate, Stats query, Stats noopGet) {
        String c = "c=" + concurrency;
        rows.add(new Headline("accepted commands/s (POST /api/jobs, " + c + ")", commands.perSecond(), "/s",
                "no-op authenticated POST, " + c, noop.perSecond(), 0.60, true));
        rows.add(new Headline("accepted commands/s (POST /api/jobs, " + c + ")", commands.perSecond(), "/s",
                "raw Kafka producer sends/s, same payload and settings, " + c, kafka.perSecond(), null, true));
        for (double p : new double[] {50, 95, 99}) {
            rows.add(new Headline("command latency p" + (int) p, commands.millis(p), "ms",
                    "no-op authenticated POST p" + (int) p, noop.millis(p), null, false));
        }
        rows.add(new Headline("projector events/s (drain of " + drainEvents + " job.created)", projectorPerSecond,
                "/s", "raw conditional PutItem/s on the same dynalite, c=" + lanes, putItems.perSecond(), 0.70, true));
        String at = String.format(Locale.ROOT, " at %.0f commands/s", lagRate);
        for (double p : new double[] {50, 99}) {
            rows.add(new Headline("command → read-model lag p" + (int) p + at, lag.millis(p), "ms",
                    "raw PutItem latency p" + (int) p + ", c=" + lanes, putItems.millis(p), null, false));
        }
        for (double p : new double[] {50, 99}) {
            rows.add(new Headline("GET /api/jobs latency p" + (int) p + " (" + c + ")", query.millis(p), "ms",
                    "no-op authenticated GET p" + (int) p, noopGet.millis(p), null, false));
        }
        rows.add(new Headline("GET /api/jobs/s (" + c + ")", query.perSecond(), "/s",
                "no-op authenticated GET/s", noopGet.perSecond(), null, true));
    }

    /**
     * The enricher's cost (issue 16): its events/s with the offline provider draining {@code events}
     * job.created with descriptions, against the projector's drain of as many job.created (same run); and
     * the command rate and p99 with job descriptions while the enricher runs, against the same with the
     * enricher's listener paused.
     */
    void enricher(double enricherPerSecond, int events, double projectorPerSecond, Stats withEnricher,
            Stats withoutEnricher, int concurrency) {
        rows.add(new Headline("enricher events/s (drain of " + events + " job.created with descriptions, lexical)",
                enricherPerSecond, "/s", "projector events/s (drain of " + events + " job.created)",
                projectorPerSecond, null, true));
        String c = "c=" + concurrency;
        rows.add(new Headline("accepted commands/s with descriptions, enricher running (" + c + ")",
                withEnricher.perSecond(), "/s", "same, enricher paused", withoutEnricher.perSecond(), null, true));
        rows.add(new Headline("command latency p99 with descriptions, enricher running", withEnricher.millis(99),
                "ms", "same, enricher paused", withoutEnricher.millis(99), null, false));
    }

    /**
     * The MongoDB migration's jobs/s (each a JobCreated appended in transactions of 500 with its progress
     * record) against the raw producer's sends/s of the same run.
     */
    void migration(double jobsPerSecond, int jobs, Stats kafka, int concurrency) {
        rows.add(new Headline("MongoDB migration jobs/s (" + jobs + " jobs, transactions of 500)", jobsPerSecond,
                "/s", "raw Kafka producer sends/s, c=" + concurrency, kafka.perSecond(), null, true));
    }

    /**
     * Documents' uploads/s through the content-addressed store (hash, spool, HeadObject, conditional
     * PutObject) against raw PutObjects of the same size on the same S3-API server (issue 20).
     */
    void documents(DocumentUploads.Result uploads) {
        String what = (uploads.size() / 1024) + " KB, c=" + uploads.concurrency();
        rows.add(new Headline("document uploads/s (store put, " + what + ")", uploads.store().perSecond(), "/s",
                "raw PutObject/s on the same S3 server, " + what, uploads.raw().perSecond(), null, true));
    }

    List<Headline> rows() {
        return rows;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| figure | measured | reference | reference value | ratio | target |\n");
        out.append("| --- | ---: | --- | ---: | ---: | --- |\n");
        for (Headline row : rows) {
            Boolean met = row.met();
            String target = met == null ? "" : (row.higherIsBetter() ? "≥ " : "≤ ")
                    + format(row.targetRatio()) + (met ? " met" : " MISSED");
            out.append("| ").append(row.figure())
                    .append(" | ").append(format(row.value())).append(' ').append(row.unit())
                    .append(" | ").append(row.reference())
                    .append(" | ").append(format(row.referenceValue())).append(' ').append(row.unit())
                    .append(" | ").append(format(row.ratio()))
                    .append(" | ").append(target).append(" |\n");
        }
        return out.toString();
    }

    List<Map<String, Object>> headlines() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Headline row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("figure", row.figure());
            m.put("value", Stats.round(row.value()));
            m.put("unit", row.unit());
            m.put("reference", row.reference());
            m.put("reference_value", Stats.round(row.referenceValue()));
            m.put("ratio", Double.isNaN(row.ratio()) ? null : Math.round(row.ratio() * 1000) / 1000.0);
            m.put("target_ratio", row.targetRatio());
            m.put("met", row.met());
            list.add(m);
        }
        return list;
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
