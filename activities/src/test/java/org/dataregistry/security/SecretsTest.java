package org.dataregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void theUserinfoOfEveryUrlIsMasked() {
        assertThat(Secrets.mask("Scrapyd at http://admin:s3cr%40t@scrapyd:6800/ and postgresql://kf:p@ss@db/kf failed"))
                .isEqualTo("Scrapyd at http://***@scrapyd:6800/ and postgresql://***@db/kf failed");
    }

    @Test
    void passwordParametersAreMasked() {
        assertThat(Secrets.mask("jdbc:postgresql://db:5432/kf?user=kf&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/kf?user=kf&password=***&ssl=true");
    }

    @Test
    void textWithoutSecretsIsUnchanged() {
        String text = "HTTP 500 from https://example.com/releases?page=2 (user@example.com)";

        assertThat(Secrets.mask(text)).isEqualTo(text);
        assertThat(Secrets.mask(null)).isNull();
    }
}
