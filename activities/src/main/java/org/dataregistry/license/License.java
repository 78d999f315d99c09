package org.dataregistry.license;

import jakarta.validation.constraints.AssertTrue;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.dataregistry.audit.AuditedEntity;
import org.dataregistry.translation.Language;
import org.dataregistry.translation.Translations;
import org.dataregistry.url.HttpUrl;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A data license a publication can be published under (the original's "data license"). */
@Table("license")
public class License extends AuditedEntity {

    @Embedded.Empty(prefix = "name_")
    private Translations name = new Translations();
    /** Markdown summary of the license's permissions, conditions and limitations. */
    @Embedded.Empty(prefix = "description_")
    private Translations description = new Translations();

    @HttpUrl
    private String url = "";

    @AssertTrue(message = "Enter the license's name in English.")
    public boolean isNamedInEnglish() {
        return !name.getEn().isEmpty();
    }

    @Override
    public String auditName() {
        return name.getEn() + " (" + getId() + ")";
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
}
