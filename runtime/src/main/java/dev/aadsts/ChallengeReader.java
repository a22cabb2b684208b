package dev.aadsts;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code WWW-Authenticate} challenges (RFC 9110 section 11.6.1) into an {@link
 * AadstsError.Builder}: several challenges in one value ({@code PoP realm="", ..., Bearer
 * error="insufficient_claims", ...}), parameters as tokens or quoted strings with backslash
 * escapes, and token68 credentials, which are skipped.
 *
 * <p>The challenge read is the first that has an {@code error} parameter, else the first. Its
 * {@code error}, {@code error_description}, {@code error_uri} and {@code claims} fill the fields of
 * those names; its other parameters ({@code realm}, {@code authorization_uri}, {@code resource_id},
 * {@code client_id}, {@code nonce} and any other) become extra fields, names in lower case. An
 * unbalanced quote reads to the end; a parameter without a value is skipped.
 */
final class ChallengeReader {
  // Bounds on hostile headers: how many challenges and parameters are kept.
  private static final int MAX_CHALLENGES = 32;
  private static final int MAX_PARAMETERS = 64;
  private static final int MAX_VALUES = 64;

  private final String s;
  private int pos;

  private ChallengeReader(String s) {
    this.s = s;
  }

  /** Reads the values of one response's header, at most 64 of them. */
  static AadstsError read(Iterable<String> headerValues) {
    List<String> values = new ArrayList<>();
    if (headerValues != null) {
      for (String value : headerValues) {
        if (values.size() == MAX_VALUES) {
          break;
        }
        if (value != null) {
          values.add(value);
        }
      }
    }
    AadstsError.Builder builder = new AadstsError.Builder(String.join(", ", values));
    read(values, builder);
    return builder.build();
  }

  static void read(Iterable<String> values, AadstsError.Builder builder) {
    Map<String, String> chosen = null;
    int count = 0;
    for (String value : values) {
      if (value == null) {
        continue;
      }
      ChallengeReader reader = new ChallengeReader(AadstsError.capped(value));
      Map<String, String> params;
      while (count < MAX_CHALLENGES && (params = reader.next()) != null) {
        count++;
        if (chosen == null || (!chosen.containsKey("error") && params.containsKey("error"))) {
          chosen = params;
        }
      }
    }
    if (chosen != null) {
      apply(chosen, builder);
    }
  }

  private static void apply(Map<String, String> params, AadstsError.Builder builder) {
    for (Map.Entry<String, String> param : params.entrySet()) {
      String value = param.getValue();
      switch (param.getKey()) {
        case "error":
          builder.error = value;
          break;
        case "error_description":
          builder.errorDescription = value;
          break;
        case "error_uri":
          builder.errorUri = value;
          break;
        case "claims":
          builder.rawClaims = value;
          builder.claims = decodeClaims(value);
          break;
        default:
          builder.putExtraField(param.getKey(), value);
          break;
      }
    }
    if (builder.errorDescription != null) {
      MessageReader.read(builder.errorDescription, builder, false);
    }
  }

  /**
   * The claims as JSON: the value itself if it is a JSON object already, else its base64 (standard
   * or URL-safe alphabet, padded or not) decoded as UTF-8, if that gives a JSON object; else null.
   */
  static String decodeClaims(String value) {
    String trimmed = value.trim();
    if (trimmed.startsWith("{")) {
      return trimmed;
    }
    StringBuilder base64 = new StringBuilder(trimmed.length() + 3);
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '-') {
        base64.append('+');
      } else if (c == '_') {
        base64.append('/');
      } else if (c != '=') {
        base64.append(c);
      }
    }
    while (base64.length() % 4 != 0) {
      base64.append('=');
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(base64.toString());
      CharBuffer json =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      String text = json.toString().trim();
      return text.startsWith("{") ? text : null;
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }

  /** The parameters of the next challenge, or null at the end. */
  private Map<String, String> next() {
    while (pos < s.length() && (s.charAt(pos) == ',' || isBlank(s.charAt(pos)))) {
      pos++;
    }
    int schemeEnd = tokenEnd(pos);
    if (pos >= s.length()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (schemeEnd == pos) {
      // Not a token: skip the character, keep reading.
      pos++;
      return params;
    }
    pos = schemeEnd;
    skipBlanks();
    if (pos < s.length() && s.charAt(pos) != ',' && !token68()) {
      parameters(params);
    }
    return params;
  }

  /** Skips a token68 ({@code abc123==}) if one stands here, alone up to a comma or the end. */
  private boolean token68() {
    int end = pos;
    while (end < s.length()
        && (TextLabels.isAsciiLetterOrDigit(s.charAt(end))
            || "-._~+/".indexOf(s.charAt(end)) >= 0)) {
      end++;
    }
    int equals = end;
    while (equals < s.length() && s.charAt(equals) == '=') {
      equals++;
    }
    int after = equals;
    while (after < s.length() && isBlank(s.charAt(after))) {
      after++;
    }
    if (end > pos && (after >= s.length() || s.charAt(after) == ',')) {
      pos = after;
      return true;
    }
    return false;
  }

  private void parameters(Map<String, String> params) {
    while (pos < s.length()) {
      int nameEnd = tokenEnd(pos);
      int equals = skipBlanksFrom(nameEnd);
      if (nameEnd == pos || equals >= s.length() || s.charAt(equals) != '=') {
        // Not a parameter: skip to the next comma.
        int comma = s.indexOf(',', pos);
        pos = comma < 0 ? s.length() : comma;
        return;
      }
      String name = s.substring(pos, nameEnd).toLowerCase(Locale.ROOT);
      pos = skipBlanksFrom(equals + 1);
      String value = pos < s.length() && s.charAt(pos) == '"' ? quoted() : bare();
      if (!params.containsKey(name) && params.size() < MAX_PARAMETERS) {
        params.put(name, value);
      }
      skipBlanks();
      if (pos < s.length() && s.charAt(pos) != ',') {
        // Text after the value that is not a comma: skipped up to the next one.
        int comma = s.indexOf(',', pos);
        pos = comma < 0 ? s.length() : comma;
      }
      if (pos >= s.length()) {
        return;
      }
      // A comma: the next item is this challenge's parameter, or the next challenge.
      int item = pos;
      while (item < s.length() && (s.charAt(item) == ',' || isBlank(s.charAt(item)))) {
        item++;
      }
      int itemEnd = tokenEnd(item);
      int itemEquals = skipBlanksFrom(itemEnd);
      if (itemEnd == item || itemEquals >= s.length() || s.charAt(itemEquals) != '=') {
        return;
      }
      pos = item;
    }
  }

  /** A quoted string from {@code pos}, with backslash escapes decoded; to the end if unbalanced. */
  private String quoted() {
    StringBuilder out = new StringBuilder();
    int i = pos + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        break;
      }
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      out.append(c);
      i++;
    }
    pos = i;
    return out.toString();
  }

  /** An unquoted value: leniently up to a comma or a blank (some servers leave URIs unquoted). */
  private String bare() {
    int start = pos;
    while (pos < s.length() && s.charAt(pos) != ',' && !isBlank(s.charAt(pos))) {
      pos++;
    }
    return s.substring(start, pos);
  }

  private int tokenEnd(int from) {
    int i = from;
    while (i < s.length()
        && (TextLabels.isAsciiLetterOrDigit(s.charAt(i))
            || "!#$%&'*+-.^_`|~".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }

  private void skipBlanks() {
    pos = skipBlanksFrom(pos);
  }

  private int skipBlanksFrom(int from) {
    int i = from;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
