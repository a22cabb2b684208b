package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every rule that turns catalog identifiers into Java names: how an identifier splits into words,
 * the constant ({@code UPPER_SNAKE}) and class ({@code UpperCamel}) spelling of those words, and
 * the names the generated code keeps for itself. {@link NameAllocator} makes the names unique.
 *
 * <p>A word starts at an upper-case letter after a lower-case one ({@code UserAccount}), at the
 * last capital of an acronym followed by a lower-case letter ({@code PKeyAuth}: {@code P}, {@code
 * Key}), or at a capital after digits that follow a lower-case letter ({@code OAuth2IdP}: {@code
 * OAuth2}, {@code IdP}). Digits stay with the word before them, so {@code B2B}, {@code V2} and
 * {@code XCB2B} are whole words. Underscores separate words. Spellings that these rules would cut
 * apart come from {@link #WORDS}, the few Microsoft uses in its identifiers.
 */
final class Naming {
  private Naming() {}

  /**
   * Microsoft's spellings that the general rules would split ({@code OAuth} is not {@code O Auth},
   * {@code AuthN} not {@code Auth N}), each with its spelling in a class name. A spelling matches
   * only where a word starts and when a word boundary follows it.
   */
  static final Map<String, String> WORDS =
      Map.of(
          "OAuth", "OAuth",
          "IdP", "Idp",
          "AuthN", "Authn",
          "AuthZ", "Authz",
          "PKey", "Pkey");

  private static final String CODE_PREFIX = "AADSTS";

  /**
   * The longest exception class name made from an identifier; a longer one gives the code its
   * number instead ({@code Aadsts50034Exception}), so the nested class's file name stays within the
   * 255 bytes file systems allow.
   */
  static final int MAX_LENGTH = 160;

  /**
   * The words of an identifier: {@code OAuth2IdPUnretryableServerError} → {@code OAuth2}, {@code
   * IdP}, {@code Unretryable}, {@code Server}, {@code Error}.
   */
  static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    int n = identifier.length();
    int i = 0;
    while (i < n) {
      if (identifier.charAt(i) == '_') {
        i++;
        continue;
      }
      int end = listedWordEnd(identifier, i);
      if (end < 0) {
        end = i + 1;
        while (end < n && !startsWord(identifier, end)) {
          end++;
        }
      }
      words.add(identifier.substring(i, end));
      i = end;
    }
    return words;
  }

  /** Where a word of {@link #WORDS} (with the digits after it) ends, or -1 if none starts at i. */
  private static int listedWordEnd(String identifier, int i) {
    for (String word : WORDS.keySet()) {
      if (identifier.startsWith(word, i)) {
        int end = i + word.length();
        while (end < identifier.length() && isDigit(identifier.charAt(end))) {
          end++;
        }
        if (end == identifier.length()
            || identifier.charAt(end) == '_'
            || isUpper(identifier.charAt(end))) {
          return end;
        }
      }
    }
    return -1;
  }

  /** Whether a new word starts at {@code i > 0} of a run of letters and digits. */
  private static boolean startsWord(String s, int i) {
    char c = s.charAt(i);
    if (c == '_') {
      return true;
    }
    if (!isUpper(c)) {
      return false;
    }
    char before = s.charAt(i - 1);
    if (isLower(before)) {
      return true;
    }
    boolean lowerAfter = i + 1 < s.length() && isLower(s.charAt(i + 1));
    if (isUpper(before)) {
      return lowerAfter;
    }
    if (isDigit(before)) {
      int j = i - 1;
      while (j > 0 && isDigit(s.charAt(j))) {
        j--;
      }
      // OAuth2|IdP and V2|Global start words; B2B and XCB2B stay whole.
      return isLower(s.charAt(j)) || lowerAfter;
    }
    return false;
  }

  /** {@code [OAuth2, IdP, Error]} → {@code OAUTH2_IDP_ERROR}. */
  static String constant(List<String> words) {
    return String.join("_", words).toUpperCase(Locale.ROOT);
  }

  /**
   * {@code [OAuth2, IdP, Error]} → {@code OAuth2IdpError}: each word capitalized, acronyms too; an
   * underscore between two words where digits would run together ({@code V2_90023}).
   */
  static String camel(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (out.length() > 0 && isDigit(out.charAt(out.length() - 1)) && isDigit(word.charAt(0))) {
        out.append('_');
      }
      int letters = word.length();
      while (letters > 1 && isDigit(word.charAt(letters - 1))) {
        letters--;
      }
      String listed = WORDS.get(word.substring(0, letters));
      if (listed != null) {
        out.append(listed).append(word, listed.length(), word.length());
      } else {
        out.append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** {@code UserAccountNotFound} → {@code USER_ACCOUNT_NOT_FOUND}. */
  static String upperSnake(String identifier) {
    return constant(words(identifier));
  }

  /** The words of a code without an identifier: {@code AADSTS50029}. */
  static List<String> unnamed(int code) {
    return List.of(CODE_PREFIX + code);
  }

  /** The exception class of words: {@code [User, Locked]} → {@code UserLockedException}. */
  static String exception(List<String> words) {
    return camel(words) + "Exception";
  }

  /**
   * The exceptions class of an enum: {@code AadstsCode} → {@code AadstsExceptions}, {@code
   * EntraCodes} → {@code EntraCodesExceptions}.
   */
  static ClassRef exceptionsClass(ClassRef codeEnum) {
    String name = codeEnum.simpleName();
    String base = name.endsWith("Code") ? name.substring(0, name.length() - 4) : name;
    return codeEnum.peer(base + "Exceptions");
  }

  /** ASCII only: identifiers are ASCII, and Java's wider rules must not change names. */
  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
