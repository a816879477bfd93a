package com.careervault.api.requests;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Mono;

/**
 * Request content read whole into an array, for the endpoints that parse bytes themselves (a captured page, a CSV
 * file) rather than through a codec. The size limit stays with the caller: it is applied before the buffers are
 * joined, and each endpoint answers its own 413.
 */
public final class RequestBytes {

    private RequestBytes() {
    }

    /**
     * @param joined the content joined into one buffer ({@link DataBufferUtils#join}); the buffer is released
     *        once copied
     * @return the content's bytes; an empty array when there was no content
     */
    public static Mono<byte[]> of(Mono<DataBuffer> joined) {
        return joined.map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
        }).defaultIfEmpty(new byte[0]);
    }
}
