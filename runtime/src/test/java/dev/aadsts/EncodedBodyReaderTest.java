package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An encoded body read in place ({@link EmbeddedBody#read}, through {@link EncodedBodyReader})
 * gives what decoding it first gives ({@link EmbeddedBody#readDecodedFirst}: the body decoded, read
 * by {@link JsonBodyReader}, its end mapped back): the same fields, codes, description, claims and
 * other fields, and the same index where the walk goes on. Seeded generators: the seed is printed,
 * and {@code -Daadsts.seed=N} replays a run.
 */
class EncodedBodyReaderTest {
  private static final String GUID = "0f8a6f0e-4d3c-4b5e-9c3a-1b2c3d4e5f60";
  private static final String[] NAMES = {
    "error",
    "error_description",
    "error_codes",
    "timestamp",
    "trace_id",
    "correlation_id",
    "error_uri",
    "suberror",
    "claims",
    "inner_error",
    "error_x",
    "details",
    "errorCode",
  };
  private static final String[] PIECES = {
    "AADSTS50126: ",
    "Error validating credentials. ",
    "Trace ID: " + GUID,
    " Correlation ID: <uuid> ",
    "Timestamp: 2025-05-01 12:34:56Z",
    "\\r\\n",
    "\\\"quoted\\\"",
    "\\u0041\\u00e9",
    "\\u12",
    "\\\\",
    "\\/",
    "\\t",
    "'single'",
    "é",
    "😀",
    "&",
    "a & b",
    "&amp;",
    "<b>",
    "[invalid_grant] ",
    "(401) ",
    "x=y; ",
    "{nested}",
    "AADSTS700016",
    ", ",
    ": ",
    "\\",
    "\t\r\n",
    "\\u00",
    "\\u0000\\u007f",
    "&#0;&#x110000;&#12345678;&#X41;&#;&;&Quot;&quot&amp",
    "&#128512;&#x1F600;&#xD83D;",
  };

  private static final String[] BLANKS = {"", "", " ", "\n  ", "\r\n\t"};

  private static long seed;

  @BeforeAll
  static void seed() {
    seed = Long.getLong("aadsts.seed", System.nanoTime());
    System.out.println(
        "EncodedBodyReaderTest seed: " + seed + " (replay: -Daadsts.seed=" + seed + ")");
  }

  @Test
  void generatedBodiesReadInPlaceAsDecodedFirst() {
    Random random = new Random(seed);
    for (int n = 0; n < 4000; n++) {
      String body = body(random);
      for (int encoding = 0; encoding < 7; encoding++) {
        String encoded = encode(body, encoding, random);
        if (random.nextInt(3) == 0) {
          encoded = encoded.substring(0, random.nextInt(encoded.length() + 1));
        }
        if (random.nextInt(8) == 0 && !encoded.isEmpty()) {
          int at = random.nextInt(encoded.length());
          char c = "\\&\"';:,{}[]#x \n".charAt(random.nextInt(15));
          encoded = encoded.substring(0, at) + c + encoded.substring(at + 1);
        }
        String prefix = random.nextBoolean() ? "{\"level\":\"error\",\"msg\":\"failed: " : "x: ";
        String suffix = suffix(random);
        String message = prefix + encoded + suffix;
        assertSame(message, prefix.length(), n, encoding);
        // Any other brace in the message, too.
        int other = message.indexOf('{', prefix.length() + 1 + random.nextInt(message.length()));
        if (other > 0) {
          assertSame(message, other, n, encoding);
        }
      }
    }
  }

  @Test
  void fixedCases() {
    String[] bodies = {
      "{\\\"error\\\":\\\"invalid_grant\\\",\\\"error_description\\\":\\\"AADSTS70008: x\\\"}",
      "{\\\"error\\\":\\u0022a\\u0022,\\\"error_codes\\\":[5\\u00300]}",
      "{\\\"error\\\":\\\"a\\\\u0041b\\\",\\\"claims\\\":{\\\"x\\\":[1,\\\"}\\\"]}}",
      "{\\\"error\\\":\\\"a\\\" /* \\\"c\\\" */ , // x\\n \\\"suberror\\\":\\\"b\\\"}",
      "{\\\"error\\\":\\\"a\\\\\\\"}",
      "{\\\"error\\\":\\\"a\\uZZ\\\"}",
      "{\\\"error\\\"=>nil, error_uri: bare\\u0077ord}",
      "{&quot;error&quot;:&quot;a&#128512;b&quot;,&#34;error_codes&#34;:[&#x22;50011&#x22;]}",
      "{&quot;error&quot;:&quot;a&amp;b\\&quot;c&quot;,&quot;claims&quot;:&quot;{}&quot;}",
      "{&quot;error&quot;:&#128512;, &quot;x&quot;:1}",
      "{&#39;error&#39;: &#39;invalid_client&#39;, &#39;trace_id&#39;: None}",
      "{&quot;error&quot;:&quot;a\\u&#48;&#48;41&quot;}",
      "{\\\"error\\\":\\\"a\\\"}\\u007d tail",
      "{\\\"error\\\":\\\"a",
      "{&quot;error&quot;:&quot;a&quot",
    };
    for (String body : bodies) {
      assertSame("msg " + body + " AADSTS50011 Trace ID: " + GUID, 4, -1, -1);
    }
    // Strings longer than the reused buffers, ended or not.
    StringBuilder longText = new StringBuilder();
    for (int k = 0; k < 1500; k++) {
      longText.append("AADSTS").append(50000 + k).append(k % 7 == 0 ? "\\\\r\\\\n" : " ");
    }
    String escaped = "{\\\"error_description\\\":\\\"" + longText;
    String entities =
        "{&quot;error_description&quot;:&quot;" + longText.toString().replace("\\\\", "\\");
    assertSame("msg " + escaped + "\\\"} tail", 4, -2, -2);
    assertSame("msg " + escaped, 4, -2, -2);
    assertSame("msg " + entities + "&quot;} tail", 4, -2, -2);
    assertSame("msg " + entities, 4, -2, -2);
  }

  private static void assertSame(String message, int brace, int n, int encoding) {
    String where = "seed " + seed + ", body " + n + ", encoding " + encoding + ": " + message;
    AadstsErrorBuilder inPlace = new AadstsErrorBuilder(message);
    AadstsErrorBuilder decodedFirst = new AadstsErrorBuilder(message);
    int expected = EmbeddedBody.readDecodedFirst(message, brace, decodedFirst);
    int actual = EmbeddedBody.read(message, brace, inPlace);
    assertEquals(expected, actual, where);
    AadstsError want = decodedFirst.build();
    AadstsError got = inPlace.build();
    assertEquals(want, got, where);
    assertEquals(want.toString(), got.toString(), where);
    assertEquals(want.errorDescription(), got.errorDescription(), where);
    assertEquals(want.claims(), got.claims(), where);
    assertEquals(want.codes(), got.codes(), where);
    assertEquals(want.extraFields(), got.extraFields(), where);
  }

  /** A body as a client would print it: JSON, a Python dict or a Ruby hash, sometimes odd. */
  private static String body(Random random) {
    boolean python = random.nextInt(4) == 0;
    char q = python ? '\'' : '"';
    String blank = BLANKS[random.nextInt(BLANKS.length)];
    StringBuilder b = new StringBuilder("{").append(blank);
    int fields = 1 + random.nextInt(8);
    for (int f = 0; f < fields; f++) {
      String name = f == 0 ? "error" : NAMES[random.nextInt(NAMES.length)];
      if (random.nextInt(30) == 0) {
        b.append(name); // unquoted
      } else {
        b.append(q).append(name).append(q);
      }
      b.append(random.nextInt(20) == 0 ? " => " : random.nextBoolean() ? ": " : ":");
      b.append(value(name, q, python, random));
      if (random.nextInt(25) == 0) {
        b.append(random.nextBoolean() ? " /* note */ " : " // note\n");
      }
      if (f + 1 < fields) {
        b.append(',').append(blank);
      }
    }
    return b.append(blank).append('}').toString();
  }

  private static String value(String name, char q, boolean python, Random random) {
    switch (random.nextInt(name.equals("error_codes") || name.equals("claims") ? 3 : 12)) {
      case 0:
        return name.equals("claims")
            ? "{" + q + "access_token" + q + ":{" + q + "nbf" + q + ":[1," + q + "}" + q + "]}}"
            : "[" + random.nextInt(1000000) + ", " + q + "AADSTS" + random.nextInt(99999) + q + "]";
      case 1:
        return name.equals("claims")
            ? q + "{\\" + q + "access_token\\" + q + ":{}}" + q
            : q + "[" + random.nextInt(100000) + "]" + q;
      case 2:
        return python
            ? (random.nextBoolean() ? "None" : "True")
            : random.nextBoolean() ? "null" : "-1";
      case 3:
        return String.valueOf(random.nextInt(10000));
      default:
        StringBuilder v = new StringBuilder().append(q);
        int pieces = random.nextInt(6);
        for (int p = 0; p < pieces; p++) {
          String piece = PIECES[random.nextInt(PIECES.length)];
          if (piece.indexOf(q) >= 0) {
            piece = piece.replace(String.valueOf(q), "\\" + q);
          }
          v.append(piece);
        }
        return v.append(q).toString();
    }
  }

  /** The body encoded: plain, escaped once or twice, or with character references. */
  private static String encode(String body, int encoding, Random random) {
    switch (encoding) {
      case 0:
        return body;
      case 1:
        return escape(body, random);
      case 2:
        return escape(escape(body, random), random);
      case 3:
        return body.replace("&", "&amp;").replace("\"", "&quot;");
      case 4:
        return entities(body, random);
      case 5:
        return body.replace("\"", "&#34;").replace("'", "&#39;");
      default:
        return entities(escape(body, random), random);
    }
  }

  private static String escape(String s, Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int r = random.nextInt(40);
      if (c == '"') {
        out.append(r == 0 ? "\\u0022" : r == 1 ? "\"" : "\\\"");
      } else if (c == '\\') {
        out.append(r == 0 ? "\\u005c" : "\\\\");
      } else if (c == '\n') {
        out.append(r == 0 ? "\n" : "\\n");
      } else if (c == '\r' || c == '\t') {
        out.append(r == 0 ? String.valueOf(c) : c == '\r' ? "\\r" : "\\t");
      } else if (r == 0 && c == '/') {
        out.append("\\/");
      } else if (r == 1 && c < 128) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (r == 2 && c == '\'') {
        out.append("\\'");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String entities(String s, Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
      int c = s.codePointAt(i);
      int r = random.nextInt(10);
      if (c == '"') {
        out.append(r < 5 ? "&quot;" : r < 7 ? "&#34;" : r < 9 ? "&#x22;" : "&#X0022;");
      } else if (c == '&') {
        out.append(r < 8 ? "&amp;" : "&#38;");
      } else if (c == '\'') {
        out.append(r < 5 ? "&#39;" : r < 8 ? "&apos;" : "'");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c > 0xFFFF || r == 0) {
        out.append("&#").append(c).append(';');
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static String suffix(Random random) {
    List<String> parts = new ArrayList<>();
    parts.add(random.nextBoolean() ? "\"}" : "");
    parts.add(random.nextBoolean() ? " AADSTS50011" : "");
    parts.add(random.nextBoolean() ? " Correlation ID: " + GUID : "");
    parts.add(random.nextBoolean() ? " &quot; \\\" }" : "");
    return String.join("", parts);
  }
}
