package dev.aadsts.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * Hides credentials in what {@code decode} prints: the values of fields and parameters named {@code
 * access_token}, {@code refresh_token}, {@code id_token}, {@code client_secret}, {@code
 * client_assertion}, {@code code} and {@code password}, in any case. Error bodies and log excerpts
 * get pasted into tickets and chats, and a token in them is a live credential.
 */
final class Secrets {
  /** What a hidden value is shown as. */
  static final String REDACTED = "<redacted>";

  private static final List<String> NAMES =
      List.of(
          "access_token",
          "refresh_token",
          "id_token",
          "client_secret",
          "client_assertion",
          "code",
          "password");

  private Secrets() {}

  /** Whether a field or parameter of this name holds a credential. */
  static boolean isSecret(String name) {
    return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The text with the value after each secret name replaced by {@link #REDACTED}, where the name is
   * a whole word followed by {@code =} or {@code :}: {@code password=x&...}, {@code
   * "client_secret": "x"}, {@code 'code': 'x'}, {@code "code"=>"x"}. A value that is an object or
   * array is left alone (a claims request names {@code access_token} and {@code id_token}), and so
   * is a number after {@code code}: that is an error code ({@code error?code=50034}), not an
   * authorization code. Unquoted, {@code code} counts only before {@code =}, so that prose such as
   * {@code Error Code: invalid_grant} stays readable.
   */
  static String redact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      Span value = i > 0 && isWordChar(text.charAt(i - 1)) ? null : valueAfterName(text, i);
      if (value == null) {
        i++;
        continue;
      }
      out.append(text, copied, value.start()).append(REDACTED);
      copied = value.end();
      i = value.end();
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /** Where a value is in the text: {@code [start, end)}. */
  private record Span(int start, int end) {}

  /** The value of the secret whose name starts at {@code at}, or null if none starts there. */
  private static Span valueAfterName(String text, int at) {
    for (String name : NAMES) {
      if (text.regionMatches(true, at, name, 0, name.length())) {
        return valueAfter(text, at, name);
      }
    }
    return null;
  }

  private static Span valueAfter(String text, int at, String name) {
    int i = at + name.length();
    if (i < text.length() && isWordChar(text.charAt(i))) {
      return null;
    }
    // A quoted name, also backslash-escaped as in a JSON body inside a message: \"password\".
    boolean quoted = at > 0 && isQuote(text.charAt(at - 1));
    if (quoted && text.startsWith("\\", i)) {
      i++;
    }
    if (quoted && i < text.length() && text.charAt(i) == text.charAt(at - 1)) {
      i++;
    }
    i = skipBlanks(text, i);
    boolean onlyEquals = name.equals("code") && !quoted;
    if (i == text.length() || !(text.charAt(i) == '=' || text.charAt(i) == ':' && !onlyEquals)) {
      return null;
    }
    i = skipBlanks(text, i + 1);
    if (i < text.length() && text.charAt(i) == '>') {
      i = skipBlanks(text, i + 1);
    }
    if (i == text.length()) {
      return null;
    }
    boolean escaped =
        text.charAt(i) == '\\' && i + 1 < text.length() && isQuote(text.charAt(i + 1));
    if (escaped) {
      i++;
    }
    char first = text.charAt(i);
    if (isQuote(first)) {
      // Up to the closing quote: unescaped, or escaped the same way as the opening one.
      int close = i + 1;
      while (close < text.length()
          && (text.charAt(close) != first || (text.charAt(close - 1) == '\\') != escaped)) {
        close++;
      }
      int end = escaped ? close - 1 : close;
      return end <= i + 1 ? null : new Span(i + 1, end);
    }
    int end = i;
    while (end < text.length() && !endsBareValue(text.charAt(end))) {
      end++;
    }
    return end == i || name.equals("code") && isDigits(text, i, end) ? null : new Span(i, end);
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean endsBareValue(char c) {
    return Character.isWhitespace(c) || "&,;{}[]()<>\"'\\".indexOf(c) >= 0;
  }

  private static boolean isDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
