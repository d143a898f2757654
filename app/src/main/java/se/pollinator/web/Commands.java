package se.pollinator.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.pollinator.axon.AxonConfig;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.RuleViolation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Sends commands on behalf of the logged-in person, whose id travels in the metadata, and makes
 * them safe to retry: a request repeated with the same {@value #IDEMPOTENCY_KEY} header gets the
 * first request's answer and sends nothing again. Only requests that succeeded are remembered; a
 * rejected one wrote nothing, so repeating it is harmless.
 */
@Component
public class Commands {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private static final Duration LONGEST_QUEUE = Duration.ofSeconds(10);

    private final CommandGateway gateway;
    private final CommandRequests requests;
    private final ObjectMapper json;
    /**
     * Commands under way at once. Each holds a database connection while it waits for its
     * aggregate; fewer commands than connections leave some for the read models and readers.
     */
    private final Semaphore underWay;

    public Commands(CommandGateway gateway, CommandRequests requests, ObjectMapper json,
                    @Value("${pollinator.commands.max-concurrent:6}") int maxConcurrent) {
        this.gateway = gateway;
        this.requests = requests;
        this.json = json;
        this.underWay = new Semaphore(maxConcurrent, true);
    }

    /** Sends a command whose request is answered with no body. */
    public void send(Object command, SignedIn by) {
        send(command, by, null);
    }

    /**
     * Sends a command once its answer is known (ids are chosen before sending), and returns that
     * answer; or, for a request already answered under its Idempotency-Key, the first answer.
     */
    public <T> T send(Object command, SignedIn by, T answer) {
        requireMayChange(by);
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AxonConfig.PERSON_ID, by.personId());
        Optional<HttpServletRequest> http = currentRequest();
        String key = http.map(request -> request.getHeader(IDEMPOTENCY_KEY)).orElse(null);
        if (key == null) {
            dispatch(command, metaData);
            return answer;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw RuleViolation.invalid("idempotency.key-invalid",
                    "The Idempotency-Key must be 1-200 visible ASCII characters, such as a UUID.");
        }
        String request = http.get().getMethod() + " " + http.get().getRequestURI();
        Optional<CommandRequests.Remembered> earlier = remembered(by, key, request);
        if (earlier.isPresent()) {
            return answerOf(earlier.get(), answer);
        }
        metaData.put(RememberRequests.KEY, key);
        metaData.put(RememberRequests.REQUEST, request);
        metaData.put(RememberRequests.ANSWER, write(answer));
        try {
            dispatch(command, metaData);
            return answer;
        } catch (RuntimeException e) {
            // The same key sent twice at once: the first to commit wins, the other answers as it did.
            Optional<CommandRequests.Remembered> first = isDuplicate(e) ? remembered(by, key, request)
                    : Optional.empty();
            if (first.isPresent()) {
                return answerOf(first.get(), answer);
            }
            throw e;
        }
    }

    /**
     * Whoever sends a command must have the right to change things now, not only when they joined:
     * a person made evaluator reads everything and writes nowhere, even where their name is still
     * on a roster. Guests act within their café, which the guest fence keeps them to.
     */
    private static void requireMayChange(SignedIn by) {
        if (!by.person().takesPart() && !by.person().isGuest()) {
            throw RuleViolation.forbidden("access.read-only",
                    "You may read but not change anything: evaluators read every session and plan and write in none.");
        }
    }

    private void dispatch(Object command, Map<String, Object> metaData) {
        try {
            if (!underWay.tryAcquire(LONGEST_QUEUE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CommandsBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusyException();
        }
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metaData)));
        } finally {
            underWay.release();
        }
    }

    /** Too many commands waited too long; nothing was done, and the client may retry. */
    static final class CommandsBusyException extends RuntimeException {
        CommandsBusyException() {
            super("Too many changes are being saved at once; nothing was saved. Try again in a moment.", null,
                    false, false);
        }
    }

    /** The request answered earlier under this key; a key used for another request is refused. */
    private Optional<CommandRequests.Remembered> remembered(SignedIn by, String key, String request) {
        Optional<CommandRequests.Remembered> found = requests.find(by.personId(), key);
        if (found.isPresent() && !found.get().request().equals(request)) {
            throw RuleViolation.conflict("idempotency.key-reused",
                    "This Idempotency-Key was already used for %s; use a new key for a new request.",
                    found.get().request());
        }
        return found;
    }

    /** The first answer, read as the type this request answers with (null for no body). */
    @SuppressWarnings("unchecked")
    private <T> T answerOf(CommandRequests.Remembered earlier, T answer) {
        if (answer == null) {
            return null;
        }
        try {
            return (T) json.readValue(earlier.answer(), answer.getClass());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A remembered answer could not be read", e);
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written", e);
        }
    }

    private static boolean isDuplicate(Throwable failure) {
        return Failures.anyCause(failure, cause -> cause instanceof DuplicateKeyException
                || cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
