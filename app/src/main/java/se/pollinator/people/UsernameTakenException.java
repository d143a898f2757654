package se.pollinator.people;

/** Two people cannot share a username. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username '" + username + "' is already taken.");
    }
}
