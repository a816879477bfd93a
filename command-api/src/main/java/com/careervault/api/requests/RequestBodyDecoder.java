package com.careervault.api.requests;

import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.util.MimeType;
import tools.jackson.databind.json.JsonMapper;

/**
 * WebFlux's JSON decoder, with {@code @RequestBody} parameters of an
 * {@link ApiRequest} type read and validated by {@link RequestReader}. Other
 * types are decoded as Spring does.
 */
final class RequestBodyDecoder extends JacksonJsonDecoder {

    private final RequestReader requests;

    RequestBodyDecoder(JsonMapper json, RequestReader requests) {
        super(json);
        this.requests = requests;
    }

    @Override
    public Object decode(DataBuffer buffer, ResolvableType targetType, MimeType mimeType, Map<String, Object> hints) {
        if (!ApiRequest.class.isAssignableFrom(targetType.toClass())) {
            return super.decode(buffer, targetType, mimeType, hints);
        }
        try {
            byte[] body = new byte[buffer.readableByteCount()];
            buffer.read(body);
            return requests.read(body, targetType.toClass().asSubclass(ApiRequest.class));
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
