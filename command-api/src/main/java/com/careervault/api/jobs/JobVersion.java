package com.careervault.api.jobs;

import com.careervault.api.problems.PreconditionFailedException;
import java.util.List;
import org.springframework.http.ETag;

/**
 * A job's version: the log position ({@code partition-offset}) of the last
 * event applied to it, which the projector stores on the item. It changes
 * with every change, is the same after a rebuild from the log, and is known
 * as soon as a command's event is acknowledged, before it is projected. Sent
 * as a strong entity tag (RFC 9110 §8.8.3).
 */
final class JobVersion {

    private JobVersion() {
    }

    static String of(int partition, long offset) {
        return partition + "-" + offset;
    }

    /** The entity tag of a version, quoted as the {@code ETag} header carries it. */
    static String etag(String version) {
        return new ETag(version, false).formattedTag();
    }

    /**
     * Checks an {@code If-Match} header (RFC 9110 §13.1.1: strong comparison, {@code *} matches any current
     * version); no header means no condition.
     *
     * @throws PreconditionFailedException when no listed tag is the current version
     */
    static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null) {
            return;
        }
        List<ETag> tags = ETag.parse(ifMatch);
        ETag now = new ETag(current, false);
        boolean matches = tags.stream().anyMatch(tag -> tag.isWildcard() || tag.compare(now, true));
        if (!matches) {
            throw new PreconditionFailedException("If-Match",
                    "The job has changed since you read it; read it again (its ETag is now " + now.formattedTag()
                            + ") and reapply your change", now.formattedTag());
        }
    }
}
