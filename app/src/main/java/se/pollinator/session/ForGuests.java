package se.pollinator.session;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API handler a guest may reach. Every other handler refuses guests; what a marked one
 * lets them do is fenced again by the kernel: they see only the session they were let in to, and
 * send it only the commands its kind allows guests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ForGuests {
}
