package dev.aadsts;

/**
 * The tenant's administrator or policy blocks it: conditional access, device compliance, user
 * assignment, admin consent.
 *
 * <p>The exception class of {@link Category#TENANT_POLICY}.
 */
public class TenantPolicyException extends AadstsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for {@code error}.
   *
   * @param error the parsed error
   * @param code the error's code, known to the catalog or not
   * @param category who has to act, normally {@link Category#TENANT_POLICY}
   * @param retryable whether retrying the same request can succeed
   * @param cause the exception the error was read from, or null
   * @throws NullPointerException if {@code error}, {@code code} or {@code category} is null
   */
  protected TenantPolicyException(
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
  protected TenantPolicyException(AadstsError error, AadstsErrorCode code, Throwable cause) {
    super(error, code, cause);
  }
}
