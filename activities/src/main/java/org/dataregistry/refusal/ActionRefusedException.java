package org.dataregistry.refusal;

/**
 * An action that can't be done in the current state (the object is in use, someone else changed it, it would
 * lock everybody out...). The message tells the user why and what to do instead.
 */
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String message) {
        super(message);
    }
}
