package dev.aadsts;

/**
 * The spans of a message that {@link MessageReader} looks at as a whole: the error description,
 * which ends at a stack trace or its closing quote; and the colons of times and the brackets of log
 * lines, which it passes over after a look at their neighbours.
 */
final class TextSpans {
  private TextSpans() {}

  /**
   * {@code text[start, end)} as one {@code long}, {@code start} in the high half: how a value found
   * in a message is kept until it is asked for ({@link AadstsErrorBuilder#mayLeave}). Never 0 for a
   * value that is not empty.
   */
  static long span(int start, int end) {
    return (long) start << 32 | end;
  }

  /**
   * A span of {@code text} from {@code start} whose end is found when it is read: a message's
   * description ({@link #description}). Never 0.
   */
  static long from(int start) {
    return (long) start << 32 | OPEN;
  }

  /**
   * A {@link #span} of {@code text} that is a JSON string with escapes, its quote before {@code
   * start} and after {@code end}: its value is the string decoded.
   */
  static long escaped(int start, int end) {
    return span(start, end) | ESCAPED;
  }

  private static final long OPEN = 0xFFFFFFFFL;
  private static final long ESCAPED = 1L << 30; // beyond any index: the input is capped at 2^20

  static int start(long span) {
    return (int) (span >>> 32);
  }

  /** The end of a {@link #span} or {@link #escaped} span. */
  static int end(long span) {
    return (int) (span & (ESCAPED - 1));
  }

  /**
   * The description a {@link #span}, {@link #escaped} span or {@link #from} of {@code text} holds,
   * or null for 0.
   */
  static String description(String text, long span) {
    if ((span & OPEN) == OPEN) {
      return description(text, start(span));
    }
    return (span & ESCAPED) == 0
        ? copy(text, span)
        : JsonStrings.decoded(text, start(span), end(span));
  }

  /** The text of a {@link #span}, or null for 0, an empty span or a {@link #from}. */
  static String copy(String text, long span) {
    int start = (int) (span >>> 32);
    int end = (int) span;
    return end > start ? text.substring(start, end) : null;
  }

  /** Whether the {@link #span} of {@code text} is a GUID; false for 0. */
  static boolean isGuid(String text, long span) {
    int start = (int) (span >>> 32);
    return span != 0 && (int) span - start == 36 && TextValues.isGuidAt(text, start);
  }

  /** Whether the {@link #span} of {@code text} is a time as Entra writes it; false for 0. */
  static boolean isEntraTime(String text, long span) {
    return span != 0 && TextValues.isEntraTime(text, (int) (span >>> 32), (int) span);
  }

  /**
   * Whether the colon at {@code i} is one of a time ({@code 12:34}), which the text has many of: a
   * digit on each side, and not a three-digit number before it (a status: {@code RESPONSE 400:}).
   * No label ends in a digit and no status follows a colon without a blank, so such a colon gives
   * nothing, and is passed over without looking further.
   */
  static boolean isTimeColon(String text, int i) {
    if (i == 0 || i + 1 >= text.length() || !CodeScanner.isDigit(text.charAt(i + 1))) {
      return false;
    }
    int digits = 0;
    while (digits < 4 && i - digits > 0 && CodeScanner.isDigit(text.charAt(i - digits - 1))) {
      digits++;
    }
    return digits > 0 && digits != 3;
  }

  /**
   * Whether the next colon after the time colon at {@code i} is its second ({@code 12:34:56}),
   * three on: then it is taken without a search.
   */
  static boolean timeColonAfter(String text, int i) {
    // isTimeColon saw a digit at i + 1.
    return i + 3 < text.length() && text.charAt(i + 3) == ':' && text.charAt(i + 2) != ':';
  }

  /**
   * Whether what a bracket at {@code i} can start is there: an OAuth error or a number right after
   * it, or a blank before it ({@code 400 (Bad Request)}, {@code 7000215 - [...]}). Most brackets of
   * a log line or stack trace ({@code (TokenClient.java:42)}) have neither.
   */
  static boolean bracketMayOpen(String text, int i) {
    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return (next >= 'a' && next <= 'z')
        || next == '_'
        || CodeScanner.isDigit(next)
        || (i > 0 && text.charAt(i - 1) == ' ');
  }

  /**
   * The error description from {@code descriptionStart}: up to the closing quote when it was
   * quoted, else up to a stack trace or the end, with literal {@code \r\n}-style escapes decoded.
   */
  static String description(String text, int descriptionStart) {
    int start = descriptionStart;
    int end = stackTraceStart(text, start);
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    if (before == '"' || before == '\'') {
      int close = Unescaping.closingQuote(text, start, before);
      end = Math.min(end, close < 0 ? text.length() : close);
    }
    // Trimmed as String.trim does, before the copy, so that the text is copied once.
    end = Math.max(start, end);
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    int backslash = text.indexOf('\\', start);
    return backslash < 0 || backslash >= end
        ? text.substring(start, end)
        : Unescaping.lineEscapes(text, start, end).trim();
  }

  /**
   * The first {@code "\n\tat "} or {@code "\nCaused by: "} at or after {@code from}, or the end:
   * found from the line breaks, which a character search passes faster than a string search.
   */
  private static int stackTraceStart(String text, int from) {
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (text.startsWith("\tat ", i + 1) || text.startsWith("Caused by: ", i + 1)) {
        return i;
      }
    }
    return text.length();
  }
}
