package org.dataregistry.feedback;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.refusal.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** Short messages after an action: what happened, or why it didn't. */
public final class Notices {

    private Notices() {}

    public static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Like {@link #error(String)}, for a message with links in it (e.g. to the job that stands in the way). */
    public static void error(Component... message) {
        Notification notification = new Notification(new Div(message));
        notification.setDuration(10000);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    /**
     * Runs an action and reports the refusals users can do something about (invalid input, a conflicting state,
     * a missing permission); returns whether it succeeded.
     */
    public static boolean attempt(Runnable action) {
        return attempt(action, invalid -> error(invalid.getMessage()));
    }

    /** Like {@link #attempt(Runnable)}, for an action with a result: empty when it was refused. */
    public static <T> Optional<T> attemptToGet(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        return attempt(() -> result.set(action.get())) ? Optional.ofNullable(result.get()) : Optional.empty();
    }

    /**
     * Like {@link #attempt(Runnable)}, but hands invalid input to {@code showInvalid}, e.g. to mark the fields at
     * fault where the form could not check them itself (a username someone already has).
     */
    public static boolean attempt(Runnable action, Consumer<InvalidInputException> showInvalid) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            showInvalid.accept(e);
        } catch (ActionRefusedException e) {
            error(e.getMessage());
        } catch (AccessDeniedException e) {
            error("You don't have permission to do that.");
        }
        return false;
    }
}
