package dev.aadsts;

/**
 * Who has to act on an Entra ID error: the question a caller branches on.
 *
 * <p>{@link AadstsError#category(Category)} decides it for a whole error, in this order:
 *
 * <ol>
 *   <li>{@link #INTERACTION_REQUIRED} for {@code interaction_required}, {@code login_required},
 *       {@code consent_required} and {@code insufficient_claims} (a claims challenge), {@code
 *       invalid_token} with claims (Azure Resource Manager's claims challenge), and for {@code
 *       invalid_grant} with the sub-error {@code basic_action}, {@code additional_action}, {@code
 *       message_only}, {@code consent_required}, {@code user_password_expired}, {@code
 *       token_expired} or {@code bad_token}. Never with the sub-errors {@code client_mismatch} or
 *       {@code protection_policy_required}, which a broker resolves, not the user.
 *   <li>{@link #TRANSIENT} for {@code temporarily_unavailable} and HTTP 408, 429 and 5xx.
 *   <li>The category of the error's code, unless it is {@link #UNKNOWN}.
 *   <li>From the sub-error alone: {@code protection_policy_required} and {@code
 *       device_authentication_failed} are {@link #TENANT_POLICY}, {@code client_mismatch} is {@link
 *       #CLIENT_CONFIGURATION}, {@code cancel} (a redirect's {@code error_subcode}: the user
 *       cancelled the sign-in) is {@link #USER_ERROR}.
 *   <li>From the error alone: {@code invalid_request}, {@code invalid_client}, {@code
 *       unauthorized_client}, {@code invalid_scope}, {@code invalid_resource}, {@code
 *       unsupported_grant_type} and {@code unsupported_response_type} are {@link
 *       #CLIENT_CONFIGURATION}; {@code invalid_grant}, {@code user_password_expired} and {@code
 *       expired_token} (a device code that expired) are {@link #INTERACTION_REQUIRED}, as MSAL
 *       treats them; {@code access_denied} is {@link #TENANT_POLICY}; {@code
 *       authorization_declined} is {@link #USER_ERROR}; {@code authorization_pending} and {@code
 *       slow_down} (device code polling) are {@link #TRANSIENT}; {@code server_error} is {@link
 *       #SERVICE}.
 *   <li>Otherwise {@link #UNKNOWN}.
 * </ol>
 */
public enum Category {
  /**
   * The user must sign in interactively again: multi-factor authentication, consent,
   * re-authentication, or a claims challenge.
   */
  INTERACTION_REQUIRED,
  /** The user can fix it: a wrong password, or a locked, disabled or unknown account. */
  USER_ERROR,
  /**
   * The developer or the app registration is wrong: secret, redirect URI, scope, resource or grant
   * type.
   */
  CLIENT_CONFIGURATION,
  /**
   * The tenant's administrator or policy blocks it: conditional access, device compliance, user
   * assignment, admin consent.
   */
  TENANT_POLICY,
  /** Try again later: temporarily unavailable, throttled, or a retryable server error. */
  TRANSIENT,
  /** The federated identity provider failed. */
  FEDERATION,
  /** An internal service error that the client cannot fix. */
  SERVICE,
  /** Nothing is known about the error. */
  UNKNOWN
}
