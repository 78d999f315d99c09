package org.dataregistry.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testserver.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * With {@code TEMPORAL_ADDRESS} set, the app talks to that Temporal server and starts no in-process one. A Temporal
 * test server listening on a real port stands in for the cluster.
 */
@SpringBootTest(properties = "data-registry.temporal.address=localhost:" + TemporalClusterIT.PORT)
class TemporalClusterIT {

    static final int PORT = 47233;

    private static TestServer.PortBoundTestServer cluster;

    @Autowired
    WorkflowClient client;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startCluster() {
        cluster = TestServer.createPortBoundServer(PORT);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void theAppConnectsToTheConfiguredServer() {
        assertThat(client.getWorkflowServiceStubs().getOptions().getTarget()).isEqualTo("localhost:" + PORT);
        assertThat(client.getWorkflowServiceStubs()
                        .blockingStub()
                        .getSystemInfo(GetSystemInfoRequest.getDefaultInstance())
                        .hasCapabilities())
                .isTrue();
    }

    @Test
    void noInProcessServerIsStarted() {
        assertThat(context.getBeanProvider(TestWorkflowEnvironment.class).getIfAvailable())
                .isNull();
    }
}
