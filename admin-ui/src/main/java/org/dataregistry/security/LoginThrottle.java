package org.dataregistry.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address: after {@value #FREE_FAILURES} failed
 * sign-ins, further attempts are refused without checking the password for {@link #FIRST_BACKOFF}, twice as
 * long after each further failure, at most {@link #LONGEST_BACKOFF}. A key's failures are forgotten
 * {@link #FORGET_AFTER} after its last one, and an account's on a successful sign-in (an address's are not: one
 * known password must not reset the guessing of others). Kept in memory: a restart forgets them.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Past this many keys, forgotten ones are dropped, so that guessed names cannot fill the memory. */
    private static final int PRUNE_FROM = 10_000;

    private record Failures(int count, Instant last, Instant refusedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when signing in as {@code username} from {@code address} is refused, if it is now. */
    public Optional<Instant> refusedUntil(String username, String address) {
        Instant now = clock.instant();
        return keys(username, address)
                .map(failures::get)
                .filter(f -> f != null
                        && f.refusedUntil() != null
                        && f.refusedUntil().isAfter(now))
                .map(Failures::refusedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a failed sign-in; true when it starts a refusal for the account or the address. */
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_FROM) {
            failures.values().removeIf(f -> forgotten(f, now));
        }
        return keys(username, address)
                .map(key -> failures.compute(key, (k, before) -> next(before, now)))
                .toList()
                .stream()
                .anyMatch(f -> f.refusedUntil() != null);
    }

    /** Forgets the account's failures; its address's stay. */
    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private static Failures next(Failures before, Instant now) {
        int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
        if (count < FREE_FAILURES) {
            return new Failures(count, now, null);
        }
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(count - FREE_FAILURES, 10));
        return new Failures(count, now, now.plus(backoff.compareTo(LONGEST_BACKOFF) < 0 ? backoff : LONGEST_BACKOFF));
    }

    private static boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(FORGET_AFTER).isBefore(now);
    }

    private static Stream<String> keys(String username, String address) {
        return Stream.of(accountKey(username), "address:" + address);
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
