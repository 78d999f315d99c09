package org.dataregistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.dataregistry.publication.Publication;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.user.User;
import org.junit.jupiter.api.Test;

class AuditedValueTest {

    @Test
    void everyFieldDeclaredAsACodeOrAnIdIsOneTheObjectRecords() {
        assertThat(new Publication().auditedFields().keySet()).containsAll(Publication.AUDITED_VALUES.keySet());
        assertThat(new User().auditedFields().keySet()).containsAll(User.AUDITED_VALUES.keySet());
    }

    @Test
    void aCodeShowsAsItsLabelAndAnUnknownOneAsRecorded() {
        AuditedValue.Label frequency =
                (AuditedValue.Label) AuditedValue.label(RetrievalFrequency.class, RetrievalFrequency::label);

        assertThat(frequency.text().apply("BIWEEKLY")).isEqualTo("Every 2 weeks");
        assertThat(frequency.text().apply("FORTNIGHTLY")).isEqualTo("FORTNIGHTLY");
    }

    @Test
    void flagsShowAsYesOrNo() {
        AuditedValue.Label flag = (AuditedValue.Label) AuditedValue.YES_NO;

        assertThat(flag.text().apply("true")).isEqualTo("Yes");
        assertThat(flag.text().apply("false")).isEqualTo("No");
    }
}
