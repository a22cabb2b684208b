package dev.aadsts.examples.cli;

import dev.aadsts.AadstsError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of input {@code decode} reads, how it tells them apart, and which reader reads each.
 */
enum InputKind {
  /** A token-endpoint error body. */
  JSON("token-endpoint error body (JSON)"),
  /** An authorization response: a redirect URI, a query string or fragment, a form_post body. */
  REDIRECT("authorization response (redirect URI, query or form_post body)"),
  /** The value of a {@code WWW-Authenticate} header, or the header line itself. */
  CHALLENGE("WWW-Authenticate challenge"),
  /** Anything else: an exception message or a log excerpt. */
  MESSAGE("exception message or log text");

  private static final String HEADER = "www-authenticate:";

  /** What the text output calls it. */
  final String description;

  InputKind(String description) {
    this.description = description;
  }

  /** The name {@code --as} takes and the JSON output's {@code input} gives. */
  String option() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kinds as {@code --as} takes them, separated by {@code |}. */
  static String options() {
    return Stream.of(values()).map(InputKind::option).collect(Collectors.joining("|"));
  }

  /** The kind {@code --as} names. */
  static InputKind named(String option) throws Aadsts.UsageException {
    for (InputKind kind : values()) {
      if (kind.option().equals(option.strip().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new Aadsts.UsageException("--as takes " + options() + ", not '" + option + "'");
  }

  /**
   * The kind of {@code text} by its start: {@code {} is a body; a URI with a query or fragment,
   * {@code ?} or {@code #}, or one line of {@code name=value} pairs is an authorization response;
   * a {@code WWW-Authenticate:} line, a response's status line and headers with one, or a value
   * starting with a {@code Bearer} or {@code PoP} challenge is a challenge; anything else is a
   * message.
   */
  static InputKind detect(String text) {
    String start = text.strip();
    if (start.startsWith("{")) {
      return JSON;
    }
    if (start.regionMatches(true, 0, HEADER, 0, HEADER.length())
        || start.startsWith("HTTP/") && hasHeaderLine(start)
        || startsWithScheme(start, "bearer")
        || startsWithScheme(start, "pop")) {
      return CHALLENGE;
    }
    if (start.startsWith("?") || start.startsWith("#") || isUriWithQuery(start) || isForm(start)) {
      return REDIRECT;
    }
    return MESSAGE;
  }

  private static boolean hasHeaderLine(String text) {
    return text.lines()
        .anyMatch(line -> line.strip().regionMatches(true, 0, HEADER, 0, HEADER.length()));
  }

  /** {@code Bearer error="..."}: the scheme, a blank, then parameters or a token68. */
  private static boolean startsWithScheme(String text, String scheme) {
    return text.length() > scheme.length() + 1
        && text.regionMatches(true, 0, scheme, 0, scheme.length())
        && (text.charAt(scheme.length()) == ' ' || text.charAt(scheme.length()) == '\t');
  }

  /** {@code scheme://...?...} or {@code scheme://...#...} on one line, without blanks. */
  private static boolean isUriWithQuery(String text) {
    int colon = text.indexOf("://");
    if (colon < 1 || !Character.isLetter(text.charAt(0)) || hasBlank(text)) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return text.indexOf('?', colon) > 0 || text.indexOf('#', colon) > 0;
  }

  /** {@code error=access_denied&error_description=...}: one line of form parameters. */
  private static boolean isForm(String text) {
    int equals = text.indexOf('=');
    if (equals < 1 || hasBlank(text)) {
      return false;
    }
    for (int i = 0; i < equals; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** The error in {@code text}, read as this kind of input. */
  AadstsError read(String text) {
    return switch (this) {
      case JSON -> AadstsError.parse(text);
      case REDIRECT -> AadstsError.fromRedirect(text.strip());
      case CHALLENGE -> AadstsError.fromWwwAuthenticate(challenges(text));
      case MESSAGE -> AadstsError.fromMessage(text);
    };
  }

  /**
   * The header values in {@code text}: the {@code WWW-Authenticate:} lines without their name where
   * there are such lines (a response's headers pasted whole), else the whole text.
   */
  private static List<String> challenges(String text) {
    List<String> values = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String value = line.strip();
      if (value.regionMatches(true, 0, HEADER, 0, HEADER.length())) {
        values.add(value.substring(HEADER.length()).strip());
      }
    }
    return values.isEmpty() ? List.of(text.strip()) : values;
  }

  private static boolean hasBlank(String text) {
    return text.chars().anyMatch(Character::isWhitespace);
  }
}
