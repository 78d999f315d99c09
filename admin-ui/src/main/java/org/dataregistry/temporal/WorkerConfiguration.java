package org.dataregistry.temporal;

import io.temporal.spring.boot.WorkerOptionsCustomizer;
import org.dataregistry.task.TaskOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job workers' options, whichever Temporal server they poll. */
@Configuration(proxyBeanMethods = false)
public class WorkerConfiguration {

    /**
     * Heartbeats reach the server every second, so that a cancel reaches a running activity within a second; each
     * worker runs at most its queue's share of activities at once ({@link WorkerCapacity}).
     */
    @Bean
    WorkerOptionsCustomizer workerOptions(WorkerCapacity capacity) {
        return (builder, workerName, taskQueue) -> builder.setMaxHeartbeatThrottleInterval(
                        TaskOptions.HEARTBEAT_THROTTLE)
                .setMaxConcurrentActivityExecutionSize(capacity.forQueue(taskQueue));
    }
}
