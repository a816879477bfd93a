package com.careervault.migration;

import java.io.PrintStream;
import java.time.Clock;

/**
 * The command: {@code mvn -q -pl migration exec:exec@mongo -Dmongo.uri=mongodb://… [-Dmongo.database=job_tracker]
 * [-Ddry-run]} or {@code -Dmongo.export-dir=DIR}. Settings: {@link MigrationSettings}; what it does:
 * {@link Migration}. Exit status 0 when every document was migrated or reported in the rejects file, 1 when the
 * run stopped (an outage of Kafka, Cognito, DynamoDB or the data keys): a rerun then continues where it stopped;
 * 2 for settings that make no sense.
 */
public final class MigrationMain {

    private MigrationMain() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        MigrationSettings settings;
        try {
            settings = MigrationSettings.from(System.getProperties(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("migration not started: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(settings, out, System.console() != null);
        } catch (RuntimeException e) {
            System.err.println("migration stopped: " + e.getMessage());
            Throwable cause = e.getCause();
            while (cause != null) {
                System.err.println("  caused by: " + cause);
                cause = cause.getCause();
            }
            System.err.println("nothing committed is lost; run the same command again to continue");
            System.exit(1);
        }
    }

    /** Runs one migration and prints its summary; the entry point of the tests and the benchmark too. */
    public static Summary run(MigrationSettings settings, PrintStream out, boolean console) {
        long started = System.nanoTime();
        Clock clock = Clock.systemUTC();
        ProgressTopic progressTopic = new ProgressTopic(settings);
        try (OldDocuments source = settings.exportDir() != null ? new ExportFiles(settings.exportDir())
                        : new LiveMongo(settings.mongoUri(), settings.mongoDatabase());
                Accounts accounts = new Accounts(settings, clock);
                RejectsFile rejects = new RejectsFile(settings.rejectsFile());
                // a dry run appends nothing, so it makes no data keys either
                EventCodecs codecs = settings.dryRun() ? null : EventCodecs.open(settings);
                EventLogWriter log = settings.dryRun() ? null : open(progressTopic, settings, codecs)) {
            // read after the writer fenced any earlier run: nothing can be committed behind this read
            Progress progress = progressTopic.read();
            Summary summary = new Migration(settings, source, accounts, log, progress, rejects,
                    new ProgressBar(out, console), clock).run();
            out.print(summary.render(settings.dryRun(), settings.sourceDescription(), rejects.path(),
                    (System.nanoTime() - started) / 1e9));
            out.flush();
            return summary;
        }
    }

    private static EventLogWriter open(ProgressTopic progressTopic, MigrationSettings settings, EventCodecs codecs) {
        progressTopic.create();
        return new EventLogWriter(settings, codecs.codec());
    }
}
