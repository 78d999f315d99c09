package org.dataregistry.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.dataregistry.audit.AuditedEntity;
import org.dataregistry.audit.AuditedValue;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A site administrator's account. The password is kept only as a BCrypt hash. */
@Table("users")
public class User extends AuditedEntity {

    /** The fields of {@link #auditedFields()} that record a code, and what it is. */
    public static final Map<String, AuditedValue> AUDITED_VALUES = Map.of(
            "active", AuditedValue.YES_NO,
            "superuser", AuditedValue.YES_NO);

    @NotBlank(message = "Enter a username.")
    @Pattern(regexp = "|[A-Za-z0-9@.+_-]{1,150}", message = "Use up to 150 letters, digits and @ . + - _ only.")
    private String username = "";

    private String passwordHash = "";
    private String firstName = "";
    private String lastName = "";

    @Email(message = "Enter a valid email address.")
    private String email = "";

    private boolean active = true;
    private boolean superuser;
    private Instant lastLogin;

    @MappedCollection(idColumn = "user_id")
    private Set<GroupMembership> memberships = Set.of();

    public Set<Group> getGroups() {
        return memberships.stream()
                .map(GroupMembership::group)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Group.class)));
    }

    public void setGroups(Set<Group> groups) {
        memberships = groups.stream().map(GroupMembership::new).collect(Collectors.toUnmodifiableSet());
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    @Override
    public String auditName() {
        return username + " (" + getId() + ")";
    }

    @Override
    public SequencedMap<String, String> auditedFields() {
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("first name", firstName);
        fields.put("last name", lastName);
        fields.put("email", email);
        fields.put("active", String.valueOf(active));
        fields.put("superuser", String.valueOf(superuser));
        fields.put("groups", getGroups().stream().map(Group::label).collect(Collectors.joining(", ")));
        return fields;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName == null ? "" : firstName.strip();
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName == null ? "" : lastName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isSuperuser() {
        return superuser;
    }

    public void setSuperuser(boolean superuser) {
        this.superuser = superuser;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    public void setLastLogin(Instant lastLogin) {
        this.lastLogin = lastLogin;
    }
}
