package dev.aadsts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code WWW-Authenticate} challenges (RFC 9110 section 11.6.1) into an {@link
 * AadstsErrorBuilder}: several challenges in one value ({@code PoP realm="", ..., Bearer
 * error="insufficient_claims", ...}), parameters as tokens or quoted strings with backslash
 * escapes, separated by commas or, as Azure Storage writes them, by blanks, and token68
 * credentials, which are skipped.
 *
 * <p>The challenge read is the first that has an {@code error} parameter, else the first that has
 * parameters ({@code Negotiate, Bearer authorization_uri=...}), else the first. Its {@code error},
 * {@code error_description}, {@code error_uri} and {@code claims} fill the fields of those names;
 * its other parameters ({@code realm}, {@code authorization_uri}, {@code resource_id}, {@code
 * client_id}, {@code nonce} and any other) become extra fields, names in lower case. An unbalanced
 * quote reads to the end; a parameter without a value is skipped.
 */
final class ChallengeReader {
  // Bounds on hostile headers: how many challenges and parameters are kept.
  private static final int MAX_CHALLENGES = 32;
  private static final int MAX_PARAMETERS = 64;
  private static final int MAX_VALUES = 64;
  private static final String HEADER_NAME = "WWW-Authenticate:";

  // RFC 9110 tchar: the characters of a token (scheme or parameter name).
  private static final boolean[] TOKEN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      TOKEN[c] = TextValues.isAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
  }

  private final String s;
  private int pos;

  private ChallengeReader(String s) {
    this.s = s;
  }

  /** Reads one header value. */
  static AadstsError read(String value) {
    AadstsErrorBuilder builder = new AadstsErrorBuilder(value);
    read(Collections.singletonList(value), builder);
    return builder.build();
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
    AadstsErrorBuilder builder = new AadstsErrorBuilder(String.join(", ", values));
    read(values, builder);
    return builder.build();
  }

  static void read(Iterable<String> values, AadstsErrorBuilder builder) {
    Map<String, String> chosen = null;
    int count = 0;
    for (String value : values) {
      if (value == null) {
        continue;
      }
      ChallengeReader reader = new ChallengeReader(AadstsError.capped(value));
      reader.skipHeaderName();
      Map<String, String> params;
      while (count < MAX_CHALLENGES && (params = reader.next()) != null) {
        count++;
        if (chosen == null || rank(params) > rank(chosen)) {
          chosen = params;
        }
      }
    }
    if (chosen != null) {
      apply(chosen, builder);
    }
  }

  /** 2 for a challenge with an {@code error}, 1 for one with other parameters, 0 for a bare one. */
  private static int rank(Map<String, String> params) {
    return params.containsKey("error") ? 2 : params.isEmpty() ? 0 : 1;
  }

  /** Skips {@code WWW-Authenticate:} before the value, as a log line or a copied header has it. */
  private void skipHeaderName() {
    while (pos < s.length() && TextValues.isBlank(s.charAt(pos))) {
      pos++;
    }
    if (s.regionMatches(true, pos, HEADER_NAME, 0, HEADER_NAME.length())) {
      pos += HEADER_NAME.length();
    }
  }

  private static void apply(Map<String, String> params, AadstsErrorBuilder builder) {
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
    try {
      // The URL-safe alphabet (RFC 4648 section 5) when it has its characters; padding optional.
      boolean urlSafe = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0;
      byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(trimmed);
      if (!isUtf8(bytes)) {
        return null;
      }
      String text = new String(bytes, StandardCharsets.UTF_8).trim();
      return text.startsWith("{") ? text : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether {@code bytes} are well-formed UTF-8 (RFC 3629): no overlongs, surrogates or cuts. */
  static boolean isUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int extra;
      int min;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        extra = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        extra = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        extra = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + extra >= bytes.length) {
        return false;
      }
      int value = b & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return false;
        }
        value = value << 6 | (next & 0x3F);
      }
      if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return false;
      }
      i += extra + 1;
    }
    return true;
  }

  /** The parameters of the next challenge, or null at the end. */
  private Map<String, String> next() {
    // Commas, blanks and characters that cannot start a scheme are skipped.
    while (pos < s.length() && tokenEnd(pos) == pos) {
      pos++;
    }
    if (pos >= s.length()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    pos = tokenEnd(pos);
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
        && (TextValues.isAsciiLetterOrDigit(s.charAt(end))
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
      int valueEnd = pos;
      skipBlanks();
      if (pos > valueEnd && pos < s.length() && s.charAt(pos) != ',' && isParameterAt(pos)) {
        // Azure Storage separates its parameters by blanks, not commas: "Bearer
        // authorization_uri=https://login.microsoftonline.com/<tenant>/oauth2/authorize
        // resource_id=https://storage.azure.com". Another scheme is never followed by "=".
        continue;
      }
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
      if (!isParameterAt(item)) {
        return;
      }
      pos = item;
    }
  }

  /**
   * Whether a parameter ({@code name=}, blanks allowed before the {@code =}) starts at {@code i}.
   */
  private boolean isParameterAt(int i) {
    int nameEnd = tokenEnd(i);
    int equals = skipBlanksFrom(nameEnd);
    return nameEnd > i && equals < s.length() && s.charAt(equals) == '=';
  }

  /** A quoted string from {@code pos}, with backslash escapes decoded; to the end if unbalanced. */
  private String quoted() {
    int start = pos + 1;
    int i = start;
    while (i < s.length() && s.charAt(i) != '"' && s.charAt(i) != '\\') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '"') {
      // No escapes: the common case, one substring.
      pos = i + 1;
      return s.substring(start, i);
    }
    StringBuilder out = new StringBuilder(i - start + 16).append(s, start, i);
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
    while (i < s.length() && s.charAt(i) < 128 && TOKEN[s.charAt(i)]) {
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
