package dev.aadsts;

import java.util.Optional;

/**
 * The user must sign in interactively again: multi-factor authentication, consent,
 * re-authentication, or a claims challenge to pass on with {@link #claims()}.
 *
 * <p>The exception class of {@link Category#INTERACTION_REQUIRED}.
 */
public class InteractionRequiredException extends AadstsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for {@code error}.
   *
   * @param error the parsed error
   * @param code the error's code, known to the catalog or not
   * @param category who has to act, normally {@link Category#INTERACTION_REQUIRED}
   * @param retryable whether retrying the same request can succeed
   * @param cause the exception the error was read from, or null
   * @throws NullPointerException if {@code error}, {@code code} or {@code category} is null
   */
  protected InteractionRequiredException(
      AadstsError error,
      AadstsErrorCode code,
      Category category,
      boolean retryable,
      Throwable cause) {
    super(error, code, category, retryable, cause);
  }

  /**
   * Creates an exception for an error whose category is its code's own; generated per-code
   * exceptions call it.
   *
   * @param error the parsed error
   * @param code the error's code, a constant of a generated catalog enum
   * @param cause the exception the error was read from, or null
   * @throws NullPointerException if {@code error} or {@code code} is null
   */
  protected InteractionRequiredException(AadstsError error, AadstsErrorCode code, Throwable cause) {
    super(error, code, cause);
  }

  /**
   * The claims challenge to send with the next interactive request, as MSAL's {@code claims}
   * parameter.
   *
   * @return the claims JSON text, or empty
   */
  public Optional<String> claims() {
    return error().claims();
  }
}
