package se.pollinator.session;

import se.pollinator.people.Person;
import se.pollinator.people.Role;

import java.util.EnumSet;

/** A session's guest as a signed-in principal: no account, no password, the GUEST role only. */
public final class Guests {

    private Guests() {
    }

    public static String username(String guestId) {
        return "guest:" + guestId;
    }

    public static Person person(String guestId, String displayName) {
        return new Person(guestId, username(guestId), displayName, null, EnumSet.of(Role.GUEST));
    }
}
