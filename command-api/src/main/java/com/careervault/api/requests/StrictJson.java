package com.careervault.api.requests;

import com.careervault.contracts.text.UnicodeText;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.jdk8.Jdk8OptionalDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ReferenceType;

/**
 * The JSON reading rules of request bodies, stricter than Jackson's defaults:
 * a key given twice is refused (RFC 8259 leaves its meaning open, so any
 * answer would be a guess), as are trailing content and values of another
 * JSON type than the field's ({@code 42} for a string, {@code "true"} for a
 * boolean, {@code 1.5} for a whole number); each such value is noted against
 * its field by {@link FieldProblemCollector} and reading goes on. Every string must be well-formed
 * Unicode and is kept in NFC. An {@code Optional} field reads as null when
 * absent and as empty when sent as JSON null: the two meanings of JSON Merge
 * Patch (RFC 7396), "leave it" and "remove it".
 */
final class StrictJson {

    private StrictJson() {
    }

    static JsonMapper of(JsonMapper base) {
        SimpleModule module = new SimpleModule("careervault-requests");
        module.setDeserializers(new RequestDeserializers());
        return base.rebuild()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(module)
                .addHandler(new FieldProblemCollector())
                .build();
    }

    /** Booleans only from JSON true and false. */
    private static final class BooleanDeserializer extends StdScalarDeserializer<Boolean> {

        BooleanDeserializer() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE)) {
                return parser.getBooleanValue();
            }
            return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
        }
    }

    /** Integers only from JSON integers in the int range. */
    private static final class WholeNumberDeserializer extends StdScalarDeserializer<Integer> {

        WholeNumberDeserializer() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
    }

    /** NFC strings, and Optional fields as merge-patch members: absent is null, JSON null is empty. */
    private static final class RequestDeserializers extends SimpleDeserializers {

        RequestDeserializers() {
            addDeserializer(String.class, UnicodeText.jsonDeserializer());
            addDeserializer(Boolean.class, new BooleanDeserializer());
            addDeserializer(Integer.class, new WholeNumberDeserializer());
        }

        @Override
        public ValueDeserializer<?> findReferenceDeserializer(ReferenceType type, DeserializationConfig config,
                BeanDescription.Supplier description, TypeDeserializer contentTypes,
                ValueDeserializer<?> contentDeserializer) {
            return type.hasRawClass(Optional.class)
                    ? new AbsentAsNull(type, contentTypes, contentDeserializer)
                    : null;
        }
    }

    private static final class AbsentAsNull extends Jdk8OptionalDeserializer {

        AbsentAsNull(tools.jackson.databind.JavaType type, TypeDeserializer contentTypes,
                ValueDeserializer<?> contentDeserializer) {
            super(type, null, contentTypes, contentDeserializer);
        }

        @Override
        public Jdk8OptionalDeserializer withResolved(TypeDeserializer contentTypes,
                ValueDeserializer<?> contentDeserializer) {
            return new AbsentAsNull(_fullType, contentTypes, contentDeserializer);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
