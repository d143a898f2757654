package se.pollinator.people;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.springframework.stereotype.Component;
import se.pollinator.rules.RuleViolation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a password must be (OWASP ASVS level 2): 12 to 128 characters, not the username (nor
 * holding it), and not guessable: zxcvbn checks it against the lists of common and leaked
 * passwords, words and names it ships, and their usual variations ("Password2024!").
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's score of 3: "safely unguessable", moderate protection against an offline attack. */
    private static final int MIN_SCORE = 3;

    private final PasswordValidator rules = new PasswordValidator(List.of(
            new LengthRule(MIN_LENGTH, MAX_LENGTH), new UsernameRule(true, true)));
    private final Zxcvbn guessability = new Zxcvbn();

    /** Throws a 400 that says what is wrong with the password, or returns when it is good enough. */
    public void check(String username, String displayName, String password) {
        if (password == null) {
            throw RuleViolation.invalid("password.required", "A password is required.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw RuleViolation.invalid("password.length", "The password must be %s to %s characters long, not %s.",
                    MIN_LENGTH, MAX_LENGTH, length);
        }
        RuleResult result = rules.validate(new PasswordData(username == null ? "" : username, password));
        if (!result.isValid()) {
            throw RuleViolation.invalid("password.username", "The password must not contain the username.");
        }
        Strength strength = guessability.measure(password, Stream.of(username, displayName, "pollinator")
                .filter(Objects::nonNull).toList());
        if (strength.getScore() < MIN_SCORE) {
            throw RuleViolation.invalid("password.guessable",
                    "The password is too easy to guess (it is common, or a common word or pattern); "
                            + "choose a longer one, e.g. a few unrelated words.");
        }
    }
}
