package org.dataregistry.database;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCompletionException;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes an activity that failed because the database could not be reached fail with a retryable "database
 * unavailable" ({@link DatabaseUnavailable}): Temporal retries it as any temporary failure, and the task's note
 * (the job page, the "retrying: attempt N ..." note) says what happened in words instead of naming a JDBC
 * exception. The original failure is logged and kept as the cause.
 *
 * <p>Ordered first, so that it wraps the activity itself and the other interceptors (the task's attempts and note)
 * see the failure it throws.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailableInterceptor extends WorkerInterceptorBase {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableInterceptor.class);

    @Override
    public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new ActivityInboundCallsInterceptorBase(next) {
            private ActivityExecutionContext context;

            @Override
            public void init(ActivityExecutionContext context) {
                this.context = context;
                super.init(context);
            }

            @Override
            public ActivityOutput execute(ActivityInput input) {
                try {
                    return super.execute(input);
                } catch (RuntimeException failure) {
                    if (!translatable(failure)) {
                        throw failure;
                    }
                    log.warn(
                            "{} attempt {}: database unavailable: {}",
                            context.getInfo().getActivityType(),
                            context.getInfo().getAttempt(),
                            failure.toString());
                    throw DatabaseUnavailable.retryable(failure);
                }
            }
        };
    }

    /**
     * A failure to reach the database, unless the activity already decided it is permanent or Temporal stopped the
     * attempt (a cancel while a query waited for a connection is the cancel).
     */
    static boolean translatable(RuntimeException failure) {
        if (failure instanceof ActivityCompletionException) {
            return false;
        }
        if (failure instanceof ApplicationFailure application
                && (application.isNonRetryable() || DatabaseUnavailable.TYPE.equals(application.getType()))) {
            return false;
        }
        return DatabaseUnavailable.isCause(failure);
    }
}
