package dev.aadsts.processor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a code that the curated file does not cover (a user's catalog may have newer codes)
 * from the words of its identifier and description. A rule's phrase matches at the start of a word
 * ({@code throttl} matches "throttled" and "throttling", {@code idp} does not match
 * "invalidparameter"). The first rule that matches wins; the rules go from the most telling words
 * to the most general.
 */
final class ClassificationRules {
  private ClassificationRules() {}

  private record Rule(String category, List<String> phrases) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "TRANSIENT",
              List.of(
                  "throttl",
                  "temporar",
                  "too many requests",
                  "unavailable",
                  "timed out",
                  "timeout")),
          new Rule(
              "FEDERATION",
              List.of("federat", "idp", "identity provider", "adfs", "ws fed", "wsfed", "saml")),
          new Rule(
              "TENANT_POLICY",
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
              "INTERACTION_REQUIRED",
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
              "USER_ERROR",
              List.of("password", "locked", "disabled", "account not found", "user not found")),
          new Rule("SERVICE", List.of("internal", "server error", "service error", "unexpected")),
          new Rule(
              "CLIENT_CONFIGURATION",
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

  private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The rules' category and retryability for a code's identifier and description. */
  static Classification.Kind classify(String identifier, String description) {
    // "OAuth2IdPRetryableServerError" reads as "o auth2 id p retryable server error".
    String words =
        " "
            + NOT_A_LETTER_OR_DIGIT
                .matcher(
                    (CodeConstant.upperSnake(identifier) + " " + description)
                        .toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip()
            + " ";
    String category =
        RULES.stream()
            .filter(rule -> matchesAny(words, rule.phrases()))
            .map(Rule::category)
            .findFirst()
            .orElse("UNKNOWN");
    boolean retryable =
        category.equals("TRANSIENT")
            || (!matchesAny(words, NOT_RETRYABLE) && matchesAny(words, RETRYABLE));
    if (retryable && category.equals("UNKNOWN")) {
      category = "TRANSIENT";
    }
    return new Classification.Kind(category, retryable, false);
  }

  private static boolean matchesAny(String words, List<String> phrases) {
    return phrases.stream().anyMatch(phrase -> words.contains(" " + phrase));
  }
}
