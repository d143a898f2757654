package se.pollinator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.pollinator.people.AdminProperties;

/** Tells the person who started the app where to open it and how to log in. */
@Component
public class Welcome {

    private static final Logger LOG = LoggerFactory.getLogger(Welcome.class);

    private final AdminProperties admin;

    public Welcome(AdminProperties admin) {
        this.admin = admin;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            LOG.info("Pollinator is running: open http://localhost:{}/ and log in as '{}' "
                            + "(the password you configured, or the one printed when the admin was created).",
                    web.getWebServer().getPort(), admin.username());
        }
    }
}
