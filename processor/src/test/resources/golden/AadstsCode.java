package com.example.auth;

import dev.aadsts.AadstsErrorCode;
import dev.aadsts.CatalogInfo;
import dev.aadsts.Category;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.processing.Generated;

/**
 * The AADSTS error codes of Microsoft Entra ID: one constant for each of the 5 codes of
 * these catalogs, most authoritative first:
 *
 * <ul>
 * <li>{@code golden.md (en-US)}
 * </ul>
 *
 * <p>Look a code up with {@link #find(int)}, {@link #of(int)} (which also stands for codes
 * the catalog does not list) or {@link #parse(CharSequence)}; ask who has to act with
 * {@link #category()} and {@link #categoryOf(int)}. The number is the identity of a code;
 * the constant names come from the catalog's identifiers, and Microsoft documents codes as
 * diagnostic information: branch on categories.
 */
@Generated(
    value = "dev.aadsts.processor.AadstsProcessor",
    comments = "catalogs: golden.md"
)
public enum AadstsCode implements AadstsErrorCode {
  /**
   * AADSTS50012 AuthenticationFailed: Authentication failed: the certificate chain isn't valid; the
   * signature is bad.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=50012">
   *     Microsoft's lookup page for AADSTS50012</a>
   */
  AUTHENTICATION_FAILED(50012, "AuthenticationFailed",
      "Authentication failed: the certificate chain isn't valid; " + "the signature is bad.",
      Category.CLIENT_CONFIGURATION, false),

  /**
   * AADSTS50029: Ogiltig URI &#x2013; dom&#xe4;nnamnet inneh&#xe5;ller ogiltiga tecken.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=50029">
   *     Microsoft's lookup page for AADSTS50029</a>
   */
  AADSTS50029(50029, "", "Ogiltig URI \u2013 dom\u00e4nnamnet inneh\u00e5ller ogiltiga tecken.",
      Category.CLIENT_CONFIGURATION, false),

  /**
   * AADSTS50034 UserAccountNotFound: To sign into this application, the account must be added to the
   * directory.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=50034">
   *     Microsoft's lookup page for AADSTS50034</a>
   */
  USER_ACCOUNT_NOT_FOUND(50034, "UserAccountNotFound",
      "To sign into this application, the account must be added to " + "the directory.",
      Category.USER_ERROR, false),

  /**
   * AADSTS90023 InvalidRequest: The authentication service request isn't valid.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=90023">
   *     Microsoft's lookup page for AADSTS90023</a>
   */
  INVALID_REQUEST_90023(90023, "InvalidRequest", "The authentication service request isn't valid.",
      Category.CLIENT_CONFIGURATION, false),

  /**
   * AADSTS9002313 InvalidRequest: Request is malformed or invalid.
   *
   * @see <a href="https://login.microsoftonline.com/error?code=9002313">
   *     Microsoft's lookup page for AADSTS9002313</a>
   */
  INVALID_REQUEST_9002313(9002313, "InvalidRequest", "Request is malformed or invalid.",
      Category.CLIENT_CONFIGURATION, false);

  private static final int[] CODES = new int[16];

  private static final Object[] FOUND = new Object[16];

  static {
    for (AadstsCode constant : values()) {
      int i = slot(constant.code);
      while (CODES[i] != 0) {
        i = (i + 1) & (CODES.length - 1);
      }
      CODES[i] = constant.code;
      FOUND[i] = Optional.of(constant);
    }
  }

  private final int code;

  private final String identifier;

  private final String description;

  private final Category category;

  private final boolean retryable;

  AadstsCode(int code, String identifier, String description, Category category,
      boolean retryable) {
    this.code = code;
    this.identifier = identifier;
    this.description = description;
    this.category = category;
    this.retryable = retryable;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String identifier() {
    return identifier;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Category category() {
    return category;
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }

  /**
   * The catalogs this enum was generated from, most authoritative first.
   *
   * @return each catalog's file name, language and revision date
   */
  public static List<CatalogInfo> sources() {
    return Collections.unmodifiableList(Arrays.asList(
          CatalogInfo.of("golden.md", "en-US", "")));
  }

  /**
   * Returns the constant of a code number.
   *
   * @param code the number after {@code AADSTS}
   * @return the constant, or empty when the catalog does not list the code
   */
  @SuppressWarnings("unchecked")
  public static Optional<AadstsCode> find(int code) {
    // A slot holding 0 is empty (no code is 0): it ends the probe.
    for (int i = slot(code); ; i = (i + 1) & (CODES.length - 1)) {
      if (CODES[i] == 0) {
        return Optional.empty();
      }
      if (CODES[i] == code) {
        return (Optional<AadstsCode>) FOUND[i];
      }
    }
  }

  /**
   * Returns the constant of a code number, or a value that keeps the number of a code
   * the catalog does not list. Never null.
   *
   * @param code the number after {@code AADSTS}
   * @return the constant, or a code whose {@code isKnown()} is false
   */
  public static AadstsErrorCode of(int code) {
    Optional<AadstsCode> found = find(code);
    return found.isPresent() ? found.get() : AadstsErrorCode.unknown(code);
  }

  /**
   * Reads a code written as {@code AADSTS50034} or {@code 50034}, or named by its
   * identifier ({@code UserAccountNotFound}, also one of an older catalog revision) or
   * constant name ({@code USER_ACCOUNT_NOT_FOUND}): any case, blanks around it.
   *
   * @param text the text to read; may be null
   * @return the constant, or empty when the text names no code of the catalog
   */
  public static Optional<AadstsCode> parse(CharSequence text) {
    OptionalInt number = AadstsErrorCode.parseNumber(text);
    if (number.isPresent()) {
      return find(number.getAsInt());
    }
    return text == null ? Optional.empty() : Optional.ofNullable(named(text));
  }

  /**
   * Who has to act on a code.
   *
   * @param code the number after {@code AADSTS}
   * @return the code's category; {@code UNKNOWN} for codes the catalog does not list
   */
  public static Category categoryOf(int code) {
    switch (code) {
      case 50012:
      case 50029:
      case 90023:
      case 9002313:
        return Category.CLIENT_CONFIGURATION;
      case 50034:
        return Category.USER_ERROR;
      default:
        return Category.UNKNOWN;
    }
  }

  /**
   * Whether the same request can succeed when sent again, possibly after a wait.
   *
   * @param code the number after {@code AADSTS}
   * @return {@code true} for the catalog's retryable codes; {@code false} for others and
   *     for codes the catalog does not list
   */
  public static boolean isRetryable(int code) {
    switch (code) {
      default:
        return false;
    }
  }

  private static int slot(int code) {
    return (code * 0x9E3779B9) >>> 28;
  }

  private static AadstsCode named(CharSequence name) {
    switch (key(name)) {
      case "AUTHENTICATIONFAILED":
        return AUTHENTICATION_FAILED;
      case "INVALIDREQUEST90023":
        return INVALID_REQUEST_90023;
      case "INVALIDREQUEST9002313":
        return INVALID_REQUEST_9002313;
      case "USERACCOUNTNOTFOUND":
        return USER_ACCOUNT_NOT_FOUND;
      default:
        return null;
    }
  }

  private static String key(CharSequence name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && !Character.isWhitespace(c)) {
        key.append(Character.toUpperCase(c));
      }
    }
    return key.toString();
  }
}
