package se.pollinator.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.WebUtils;
import se.pollinator.axon.AxonConfig;
import se.pollinator.people.SignedIn;
import se.pollinator.rules.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Sends commands on behalf of the logged-in person, whose id travels in the metadata, and makes
 * them safe to retry: a request repeated with the same {@value #IDEMPOTENCY_KEY} header gets the
 * first request's answer and sends nothing again; one that overlaps the first waits for its answer.
 * Only requests that succeeded are remembered; a rejected one wrote nothing, so repeating it is
 * harmless (and is carried out anew).
 */
@Component
public class Commands {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private static final Duration LONGEST_QUEUE = Duration.ofSeconds(10);
    /** How long a retry waits for the first request under its key to be answered. */
    private static final Duration LONGEST_WAIT = LONGEST_QUEUE.plusSeconds(10);
    /** A claim unanswered for this long was left by a request that is gone (its node stopped). */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    private static final Duration WAIT_STEP = Duration.ofMillis(25);

    private final CommandGateway gateway;
    private final CommandRequests requests;
    private final ObjectMapper json;
    /**
     * Commands under way at once. Each holds a database connection while it waits for its
     * aggregate; fewer commands than connections leave some for the read models and readers.
     */
    private final Semaphore underWay;
    private volatile GuestRule guestRule;

    /** What a guest may send: told by the session kernel, which knows where each guest belongs. */
    public interface GuestRule {

        /** Throws unless the guest may send this command. */
        void check(se.pollinator.people.Person guest, Object command);
    }

    public Commands(CommandGateway gateway, CommandRequests requests, ObjectMapper json,
                    @Value("${pollinator.commands.max-concurrent:6}") int maxConcurrent) {
        this.gateway = gateway;
        this.requests = requests;
        this.json = json;
        this.underWay = new Semaphore(maxConcurrent, true);
    }

    public void guestRule(GuestRule rule) {
        this.guestRule = rule;
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
        requireMayChange(by, command);
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
        CommandRequests.Request request = new CommandRequests.Request(by.personId(), key, route(http.get()),
                fingerprint(http.get()));
        Instant giveUp = Instant.now().plus(LONGEST_WAIT);
        while (true) {
            Optional<String> claim = requests.claim(request);
            if (claim.isPresent()) {
                return carryOut(command, metaData, request, claim.get(), answer);
            }
            Optional<CommandRequests.Remembered> earlier = requests.find(request, STALE_CLAIM);
            if (earlier.isPresent()) {
                CommandRequests.Remembered first = earlier.get();
                requireSameRequest(request, first);
                if (first.answer().isPresent()) {
                    return answerOf(first.answer().get(), answer);
                }
                Optional<String> takenOver = first.stale() ? requests.takeOver(request, first.claim()) : Optional.empty();
                if (takenOver.isPresent()) {
                    return carryOut(command, metaData, request, takenOver.get(), answer);
                }
            }
            // The first request with this key is still being carried out: wait for its answer.
            if (Instant.now().isAfter(giveUp)) {
                throw RuleViolation.conflict("idempotency.in-progress",
                        "A request with this Idempotency-Key is still being carried out; ask again in a moment.");
            }
            pause();
        }
    }

    /** Carries out a claimed request; a refused or failed one gives its claim up, having done nothing. */
    private <T> T carryOut(Object command, Map<String, Object> metaData, CommandRequests.Request request,
                           String claim, T answer) {
        metaData.put(RememberRequests.KEY, request.key());
        metaData.put(RememberRequests.ROUTE, request.route());
        metaData.put(RememberRequests.FINGERPRINT, request.fingerprint());
        metaData.put(RememberRequests.CLAIM, claim);
        metaData.put(RememberRequests.ANSWER, write(answer));
        try {
            dispatch(command, metaData);
            return answer;
        } catch (RuntimeException e) {
            requests.release(request, claim);
            throw e;
        }
    }

    /** A key is for one request: the same method, path and body. */
    private static void requireSameRequest(CommandRequests.Request request, CommandRequests.Remembered first) {
        if (!first.fingerprint().equals(request.fingerprint())) {
            throw RuleViolation.conflict("idempotency.key-reused", first.route().equals(request.route())
                    ? "This Idempotency-Key was already used for %s with another body; use a new key for a new request."
                    : "This Idempotency-Key was already used for %s; use a new key for a new request.", first.route());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_STEP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandsBusyException();
        }
    }

    /** The request's method and route pattern (never its path, which may hold a secret such as a token). */
    private static String route(HttpServletRequest http) {
        Object pattern = http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return http.getMethod() + " " + (pattern instanceof String known ? known : "?");
    }

    /** What makes a request the same request: method, path, query and body, hashed. */
    private static String fingerprint(HttpServletRequest http) {
        ContentCachingRequestWrapper cached = WebUtils.getNativeRequest(http, ContentCachingRequestWrapper.class);
        byte[] body = cached == null ? new byte[0] : cached.getContentAsByteArray();
        byte[] head = (http.getMethod() + " " + http.getRequestURI() + "?" + Objects.toString(http.getQueryString(), "")
                + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return CommandRequests.sha256Hex(all);
    }

    /**
     * Whoever sends a command must have the right to change things now, not only when they joined:
     * a person made evaluator reads everything and writes nowhere, even where their name is still
     * on a roster. A guest sends only what the session kernel lets guests send ({@link GuestRule}).
     */
    private void requireMayChange(SignedIn by, Object command) {
        if (by.person().isGuest()) {
            GuestRule rule = guestRule;
            if (rule == null) {
                throw RuleViolation.forbidden("guest.session-only", "As a guest you take part in your session only.");
            }
            rule.check(by.person(), command);
            return;
        }
        if (!by.person().takesPart()) {
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

    /** The first answer, read as the type this request answers with (null for no body). */
    @SuppressWarnings("unchecked")
    private <T> T answerOf(String earlier, T answer) {
        if (answer == null) {
            return null;
        }
        try {
            return (T) json.readValue(earlier, answer.getClass());
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

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
