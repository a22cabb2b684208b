package dev.aadsts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code suberror} of an Entra ID error response, which refines the OAuth {@code error}.
 *
 * <p>An open set: the values Microsoft documents are constants, and {@link #of(String)} returns the
 * same instance for them, so they can be compared with {@code ==}. Any other value is kept as an
 * unknown sub-error that is {@link #equals(Object) equal} to another of the same string.
 */
public final class SubError implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, SubError> KNOWN = new HashMap<>();

  /** The user must complete a basic action, such as signing in again. */
  public static final SubError BASIC_ACTION = known("basic_action");

  /** The user must take an additional action, such as multi-factor authentication. */
  public static final SubError ADDITIONAL_ACTION = known("additional_action");

  /** Interaction is required, but the user can only read a message, not fix it. */
  public static final SubError MESSAGE_ONLY = known("message_only");

  /** The user or an administrator must consent to the requested permissions. */
  public static final SubError CONSENT_REQUIRED = known("consent_required");

  /** The user's password has expired and must be changed. */
  public static final SubError USER_PASSWORD_EXPIRED = known("user_password_expired");

  /** The refresh token or other grant is invalid or revoked. */
  public static final SubError BAD_TOKEN = known("bad_token");

  /** The refresh token or other grant has expired. */
  public static final SubError TOKEN_EXPIRED = known("token_expired");

  /** An app protection (Intune) policy is required; an authentication broker handles it. */
  public static final SubError PROTECTION_POLICY_REQUIRED = known("protection_policy_required");

  /** The client is not the one the grant was issued to. */
  public static final SubError CLIENT_MISMATCH = known("client_mismatch");

  /** The device could not be authenticated. */
  public static final SubError DEVICE_AUTHENTICATION_FAILED = known("device_authentication_failed");

  /**
   * The user cancelled the sign-in: the {@code error_subcode=cancel} that Entra ID adds to {@code
   * access_denied} in a redirect, read as the sub-error when no {@code suberror} is given.
   */
  public static final SubError CANCEL = known("cancel");

  /** The wire value. */
  private final String value;

  /** Whether this is one of the constants. */
  private final boolean known;

  private SubError(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static SubError known(String value) {
    SubError subError = new SubError(value, true);
    KNOWN.put(value, subError);
    return subError;
  }

  /**
   * The sub-error with the given wire value.
   *
   * @param value the {@code suberror} value; matched against the known values ignoring case and
   *     surrounding blanks
   * @return the known constant, or an unknown sub-error that keeps {@code value} as given
   * @throws NullPointerException if {@code value} is null
   */
  public static SubError of(String value) {
    SubError subError = KNOWN.get(value.trim().toLowerCase(Locale.ROOT));
    return subError != null ? subError : new SubError(value, false);
  }

  /**
   * The wire value.
   *
   * @return for example {@code basic_action}; for an unknown sub-error, the string as given
   */
  public String value() {
    return value;
  }

  /**
   * Whether this is one of the documented sub-errors.
   *
   * @return {@code true} for the constants of this class
   */
  public boolean isKnown() {
    return known;
  }

  /**
   * Keeps the constants unique across serialization, so that {@code ==} still works.
   *
   * @return the constant of the same value, or this unknown sub-error
   */
  private Object readResolve() {
    return known ? of(value) : this;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof SubError)) {
      return false;
    }
    SubError that = (SubError) o;
    return known == that.known && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the wire value. */
  @Override
  public String toString() {
    return value;
  }
}
