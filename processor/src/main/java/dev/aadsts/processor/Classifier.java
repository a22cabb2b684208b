package dev.aadsts.processor;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Classify stage: classifies a code that the curated file does not cover (a user's catalog may have
 * newer codes) from the words of its identifier and description. A rule's phrase matches at the
 * start of a word ({@code throttl} matches "throttled" and "throttling", {@code idp} does not match
 * "invalidparameter"). The first rule that matches wins; the rules go from the most telling words
 * to the most general.
 */
final class Classifier {
  private Classifier() {}

  private record Rule(Category category, List<String> phrases) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Category.TRANSIENT,
              List.of(
                  "throttl",
                  "temporar",
                  "too many requests",
                  "unavailable",
                  "timed out",
                  "timeout")),
          new Rule(
              Category.FEDERATION,
              List.of("federat", "idp", "identity provider", "adfs", "ws fed", "wsfed", "saml")),
          new Rule(
              Category.TENANT_POLICY,
              List.of(
                  "conditional access",
                  "policy",
                  "admin consent",
                  "administrator",
                  "blocked",
                  "not assigned",
                  "assignment",
                  "compliant",
                  "compliance",
                  "device",
                  "tenant restriction")),
          new Rule(
              Category.INTERACTION_REQUIRED,
              List.of(
                  "interaction",
                  "consent",
                  "multi factor",
                  "multifactor",
                  "mfa",
                  "strong auth",
                  "reauth",
                  "sign in again",
                  "signin again",
                  "expired",
                  "revoked",
                  "prompt",
                  "session",
                  "claims challenge")),
          new Rule(
              Category.USER_ERROR,
              List.of("password", "locked", "disabled", "account not found", "user not found")),
          new Rule(
              Category.SERVICE, List.of("internal", "server error", "service error", "unexpected")),
          new Rule(
              Category.CLIENT_CONFIGURATION,
              List.of(
                  "client",
                  "secret",
                  "certificate",
                  "redirect",
                  "reply",
                  "scope",
                  "resource",
                  "grant",
                  "request",
                  "parameter",
                  "assertion",
                  "application",
                  "invalid",
                  "missing")));

  private static final List<String> RETRYABLE =
      List.of(
          "retryable",
          "try again",
          "retry",
          "throttl",
          "temporar",
          "timed out",
          "timeout",
          "too many requests");

  private static final List<String> NOT_RETRYABLE =
      List.of("non retryable", "nonretryable", "unretryable", "not retryable");

  /** The rules' category and retryability for a code's identifier and description. */
  static CodeKind classify(String identifier, String description) {
    // "OAuth2IdPRetryableServerError" reads as "oauth2 idp retryable server error".
    String words =
        words((Naming.upperSnake(identifier) + " " + description).toLowerCase(Locale.ROOT));
    // Loops, not streams: this runs for every code a user's catalog adds, in a cold javac.
    Category category = Category.UNKNOWN;
    for (Rule rule : RULES) {
      if (matchesAny(words, rule.phrases())) {
        category = rule.category();
        break;
      }
    }
    boolean retryable =
        category == Category.TRANSIENT
            || (!matchesAny(words, NOT_RETRYABLE) && matchesAny(words, RETRYABLE));
    if (retryable && category == Category.UNKNOWN) {
      category = Category.TRANSIENT;
    }
    return new CodeKind(category, retryable, false);
  }

  /** The letters and numbers of a text, each run between single spaces, one pass. */
  private static String words(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean wordChar =
          Character.isLetter(c)
              || type == Character.DECIMAL_DIGIT_NUMBER
              || type == Character.LETTER_NUMBER
              || type == Character.OTHER_NUMBER;
      if (wordChar) {
        out.appendCodePoint(c);
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString();
  }

  private static boolean matchesAny(String words, List<String> phrases) {
    for (String phrase : phrases) {
      // At the start of a word: every word of the text follows a blank.
      for (int at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) {
        if (at > 0 && words.charAt(at - 1) == ' ') {
          return true;
        }
      }
    }
    return false;
  }

  /** The kind of a code: the curated one, else the rules' guess from its English text. */
  static CodeKind kindOf(Map<Integer, CodeKind> curated, MergedCode code) {
    CodeKind kind = curated.get(code.code());
    return kind != null ? kind : classify(code.identifier().orElse(""), code.description("en"));
  }
}
