package org.dataregistry.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dataregistry.feedback.Notices;
import org.dataregistry.refusal.InvalidInputException.Violation;

/** Shows the rules a form or a facade found broken next to the fields at fault, and leads the user to them. */
public final class FieldProblems {

    private FieldProblems() {}

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

    /**
     * After a Save that found problems: scrolls to the first field of {@code form} marked invalid and focuses it
     * (Save sits at the bottom, the first problem may be far above), and says how many fields need correcting.
     * Returns the number of marked fields.
     */
    public static int pointOut(Component form) {
        List<Component> invalid = invalidFields(form);
        if (invalid.isEmpty()) {
            return 0;
        }
        Component first = invalid.getFirst();
        first.scrollIntoView();
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        Notices.error(
                invalid.size() == 1
                        ? "Not saved: correct the marked field."
                        : "Not saved: correct the " + invalid.size() + " marked fields.");
        return invalid.size();
    }

    /**
     * The visible fields under {@code parent} marked invalid, in the order they are shown; a field made of marked
     * fields (a bundle's settings) counts as those.
     */
    static List<Component> invalidFields(Component parent) {
        List<Component> invalid = new ArrayList<>();
        parent.getChildren()
                .filter(child -> !child.getElement().isTextNode() && child.isVisible())
                .forEach(child -> {
                    List<Component> inner = invalidFields(child);
                    if (!inner.isEmpty()) {
                        invalid.addAll(inner);
                    } else if (child instanceof HasValidation field && field.isInvalid()) {
                        invalid.add(child);
                    }
                });
        return invalid;
    }
}
