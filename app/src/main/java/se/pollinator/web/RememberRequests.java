package se.pollinator.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import se.pollinator.axon.AxonConfig;

/**
 * Writes a command's Idempotency-Key and answer in the command's own transaction, just before
 * it commits with the command's events: either both are stored or neither is.
 */
@Component
class RememberRequests implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "idempotencyKey";
    static final String REQUEST = "idempotencyRequest";
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
            unitOfWork.onPrepareCommit(unit -> requests.remember((String) metaData.get(AxonConfig.PERSON_ID), key,
                    (String) metaData.get(REQUEST), (String) metaData.get(ANSWER)));
        }
        return chain.proceed();
    }
}
