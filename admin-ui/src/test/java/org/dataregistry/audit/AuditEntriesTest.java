package org.dataregistry.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class AuditEntriesTest {

    @Autowired
    AuditEntries entries;

    @Test
    @WithMockUser(roles = {})
    void anAccountWithoutAGroupCannotReadTheLog() {
        assertThatThrownBy(() -> entries.find(AuditFilter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.count(AuditFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.usernames()).isInstanceOf(AccessDeniedException.class);
    }
}
