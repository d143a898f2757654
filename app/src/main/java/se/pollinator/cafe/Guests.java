package se.pollinator.cafe;

import se.pollinator.people.Person;
import se.pollinator.people.Role;

import java.util.EnumSet;

/** A café's guest as a signed-in principal: no account, no password, the GUEST role only. */
public final class Guests {

    private Guests() {
    }

    public static String username(String guestId) {
        return "guest:" + guestId;
    }

    static Person person(String guestId, String displayName) {
        return new Person(guestId, username(guestId), displayName, null, EnumSet.of(Role.GUEST));
    }
}
