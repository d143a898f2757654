package se.pollinator.retro.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import se.pollinator.axon.AxonConfig;
import se.pollinator.people.SignedIn;

/** Sends commands on behalf of the logged-in person, whose id travels in the metadata. */
@Component
public class Commands {

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, SignedIn by) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(AxonConfig.PERSON_ID, by.personId())));
    }
}
