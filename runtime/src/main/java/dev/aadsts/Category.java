package dev.aadsts;

/** Who has to act on an Entra ID error: the question a caller branches on. */
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
