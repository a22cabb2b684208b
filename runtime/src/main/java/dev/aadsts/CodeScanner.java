package dev.aadsts;

import java.util.function.IntConsumer;

/**
 * Finds AADSTS code numbers in text with a linear scan.
 *
 * <p>Only a number written right after {@code AADSTS} is a code, so digits inside GUIDs,
 * timestamps, URLs or other prefixes such as {@code AADB2C90085} are never taken for one.
 */
final class CodeScanner {
  static final String PREFIX = "AADSTS";
  private static final String LOWER_PREFIX = "aadsts";

  // Code numbers have 5 to 7 digits today; 9 is the most that always fits in an int.
  private static final int MAX_DIGITS = 9;

  private CodeScanner() {}

  /** Passes every AADSTS code of {@code text} to {@code codes}, in order of appearance. */
  static void scan(String text, IntConsumer codes) {
    for (int i = next(text, 0); i >= 0; i = next(text, i + PREFIX.length())) {
      codes.accept(codeAt(text, i));
    }
  }

  /**
   * The index of the next {@code AADSTS} (any case) at or after {@code from} that is followed by a
   * code number, or -1.
   */
  static int next(String text, int from) {
    int last = text.length() - PREFIX.length();
    for (int i = Math.max(from, 0); i < last; i++) {
      // A letter or digit just before is another word ("XAADSTS1"); punctuation is not
      // ("credentials.AADSTS70008").
      if (digitsAt(text, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The number of code digits after an {@code AADSTS} (any case) that starts a code at {@code i},
   * or 0 if none does. A number of zeros only ({@code AADSTS0}) is not a code.
   */
  static int digitsAt(String text, int i) {
    if (i + PREFIX.length() >= text.length()
        || !prefixAt(text, i)
        || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !afterEscape(text, i))) {
      return 0;
    }
    int start = i + PREFIX.length();
    int digits = digitRun(text, start);
    for (int k = start; k < start + digits; k++) {
      if (text.charAt(k) != '0') {
        return digits;
      }
    }
    return 0;
  }

  /**
   * Whether a line break or tab written as an escape ends just before {@code i}: a repr or a JSON
   * string printed as is ({@code ; state 10\r\nAADSTS50076:}), where the escape's letter is no part
   * of a word.
   */
  private static boolean afterEscape(String text, int i) {
    char c = text.charAt(i - 1);
    return (c == 'n' || c == 'r' || c == 't') && i > 1 && text.charAt(i - 2) == '\\';
  }

  /**
   * Whether {@code AADSTS} in any case starts at {@code i}. {@code c | 0x20} is the lower case of
   * an ASCII letter and no other character's becomes a letter, so each character costs one compare
   * and English text, full of a's, fails at the first or second character.
   */
  private static boolean prefixAt(String text, int i) {
    for (int k = 0; k < LOWER_PREFIX.length(); k++) {
      if ((text.charAt(i + k) | 0x20) != LOWER_PREFIX.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The code number after the {@code AADSTS} at {@code index}, which {@link #next} returned. */
  static int codeAt(String text, int index) {
    int start = index + PREFIX.length();
    return value(text, start, start + digitRun(text, start));
  }

  /** The number written in {@code text[start, end)}, all digits, at most 9 of them. */
  static int value(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * Passes every positive number of 1 to 9 digits in {@code text} to {@code codes}: for "[50011,
   * 50076]". A digit run that touches a letter, a dot, a sign or another digit run's exponent
   * ({@code 1e5}, {@code -5}, {@code 1.5}) is not a code.
   */
  static void numbersIn(String text, IntConsumer codes) {
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isDigit(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        boolean afterPrefix = i >= PREFIX.length() && digitsAt(text, i - PREFIX.length()) > 0;
        if (end - i <= MAX_DIGITS
            && (afterPrefix || !numberPart(text, i - 1))
            && !numberPart(text, end)) {
          int value = Integer.parseInt(text.substring(i, end));
          if (value > 0) {
            codes.accept(value);
          }
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  /** Whether the character at {@code i} makes an adjacent digit run part of a longer token. */
  private static boolean numberPart(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return Character.isLetter(c) || c == '.' || c == '-' || c == '+';
  }

  /**
   * The length of the digit run at {@code start}, or 0 if there is none or it is too long to be a
   * code.
   */
  static int digitRun(String text, int start) {
    // Stops one past the limit, so that a long run of digits costs no more than a short one.
    int limit = Math.min(text.length(), start + MAX_DIGITS + 1);
    int end = start;
    while (end < limit && isDigit(text.charAt(end))) {
      end++;
    }
    int length = end - start;
    return length <= MAX_DIGITS ? length : 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
