package com.careervault.api.jobs;

import com.careervault.contracts.jobs.JobStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Writes the caller's jobs as {@link JobCsv} text, page by page from the read model: each index page becomes
 * one buffer as it arrives, so memory holds one page, never the whole export.
 */
@Component
class JobCsvExport {

    /** Jobs per DynamoDB page, and so per buffer written. */
    static final int PAGE_SIZE = 500;

    private final JobStore store;

    JobCsvExport(JobStore store) {
        this.store = store;
    }

    /**
     * The file: the header row with the first page, then one buffer per further page. A read-model failure
     * before the first page fails the Flux before anything is written (answered as a problem); a later one
     * cuts the response short (the client sees an incomplete transfer, never a file that looks complete).
     *
     * @param from the first {@code applied_date} to include, or null
     * @param to the last {@code applied_date} to include, or null
     */
    Flux<DataBuffer> write(String userId, LocalDate from, LocalDate to, DataBufferFactory buffers) {
        return store.pages(userId, from, to, PAGE_SIZE).index().map(page -> {
            StringBuilder text = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(text, JobCsv.FORMAT)) {
                if (page.getT1() == 0) {
                    printer.printRecord(JobCsv.HEADER);
                }
                for (JobView job : page.getT2()) {
                    printer.printRecord(cells(job));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringBuilder does not fail
            }
            return buffers.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    /** One job's row, in {@link JobCsv#HEADER} order, every cell made inert. */
    static List<String> cells(JobView job) {
        List<String> cells = new ArrayList<>(JobCsv.HEADER.size());
        for (String value : List.of(nz(job.jobId()), nz(job.company()), nz(job.position()), nz(job.status()),
                nz(job.location()), nz(job.salaryRange()), nz(job.appliedDate()), nz(job.url()), nz(job.notes()),
                nz(job.interviewAt()), nz(job.followUpAt()),
                job.tags() == null ? "" : String.join(JobCsv.TAG_SEPARATOR, job.tags()),
                nz(job.createdAt()), nz(job.updatedAt()))) {
            cells.add(JobCsv.inert(value));
        }
        Map<JobStatus, String> reached = firstReached(job);
        for (JobStatus status : JobStatus.values()) {
            cells.add(nz(reached.get(status)));
        }
        cells.add(JobCsv.inert(nz(job.jobDescription())));
        cells.add(JobCsv.inert(nz(job.source())));
        return cells;
    }

    /**
     * When the job first reached each status, from its history (which keeps the newest 20 steps; a status
     * reached only before those is not known any more).
     */
    private static Map<JobStatus, String> firstReached(JobView job) {
        Map<JobStatus, String> reached = new EnumMap<>(JobStatus.class);
        if (job.statusHistory() != null) {
            for (JobView.StatusChange step : job.statusHistory()) {
                try {
                    reached.putIfAbsent(JobStatus.parse(step.status()), step.at());
                } catch (IllegalArgumentException unknown) {
                    // a status this version does not know has no column
                }
            }
        }
        return reached;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
