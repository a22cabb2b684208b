package dev.aadsts;

import java.net.URI;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * An AADSTS error code: a constant of a generated catalog enum, or a code the catalog does not
 * know, which keeps its number.
 *
 * <p>The number is the identity of a code. Identifiers and descriptions change between catalog
 * revisions; Microsoft documents codes as diagnostic information.
 */
public interface AadstsErrorCode {

  /** The address of Microsoft's error lookup page, to which the code number is appended. */
  String HELP_URI_PREFIX = "https://login.microsoftonline.com/error?code=";

  /**
   * The number after {@code AADSTS}.
   *
   * @return the code number, for example {@code 50034}
   */
  int code();

  /**
   * The catalog's identifier of the code, such as {@code UserAccountNotFound}.
   *
   * @return the identifier, or the empty string when the catalog gives none or the code is unknown
   */
  String identifier();

  /**
   * The catalog's description of the code, cleaned of markup.
   *
   * @return the description, or the empty string when the catalog has none or the code is unknown
   */
  String description();

  /**
   * The catalog's description of the code in a language, where a catalog of that language was part
   * of the generation; otherwise in English, otherwise {@link #description()}.
   *
   * @param locale the language wanted; only its language matters
   * @return the description, or the empty string when there is none
   */
  default String description(Locale locale) {
    return description();
  }

  /**
   * Who has to act on the code, from its documented meaning.
   *
   * @return the category; {@link Category#UNKNOWN} for codes the catalog does not list
   */
  Category category();

  /**
   * Whether sending the same request again, possibly after a wait, can succeed.
   *
   * @return {@code true} for throttling, temporary and retryable server errors
   */
  boolean isRetryable();

  /**
   * Whether the code is a constant of the catalog the code was generated from.
   *
   * @return {@code false} only for codes the catalog does not list
   */
  default boolean isKnown() {
    return true;
  }

  /**
   * Microsoft's lookup page for the code, which may have newer information than the catalog.
   *
   * @return {@code https://login.microsoftonline.com/error?code=<code>}
   */
  default URI helpUri() {
    return URI.create(HELP_URI_PREFIX + code());
  }

  /**
   * A code that no catalog constant stands for. It keeps the number, so it can still be logged,
   * compared and looked up online.
   *
   * @param code the code number
   * @return a value whose {@link #isKnown()} is {@code false}
   */
  static AadstsErrorCode unknown(int code) {
    return new UnknownAadstsCode(code);
  }

  /**
   * Reads a code number written as {@code AADSTS50034}, {@code aadsts50034} or {@code 50034}, with
   * blanks around it. Generated {@code parse} methods use it.
   *
   * @param text the text to read; may be null
   * @return the number, or empty when the text is not one code
   */
  static OptionalInt parseNumber(CharSequence text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    boolean prefixed = end - start > 6;
    for (int i = 0; prefixed && i < 6; i++) {
      prefixed = Character.toUpperCase(text.charAt(start + i)) == "AADSTS".charAt(i);
    }
    if (prefixed) {
      start += 6;
    }
    // Nine digits always fit an int; no code has more.
    if (start == end || end - start > 9) {
      return OptionalInt.empty();
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      value = value * 10 + (c - '0');
    }
    return OptionalInt.of(value);
  }
}
