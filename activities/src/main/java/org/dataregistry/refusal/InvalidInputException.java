package org.dataregistry.refusal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Input that breaks a rule; nothing was saved. Each violation names the property and says how to fix it. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String property, String message) {
        return new InvalidInputException(List.of(new Violation(property, message)));
    }

    /** Throws when {@code object} breaks one of its Bean Validation constraints. */
    public static void check(Validator validator, Object object) {
        Set<ConstraintViolation<Object>> violations = validator.validate(object);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::property).thenComparing(Violation::message))
                    .toList());
        }
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * @param property the bean property at fault, e.g. {@code "sourceUrl"} or {@code "dateRangeInOrder"}
     * @param message what to do about it
     */
    public record Violation(String property, String message) {}
}
