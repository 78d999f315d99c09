package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.dataregistry.temporal.TemporalProperties;
import org.junit.jupiter.api.Test;

class JobDirectoryTest {

    @Test
    void linksAJobToItsWorkflowInTheTemporalWebUi() {
        TemporalProperties temporal = new TemporalProperties("temporal:7233", "registry", "https://temporal.example/");

        assertThat(JobDirectory.workflowUrl(temporal, 42))
                .contains("https://temporal.example/namespaces/registry/workflows/job-42");
    }

    @Test
    void noLinkWithoutAWebUi() {
        assertThat(JobDirectory.workflowUrl(new TemporalProperties("", "default", ""), 42))
                .isEmpty();
        assertThat(JobDirectory.workflowUrl(new TemporalProperties("", "default", null), 42))
                .isEmpty();
    }
}
