package org.dataregistry.audit;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What an audited field records when its value is a code or an id rather than text as the forms show it, so that
 * the audit log can show it as the forms do. The log keeps the code or id as recorded (stable, and what links need);
 * the label or name is looked up when the log is shown, for old entries and new alike.
 */
public sealed interface AuditedValue {

    /** A flag, recorded as {@code true} or {@code false}, shown as Yes or No. */
    AuditedValue YES_NO = new Label(code -> switch (code) {
        case "true" -> "Yes";
        case "false" -> "No";
        default -> code;
    });

    /** A constant of {@code type}, recorded by its name and shown by {@code label}; an unknown name as recorded. */
    static <E extends Enum<E>> AuditedValue label(Class<E> type, Function<E, String> label) {
        return new Label(code -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(code))
                .findFirst()
                .map(label)
                .orElse(code));
    }

    /** The id of an object of {@code type}, shown by its name and linked to its page. */
    static AuditedValue reference(ObjectType type) {
        return new Reference(type);
    }

    /** A recorded code and the text it is shown as. */
    record Label(UnaryOperator<String> text) implements AuditedValue {}

    /** A recorded id of an object of {@code type}. */
    record Reference(ObjectType type) implements AuditedValue {}
}
