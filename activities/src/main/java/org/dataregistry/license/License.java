package org.dataregistry.license;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;

import jakarta.validation.constraints.AssertTrue;
import org.dataregistry.audit.Audited;
import org.dataregistry.translation.Language;
import org.dataregistry.translation.Translations;
import org.dataregistry.validation.HttpUrl;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A data license a publication can be published under (the original's "data license"). */
@Table("license")
public class License implements Audited {

    @Id
    private Long id;
    @Embedded.Empty(prefix = "name_")
    private Translations name = new Translations();
    /** Markdown summary of the license's permissions, conditions and limitations. */
    @Embedded.Empty(prefix = "description_")
    private Translations description = new Translations();
    @HttpUrl
    private String url = "";

    @Version
    private Integer version;
    @CreatedDate
    private Instant created;
    @LastModifiedDate
    private Instant modified;

    @AssertTrue(message = "Enter the license's name in English.")
    public boolean isNamedInEnglish() {
        return !name.getEn().isEmpty();
    }

    @Override
    public String auditName() {
        return name.getEn() + " (" + id + ")";
    }

    @Override
    public SequencedMap<String, String> auditedFields() {
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            fields.put("name [" + language.code() + "]", name.get(language));
        }
        for (Language language : Language.values()) {
            fields.put("description [" + language.code() + "]", description.get(language));
        }
        fields.put("URL", url);
        return fields;
    }

    @Override
    public String toString() {
        return auditName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof License that && id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Translations getName() {
        return name;
    }

    public void setName(Translations name) {
        this.name = name;
    }

    public Translations getDescription() {
        return description;
    }

    public void setDescription(Translations description) {
        this.description = description;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url.strip();
    }

    public Integer getVersion() {
        return version;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getModified() {
        return modified;
    }
}
