package org.creditcommitment.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The passwords officials may choose, under the prod profile (application-prod.yaml switches the engine's
 * {@code enablePasswordPolicy} on; the engine then applies it to every saved password: Admin, {@code PUT
 * /user/{id}/credentials}, {@code POST /user/create}). At least {@link #MIN_LENGTH} characters of at least
 * {@link #MIN_CLASSES} classes (lower case, upper case, digits, anything else), not holding the user's id or
 * names, not a common password ({@link CommonPasswords}). Length beats composition against guessing; the classes
 * and the list keep out what people pick first when told "twelve characters" (Password2026, qwertyuiop12).
 *
 * <p>The length and user-data rules use the placeholders of Camunda's own rules, so Admin shows them translated.
 */
public final class OfficialPasswordPolicy implements PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MIN_CLASSES = 3;

  private final List<PasswordPolicyRule> rules;

  OfficialPasswordPolicy(CommonPasswords common) {
    rules = List.of(
        new Rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", String.valueOf(MIN_LENGTH)),
            (password, user) -> password.codePointCount(0, password.length()) >= MIN_LENGTH),
        new Rule("PASSWORD_POLICY_CHARACTER_CLASSES", Map.of("minClasses", String.valueOf(MIN_CLASSES)),
            (password, user) -> characterClasses(password) >= MIN_CLASSES),
        new Rule("PASSWORD_POLICY_USER_DATA", Map.of(), (password, user) -> !holdsUserData(password, user)),
        new Rule("PASSWORD_POLICY_NOT_COMMON", Map.of(), (password, user) -> !common.isCommon(password)));
  }

  /** With the list shipped in the jar. */
  public static OfficialPasswordPolicy shipped() {
    return new OfficialPasswordPolicy(CommonPasswords.shipped());
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** The placeholders of the rules the password breaks, empty when it is acceptable. */
  public List<String> violations(String password, User user) {
    List<String> broken = new ArrayList<>();
    for (PasswordPolicyRule rule : rules) {
      if (!rule.execute(password, user)) {
        broken.add(rule.getPlaceholder());
      }
    }
    return broken;
  }

  static int characterClasses(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int c : password.codePoints().toArray()) {
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /**
   * The user's id, first or last name, both names together, or the e-mail's name, in any case. A one-character
   * part (a surname such as 王) is left out: it would forbid every password that happens to hold that character.
   */
  static boolean holdsUserData(String password, User user) {
    if (user == null) {
      return false;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String first = nullToEmpty(user.getFirstName());
    String last = nullToEmpty(user.getLastName());
    String email = nullToEmpty(user.getEmail());
    String mailbox = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
    for (String part : new String[] {user.getId(), first, last, last + first, first + last, mailbox}) {
      String trimmed = nullToEmpty(part).trim().toLowerCase(Locale.ROOT);
      if (trimmed.codePointCount(0, trimmed.length()) >= 2 && lower.contains(trimmed)) {
        return true;
      }
    }
    return false;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** One rule as the engine and Admin see it. */
  private record Rule(String placeholder, Map<String, String> parameters, BiPredicate<String, User> check)
      implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return placeholder;
    }

    @Override
    public Map<String, String> getParameters() {
      return parameters;
    }

    @Override
    public boolean execute(String candidatePassword) {
      return execute(candidatePassword, null);
    }

    @Override
    public boolean execute(String candidatePassword, User user) {
      return candidatePassword != null && check.test(candidatePassword, user);
    }
  }
}
