package org.dataregistry.publication;

import java.util.function.Predicate;
import org.dataregistry.audit.AuditAction;

/**
 * The two switches an administrator flips on a publication without editing it, from the list or the form: what
 * each is called, what flipping it either way does, and which facade action flips it.
 */
enum PublicationSwitch {
    PUBLIC(
            "Public",
            PublicationOrder.PUBLIC,
            Publication::isPublished,
            PublicationSummary::published,
            Publications::setPublished,
            new Flip(
                    "Publish",
                    AuditAction.PUBLISH,
                    "Anonymous visitors will see it once it has an active job or a no-data rationale."),
            new Flip("Unpublish", AuditAction.UNPUBLISH, "Anonymous visitors will no longer see it.")),

    FROZEN(
            "Frozen",
            PublicationOrder.FROZEN,
            Publication::isFrozen,
            PublicationSummary::frozen,
            Publications::setFrozen,
            new Flip(
                    "Freeze",
                    AuditAction.FREEZE,
                    "No job will be scheduled for it until it is unfrozen: use this while its source is broken."),
            new Flip(
                    "Unfreeze",
                    AuditAction.UNFREEZE,
                    "Jobs will be scheduled for it again, at its retrieval frequency."));

    private final String label;
    private final PublicationOrder order;
    private final Predicate<Publication> isOn;
    private final Predicate<PublicationSummary> isOnInList;
    private final Setter setter;
    private final Flip on;
    private final Flip off;

    PublicationSwitch(
            String label,
            PublicationOrder order,
            Predicate<Publication> isOn,
            Predicate<PublicationSummary> isOnInList,
            Setter setter,
            Flip on,
            Flip off) {
        this.label = label;
        this.order = order;
        this.isOn = isOn;
        this.isOnInList = isOnInList;
        this.setter = setter;
        this.on = on;
        this.off = off;
    }

    /** The field's name, e.g. "Frozen". */
    String label() {
        return label;
    }

    /** How the list sorts by it. */
    PublicationOrder order() {
        return order;
    }

    boolean isOn(Publication publication) {
        return isOn.test(publication);
    }

    boolean isOn(PublicationSummary publication) {
        return isOnInList.test(publication);
    }

    /** Turning it on, or off. */
    Flip to(boolean on) {
        return on ? this.on : off;
    }

    /** Flips the switch of the stored publication through the facade (which checks, saves and audits). */
    void set(Publications publications, long id, boolean on) {
        setter.set(publications, id, on);
    }

    /**
     * Turning a switch one way.
     *
     * @param action what the button says, e.g. "Freeze"
     * @param recordedAs how the audit log records it; its verb tells the user it is done
     * @param consequence what it does to the publication, for the confirmation
     */
    record Flip(String action, AuditAction recordedAs, String consequence) {

        /** What to tell once it is done, e.g. {@code Froze "Tenders (3)".} */
        String done(String publication) {
            return recordedAs.verb() + " \"" + publication + "\".";
        }
    }

    /** One of the facade's switch actions, e.g. {@link Publications#setFrozen}. */
    @FunctionalInterface
    interface Setter {
        void set(Publications publications, long id, boolean on);
    }
}
