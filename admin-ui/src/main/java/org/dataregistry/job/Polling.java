package org.dataregistry.job;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Refreshes a view every {@value #INTERVAL_MS} ms while what it shows is incomplete (a job running), by Vaadin
 * polling: on while the view says so, off when everything shown is complete and when the view detaches.
 */
final class Polling {

    static final int INTERVAL_MS = 2000;

    private final Component view;
    private boolean wanted;
    private Registration listener;

    /** Runs {@code refresh} at each poll while {@code view} is attached and {@link #pollWhile} says so. */
    Polling(Component view, Runnable refresh) {
        this.view = view;
        view.addAttachListener(event -> {
            listener = event.getUI().addPollListener(poll -> refresh.run());
            apply(event.getUI());
        });
        view.addDetachListener(event -> {
            listener.remove();
            event.getUI().setPollInterval(-1);
        });
    }

    /** Polls while {@code incomplete}, stops otherwise. */
    void pollWhile(boolean incomplete) {
        wanted = incomplete;
        view.getUI().ifPresent(this::apply);
    }

    private void apply(UI ui) {
        ui.setPollInterval(wanted ? INTERVAL_MS : -1);
    }
}
