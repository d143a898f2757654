package se.pollinator.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Makes sure the configured administrator exists. A configured password always wins; without
 * one, a new admin gets a generated password that is printed this once.
 */
@Component
public class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final PeopleStore people;
    private final PasswordEncoder encoder;
    private final AdminProperties admin;

    public FirstAdmin(PeopleStore people, PasswordEncoder encoder, AdminProperties admin) {
        this.people = people;
        this.encoder = encoder;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = admin.password() != null && !admin.password().isBlank();
        people.byUsername(admin.username()).ifPresentOrElse(existing -> {
            if (configured && !encoder.matches(admin.password(), existing.passwordHash())) {
                people.changePassword(existing.id(), encoder.encode(admin.password()));
                LOG.info("Admin '{}' now has the configured password.", admin.username());
            } else if (!configured) {
                LOG.info("Admin '{}' exists. A lost password is reset by starting once with "
                        + "POLLINATOR_ADMIN_PASSWORD set to a new one.", admin.username());
            }
        }, () -> {
            String password = configured ? admin.password() : generated();
            people.add(new Person(UUID.randomUUID().toString(), admin.username(), "Administrator",
                    encoder.encode(password), EnumSet.of(Role.ADMIN, Role.FACILITATOR)));
            if (configured) {
                LOG.info("Created admin '{}' with the configured password.", admin.username());
            } else {
                LOG.warn("""

                        ==========================================================================
                          First start: created admin '{}' with the generated password
                              {}
                          It is shown only this once. POLLINATOR_ADMIN_PASSWORD sets another.
                        ==========================================================================""",
                        admin.username(), password);
            }
        });
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
