package se.pollinator.rules;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the rule a command broke, by its kind and stable code. */
public final class Violations {

    private Violations() {
    }

    public static Matcher<RuleViolation> violation(RuleViolation.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation item) {
                return item.kind() == kind && item.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rule violation " + code);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation item, Description description) {
                description.appendText("was " + item.kind() + " " + item.code() + ": " + item.getMessage());
            }
        };
    }
}
