package dev.aadsts;

import java.util.Objects;

/**
 * An Entra ID error as an unchecked exception: the parsed {@link AadstsError}, its code, the {@link
 * Category} of who has to act, and whether retrying can help.
 *
 * <p>Each category has a subclass, so callers can {@code catch} by category; code generated from
 * the catalog adds one subclass per code below those. {@link #of} picks the category's class. The
 * message starts with {@code AADSTS<code>} and the code's identifier, for example {@code
 * AADSTS50034 UserAccountNotFound: The user account does not exist...}.
 */
public class AadstsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The parsed error. */
  private final AadstsError error;

  /** The error's code. */
  @SuppressWarnings("serial") // Generated enums and unknown codes serialize; see AadstsErrorCode.
  private final AadstsErrorCode code;

  /** Who has to act. */
  private final Category category;

  /** Whether a retry can succeed. */
  private final boolean retryable;

  /**
   * Creates an exception for {@code error}.
   *
   * @param error the parsed error
   * @param code the error's code, known to the catalog or not
   * @param category who has to act, usually {@link AadstsError#category(Category)}
   * @param retryable whether retrying the same request can succeed
   * @param cause the exception the error was read from, or null
   * @throws NullPointerException if {@code error}, {@code code} or {@code category} is null
   */
  protected AadstsException(
      AadstsError error,
      AadstsErrorCode code,
      Category category,
      boolean retryable,
      Throwable cause) {
    super(message(error, code), cause);
    this.error = error;
    this.code = code;
    this.category = Objects.requireNonNull(category, "category");
    this.retryable = retryable;
  }

  /**
   * Creates an exception for an error whose category is its code's own; generated per-code
   * exceptions call it. Whether a retry can help follows the runtime's rule: the code is retryable,
   * or its category is {@link Category#TRANSIENT}.
   *
   * @param error the parsed error
   * @param code the error's code, a constant of a generated catalog enum
   * @param cause the exception the error was read from, or null
   * @throws NullPointerException if {@code error} or {@code code} is null
   */
  protected AadstsException(AadstsError error, AadstsErrorCode code, Throwable cause) {
    this(
        error,
        code,
        Objects.requireNonNull(code, "code").category(),
        GeneratedCodeSupport.isRetryable(code, code.category()),
        cause);
  }

  /**
   * Creates the exception class of {@code category}: {@link InteractionRequiredException} for
   * {@link Category#INTERACTION_REQUIRED}, and so on; a plain {@code AadstsException} for {@link
   * Category#UNKNOWN}.
   *
   * @param error the parsed error
   * @param code the error's code, known to the catalog or not
   * @param category who has to act, usually {@link AadstsError#category(Category)}
   * @param retryable whether retrying the same request can succeed
   * @param cause the exception the error was read from, or null
   * @return a new exception, never null
   * @throws NullPointerException if {@code error}, {@code code} or {@code category} is null
   */
  public static AadstsException of(
      AadstsError error,
      AadstsErrorCode code,
      Category category,
      boolean retryable,
      Throwable cause) {
    switch (category) {
      case INTERACTION_REQUIRED:
        return new InteractionRequiredException(error, code, category, retryable, cause);
      case USER_ERROR:
        return new UserErrorException(error, code, category, retryable, cause);
      case CLIENT_CONFIGURATION:
        return new ClientConfigurationException(error, code, category, retryable, cause);
      case TENANT_POLICY:
        return new TenantPolicyException(error, code, category, retryable, cause);
      case TRANSIENT:
        return new TransientException(error, code, category, retryable, cause);
      case FEDERATION:
        return new FederationException(error, code, category, retryable, cause);
      case SERVICE:
        return new ServiceErrorException(error, code, category, retryable, cause);
      case UNKNOWN:
      default:
        return new AadstsException(error, code, category, retryable, cause);
    }
  }

  /**
   * {@code AADSTS<code>} (the OAuth error when the error has no code), the identifier if the
   * catalog has one, then the first line of the response's description without its leading code,
   * else the catalog's description, else the OAuth error. Safe to log: each part is cut to a length
   * and its control and bidirectional characters are escaped.
   */
  private static String message(AadstsError error, AadstsErrorCode code) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(code, "code");
    // Code 0 stands for an error that carried no AADSTS code at all: it has no "AADSTS0".
    boolean noCode = code.code() == 0 && !code.isKnown();
    String oauthError = LogSafe.text(error.error().orElse(""), LogSafe.SHORT);
    StringBuilder message =
        noCode
            ? new StringBuilder(oauthError.isEmpty() ? "Entra ID error" : oauthError)
            : new StringBuilder(CodeScanner.PREFIX).append(code.code());
    if (!code.identifier().isEmpty()) {
      message.append(' ').append(LogSafe.text(code.identifier(), LogSafe.SHORT));
    }
    String text = firstLineWithoutCode(error.errorDescription().orElse(""));
    if (text.isEmpty()) {
      text = code.description().isEmpty() ? error.error().orElse("") : code.description();
    }
    text = LogSafe.text(text, LogSafe.LONG);
    if (!text.isEmpty() && !(noCode && text.contentEquals(message))) {
      message.append(": ").append(text);
    }
    return message.toString();
  }

  private static String firstLineWithoutCode(String description) {
    String text = description.trim();
    int lineEnd = 0;
    while (lineEnd < text.length()
        && text.charAt(lineEnd) != '\r'
        && text.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    text = text.substring(0, lineEnd);
    if (CodeScanner.next(text, 0) == 0) {
      int start =
          CodeScanner.PREFIX.length() + CodeScanner.digitRun(text, CodeScanner.PREFIX.length());
      if (text.startsWith(":", start)) {
        start++;
      }
      text = text.substring(start);
    }
    return text.trim();
  }

  /**
   * The parsed error response.
   *
   * @return the error, never null
   */
  public AadstsError error() {
    return error;
  }

  /**
   * The error's code.
   *
   * @return the code, known to the catalog or not; never null
   */
  public AadstsErrorCode code() {
    return code;
  }

  /**
   * Who has to act.
   *
   * @return the category, never null
   */
  public Category category() {
    return category;
  }

  /**
   * Whether retrying the same request can succeed.
   *
   * @return {@code true} if a retry, after {@link AadstsError#retryAfter()} when given, can help
   */
  public boolean isRetryable() {
    return retryable;
  }
}
