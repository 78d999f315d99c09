package org.dataregistry.feedback;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asking before an action with consequences (delete, cancel a job, run one now). */
public final class Confirmation {

    private Confirmation() {}

    /**
     * Opens a dialog that asks to confirm an action, and runs {@code onConfirm} once the user confirms; "Cancel"
     * does nothing. Returns the open dialog, for a caller that adds to it (a reason field, a cancel listener).
     *
     * @param confirmTheme the confirm button's theme, {@code "error primary"} for one that destroys or locks out
     */
    public static ConfirmDialog ask(
            String header, String text, String confirmLabel, String confirmTheme, Runnable onConfirm) {
        ConfirmDialog dialog =
                new ConfirmDialog(header, text, confirmLabel, event -> onConfirm.run(), "Cancel", event -> {});
        dialog.setConfirmButtonTheme(confirmTheme);
        dialog.open();
        return dialog;
    }
}
