package se.pollinator.programme;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.pollinator.programme.ProgrammeCommands.StartProgramme;
import se.pollinator.web.ReadYourWrites;

/**
 * On the first start, creates the programme with its seeded modules and municipality projects,
 * and waits until its read model shows them, so that the first retro can name them. Another
 * node starting at the same moment loses the race harmlessly: the programme exists either way.
 */
@Component
public class ProgrammeStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeStart.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final ProgrammeStore programme;

    public ProgrammeStart(CommandGateway commands, EventStore events, ProgrammeStore programme) {
        this.commands = commands;
        this.events = events;
        this.programme = programme;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!events.readEvents(ProgrammeSeed.PROGRAMME_ID, 0).hasNext()) {
            try {
                commands.sendAndWait(new StartProgramme(ProgrammeSeed.PROGRAMME_ID));
                LOG.info("Started the programme with its {} modules and {} municipality projects.",
                        ProgrammeSeed.MODULES.size(), ProgrammeSeed.MUNICIPALITIES.size());
            } catch (RuntimeException e) {
                if (!events.readEvents(ProgrammeSeed.PROGRAMME_ID, 0).hasNext()) {
                    throw e;
                }
            }
        }
        ReadYourWrites.await(programme::started);
    }
}
