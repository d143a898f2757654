package se.pollinator.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator.
 *
 * @param username the admin's username ({@code POLLINATOR_ADMIN_USERNAME})
 * @param password the admin's password ({@code POLLINATOR_ADMIN_PASSWORD}); when empty, one is
 *                 generated and printed once when the admin is first created
 */
@ConfigurationProperties("pollinator.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {
}
