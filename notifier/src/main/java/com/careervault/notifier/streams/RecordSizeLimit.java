package com.careervault.notifier.streams;

/**
 * The largest record value (in bytes) the notifier derives from an event: state changelog records and
 * analytics records (dead letters copy the original record and have their own bound, in {@code EventIntake}). Under {@code exactly_once_v2} a record the producer or broker refuses as
 * too large does not fail alone: the producer's transaction becomes abortable, Kafka Streams aborts and
 * re-processes the same input, and the partition is stuck. So sizes are checked <em>before</em> anything
 * is handed to the producer, where a failure is an ordinary processing failure of one input record.
 *
 * @param maxValueBytes must stay below the producer's {@code max.request.size} and the topics'
 *        {@code max.message.bytes} (both about 1 MiB by default), with room for key and headers
 */
public record RecordSizeLimit(int maxValueBytes) {

    public static final RecordSizeLimit DEFAULT = new RecordSizeLimit(256 * 1024);

    public RecordSizeLimit {
        if (maxValueBytes < 1024) {
            throw new IllegalArgumentException("maxValueBytes must be at least 1024, got " + maxValueBytes);
        }
    }

    /** Returns {@code value} unchanged, or throws {@link RecordTooLargeToWriteException} naming {@code what}. */
    public byte[] check(String what, byte[] value) {
        if (value != null && value.length > maxValueBytes) {
            throw new RecordTooLargeToWriteException(what, value.length, maxValueBytes);
        }
        return value;
    }
}
