package se.pollinator.readmodel;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one event handler's read-model writes inside a savepoint of the processor's transaction.
 * On PostgreSQL a failed statement poisons the whole transaction; rolling back to the savepoint
 * keeps it usable, so the failed event can be parked in the dead-letter queue (in that same
 * transaction, with the token) instead of blocking every later event.
 */
@Component
public class Savepoint {

    private final TransactionTemplate nested;

    public Savepoint(PlatformTransactionManager transactions) {
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void run(Runnable work) {
        nested.executeWithoutResult(status -> work.run());
    }

    public <T> T call(java.util.function.Supplier<T> work) {
        return nested.execute(status -> work.get());
    }
}
