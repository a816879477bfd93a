package com.careervault.api.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of a job listing; {@code nextCursor} is absent on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobPage(List<JobView> jobs, int count, String nextCursor) {
}
