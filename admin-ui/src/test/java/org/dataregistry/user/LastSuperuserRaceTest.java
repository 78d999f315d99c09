package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dataregistry.AppTest;
import org.dataregistry.refusal.ActionRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Two superusers demoting each other at the same moment must not leave the registry without one. */
@AppTest
class LastSuperuserRaceTest {

    @Autowired
    Users users;

    @Autowired
    UserRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Timeout(60)
    @WithMockUser(roles = UsersTest.SUPERUSER)
    void twoSimultaneousDemotionsCannotBothSucceed() throws Exception {
        User bob = UsersTest.user("bob");
        bob.setSuperuser(true);
        long bobId = users.create(bob, UsersTest.password(UsersTest.PASSWORD)).getId();
        long adminId =
                repository.findByUsernameIgnoreCase("admin").orElseThrow().getId();
        ExecutorService other = new DelegatingSecurityContextExecutorService(
                Executors.newSingleThreadExecutor(), SecurityContextHolder.getContext());
        try {
            Future<User> demotingBob = transaction.execute(status -> {
                users.update(demoted(adminId));
                Future<User> concurrent = other.submit(() -> users.update(demoted(bobId)));
                waitUntilBlockedOrDone(concurrent);
                return concurrent;
            });

            assertThatThrownBy(demotingBob::get)
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ActionRefusedException.class);
        } finally {
            other.shutdownNow();
        }
        assertThat(repository.findById(bobId).orElseThrow().isSuperuser()).isTrue();
        assertThat(repository.findById(adminId).orElseThrow().isSuperuser()).isFalse();
    }

    private User demoted(long id) {
        User user = users.get(id);
        user.setSuperuser(false);
        user.setGroups(Set.of(Group.VIEWER));
        return user;
    }

    private void waitUntilBlockedOrDone(Future<?> concurrent) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!concurrent.isDone() && !aSessionWaitsForALock() && Instant.now().isBefore(deadline)) {
            sleep();
        }
    }

    private boolean aSessionWaitsForALock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
