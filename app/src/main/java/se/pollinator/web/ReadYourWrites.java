package se.pollinator.web;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits, briefly, for a read model to show a change the caller just made, so that a person who
 * creates or joins a retro can open its board at once. Projections normally catch up in
 * milliseconds; after the limit the caller simply gets its answer anyway.
 */
public final class ReadYourWrites {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    private ReadYourWrites() {
    }

    public static void await(BooleanSupplier visible) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        long pause = 2;
        while (!visible.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, 50);
        }
    }
}
