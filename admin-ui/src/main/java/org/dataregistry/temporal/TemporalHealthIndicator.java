package org.dataregistry.temporal;

import io.grpc.health.v1.HealthCheckResponse;
import io.temporal.client.WorkflowClient;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** {@code temporal} in {@code /actuator/health}: whether the Temporal frontend that runs the jobs answers. */
@Component("temporal")
class TemporalHealthIndicator extends AbstractHealthIndicator {

    private final WorkflowClient client;

    TemporalHealthIndicator(WorkflowClient client) {
        super("Temporal health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        HealthCheckResponse.ServingStatus status =
                client.getWorkflowServiceStubs().healthCheck().getStatus();
        (status == HealthCheckResponse.ServingStatus.SERVING ? builder.up() : builder.down())
                .withDetail("status", status.name());
    }
}
