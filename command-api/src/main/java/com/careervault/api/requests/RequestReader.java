package com.careervault.api.requests;

import com.careervault.api.problems.FieldProblem;
import com.careervault.api.problems.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.core.codec.DecodingException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@link ApiRequest} record from a JSON body and validates it,
 * reporting in one {@link InvalidRequestException} every field that has the
 * wrong JSON type or form (see {@link StrictJson}) and every field that breaks
 * a constraint. A body that is not JSON at all is a {@link DecodingException}
 * (400 "malformed request").
 */
@Component
public class RequestReader {

    private final JsonMapper strict;
    private final Validator validator;

    public RequestReader(JsonMapper json, Validator validator) {
        this.strict = StrictJson.of(json);
        this.validator = validator;
    }

    /**
     * @throws InvalidRequestException listing every bad field
     * @throws DecodingException when the body is not one JSON object
     */
    public <T extends ApiRequest> T read(byte[] body, Class<T> type) {
        return read(body, strict.constructType(type));
    }

    @SuppressWarnings("unchecked")
    <T> T read(byte[] body, JavaType type) {
        List<FieldProblem> problems = FieldProblemCollector.newBucket();
        ObjectReader reader = strict.readerFor(type).withAttribute(FieldProblemCollector.PROBLEMS, problems);
        T value;
        try {
            value = reader.readValue(body);
        } catch (StreamReadException e) {
            throw unreadable(e, problems);
        } catch (DatabindException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new InvalidRequestException(FieldNames.BODY, "must be one JSON object with nothing after it");
            }
            // a mistake the collector could not step over: report it with what was noted before it
            Class<?> expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? mismatch.getTargetType() : type.getRawClass();
            problems.add(new FieldProblem(FieldNames.of(e), FieldProblemCollector.expectation(expected)));
            throw new InvalidRequestException(problems);
        } catch (JacksonException e) {
            // the parser's own bounds (nesting depth, number and string lengths): not JSON this API reads
            throw new DecodingException("The request body is not JSON this API accepts: " + e.getOriginalMessage(), e);
        }
        if (value == null) {
            throw new InvalidRequestException(FieldNames.BODY, "must be a JSON object");
        }
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            String field = FieldNames.of(violation.getPropertyPath());
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new FieldProblem(field, violation.getMessage()));
            }
        }
        if (value instanceof ApiRequest request) {
            for (FieldProblem problem : request.crossFieldProblems()) {
                if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(sorted(problems));
        }
        return value;
    }

    /** A duplicate key or broken UTF-8 inside a value is the client's field mistake; anything else is not JSON. */
    private static RuntimeException unreadable(StreamReadException e, List<FieldProblem> problems) {
        String field = e.processor() != null && e.processor().currentName() != null
                ? FieldNames.of(e.processor().streamReadContext().pathAsPointer()) : null;
        String message = e.getOriginalMessage();
        if (field != null && message != null && message.startsWith("Duplicate Object property")) {
            problems.add(new FieldProblem(field, "is given more than once; send each field once"));
            return new InvalidRequestException(problems);
        }
        if (field != null && message != null && message.contains("UTF-8")) {
            problems.add(new FieldProblem(field, "must be well-formed Unicode text (UTF-8)"));
            return new InvalidRequestException(problems);
        }
        return new DecodingException("The request body is not valid JSON: " + message, e);
    }

    private static List<FieldProblem> sorted(List<FieldProblem> problems) {
        return Set.copyOf(problems).stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
    }
}
