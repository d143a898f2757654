package se.pollinator.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.axon.AxonConfig;

/**
 * Writes a claimed request's answer in the command's own transaction, just before it commits with
 * the command's events: either both are stored or neither is. The metadata it reads travels with
 * the command only: events carry none of it (only the person's id is correlation data).
 */
@Component
class RememberRequests implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "idempotencyKey";
    static final String ROUTE = "idempotencyRoute";
    static final String FINGERPRINT = "idempotencyFingerprint";
    static final String CLAIM = "idempotencyClaim";
    static final String ANSWER = "idempotencyAnswer";

    private final CommandRequests requests;

    /** Axon's Spring Boot support registers this bean with the command bus. */
    RememberRequests(CommandRequests requests) {
        this.requests = requests;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        MetaData metaData = unitOfWork.getMessage().getMetaData();
        if (metaData.get(KEY) instanceof String key) {
            CommandRequests.Request request = new CommandRequests.Request((String) metaData.get(AxonConfig.PERSON_ID),
                    key, (String) metaData.get(ROUTE), (String) metaData.get(FINGERPRINT));
            unitOfWork.onPrepareCommit(unit -> requests.answer(request, (String) metaData.get(CLAIM),
                    (String) metaData.get(ANSWER)));
        }
        return chain.proceed();
    }
}
