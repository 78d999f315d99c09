package org.dataregistry.audit;

import jakarta.validation.Validator;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.Consumer;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.refusal.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.data.repository.CrudRepository;

/**
 * Saves and deletes one kind of aggregate the way every admin action must: validated first (invalid input saves
 * nothing), refused when someone else changed the object meanwhile, and recorded in the audit log with its field
 * changes. Call it inside the facade's transaction.
 */
public final class AuditedRepository<T extends Audited> {

    private final CrudRepository<T, Long> repository;
    private final ObjectType type;
    private final AuditTrail audit;
    private final Validator validator;

    public AuditedRepository(
            CrudRepository<T, Long> repository, ObjectType type, AuditTrail audit, Validator validator) {
        this.repository = repository;
        this.type = type;
        this.audit = audit;
        this.validator = validator;
    }

    /** Creates the object (no id yet) or updates it; returns the saved object. */
    public T save(T object) {
        InvalidInputException.check(validator, object);
        if (object.getId() == null) {
            T saved = write(object);
            audit.created(type, saved);
            return saved;
        }
        SequencedMap<String, String> before = existing(object.getId()).auditedFields();
        T saved = write(object);
        audit.updated(type, before, saved);
        return saved;
    }

    /**
     * Applies {@code change} to a fresh copy of the stored object and saves it, recorded as {@code action} with
     * the fields that changed; a change that changes nothing saves and records nothing. Working on a fresh copy
     * keeps whatever others saved meanwhile; validated and refused on a concurrent write like {@link #save}.
     */
    public T change(long id, Consumer<T> change, AuditAction action) {
        T object = existing(id);
        SequencedMap<String, String> before = object.auditedFields();
        change.accept(object);
        List<FieldChange> changes = FieldChange.between(before, object.auditedFields());
        if (changes.isEmpty()) {
            return object;
        }
        InvalidInputException.check(validator, object);
        T saved = write(object);
        audit.record(type, saved, action, changes);
        return saved;
    }

    /**
     * Updates the object as an action of its own (e.g. {@code DEACTIVATE}), recorded with the fields it changed,
     * or with none (a password reset changes no audited field).
     */
    public T save(T object, AuditAction action) {
        InvalidInputException.check(validator, object);
        SequencedMap<String, String> before = existing(object.getId()).auditedFields();
        T saved = write(object);
        audit.record(type, saved, action, FieldChange.between(before, saved.auditedFields()));
        return saved;
    }

    /** Deletes the object and records who did; returns what was deleted. */
    public T delete(long id) {
        T object = existing(id);
        repository.deleteById(id);
        audit.deleted(type, object);
        return object;
    }

    /** The stored object, or a refusal saying it is gone. */
    public T existing(long id) {
        return repository
                .findById(id)
                .orElseThrow(() -> new ActionRefusedException(
                        "This " + type.label() + " no longer exists: someone may have deleted it. Reload the list."));
    }

    private T write(T object) {
        try {
            return repository.save(object);
        } catch (OptimisticLockingFailureException e) {
            throw changedMeanwhile();
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException) {
                throw changedMeanwhile();
            }
            throw e;
        }
    }

    private ActionRefusedException changedMeanwhile() {
        return new ActionRefusedException("Someone else changed this " + type.label()
                + " while you were editing it, so your changes were not saved. Open it again to see theirs.");
    }
}
