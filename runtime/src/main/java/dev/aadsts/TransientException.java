package dev.aadsts;

import java.time.Duration;
import java.util.Optional;

/**
 * Try again later: temporarily unavailable, throttled, or a retryable server error.
 *
 * <p>The exception class of {@link Category#TRANSIENT}.
 */
public class TransientException extends AadstsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for {@code error}.
   *
   * @param error the parsed error
   * @param code the error's code, known to the catalog or not
   * @param category who has to act, normally {@link Category#TRANSIENT}
   * @param retryable whether retrying the same request can succeed
   * @param cause the exception the error was read from, or null
   * @throws NullPointerException if {@code error}, {@code code} or {@code category} is null
   */
  protected TransientException(
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
  protected TransientException(AadstsError error, AadstsErrorCode code, Throwable cause) {
    super(error, code, cause);
  }

  /**
   * How long to wait before retrying, when the response said.
   *
   * @return the {@code Retry-After} delay, or empty
   */
  public Optional<Duration> retryAfter() {
    return error().retryAfter();
  }
}
