package org.dataregistry.layout;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import org.dataregistry.validation.InvalidInputException.Violation;

/** Shows the rules a facade found broken next to the fields at fault, as the form's own checks do. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /**
     * Marks {@code field} invalid with the messages of the violations of {@code property}, one after the other, or
     * clears it when there are none; returns whether there were any.
     */
    public static boolean show(HasValidation field, String property, List<Violation> violations) {
        String messages = violations.stream()
                .filter(violation -> violation.property().equals(property))
                .map(Violation::message)
                .collect(Collectors.joining(" "));
        field.setInvalid(!messages.isEmpty());
        field.setErrorMessage(messages);
        return !messages.isEmpty();
    }
}
