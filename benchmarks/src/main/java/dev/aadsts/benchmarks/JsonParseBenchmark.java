package dev.aadsts.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import dev.aadsts.AadstsError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: reading a token-endpoint error body. Run with {@code -prof gc} for bytes allocated
 * per operation ({@code gc.alloc.rate.norm}).
 *
 * <p>Every contender returns the OAuth error, the description, the AADSTS codes, the trace and
 * correlation IDs and the claims, so they do the same work; {@link AadstsError#parse} also reads
 * the sub-error, timestamp, error URI and other fields.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class JsonParseBenchmark {
  static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonFactory FACTORY = new JsonFactory();

  @Param({"oneLine", "pretty", "stringCodes", "claims", "longDescription"})
  public String shape;

  String json;

  @Setup
  public void setUp() {
    json = Bodies.body(shape);
  }

  /** What the hand-written and Nimbus ways give back. */
  public static final class Fields {
    final String error;
    final String description;
    final List<Integer> codes;
    final String traceId;
    final String correlationId;
    final String claims;

    Fields(
        String error,
        String description,
        List<Integer> codes,
        String traceId,
        String correlationId,
        String claims) {
      this.error = error;
      this.description = description;
      this.codes = codes;
      this.traceId = traceId;
      this.correlationId = correlationId;
      this.claims = claims;
    }

    @Override
    public String toString() {
      return error
          + " "
          + codes
          + " trace="
          + traceId
          + " correlation="
          + correlationId
          + " claims="
          + claims
          + " description="
          + description;
    }
  }

  /** This library. */
  @Benchmark
  public AadstsError aadstsParse() {
    return AadstsError.parse(json);
  }

  /** The hand-written way: Jackson's tree, then a regular expression over the description. */
  @Benchmark
  public Fields jacksonTreeAndRegex() throws JsonProcessingException {
    JsonNode root = MAPPER.readTree(json);
    String description = root.path("error_description").asText(null);
    return new Fields(
        root.path("error").asText(null),
        description,
        codesIn(description),
        root.path("trace_id").asText(null),
        root.path("correlation_id").asText(null),
        root.path("claims").asText(null));
  }

  /**
   * The careful hand-written way: Jackson's streaming parser (as this library uses), the same
   * fields, then the regular expression over the description. A lower bound for the JSON part.
   */
  @Benchmark
  public Fields jacksonStreamingAndRegex() throws IOException {
    String error = null;
    String description = null;
    String traceId = null;
    String correlationId = null;
    String claims = null;
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        switch (name) {
          case "error":
            error = p.getText();
            break;
          case "error_description":
            description = p.getText();
            break;
          case "trace_id":
            traceId = p.getText();
            break;
          case "correlation_id":
            correlationId = p.getText();
            break;
          case "claims":
            claims = p.getText();
            break;
          default:
            break;
        }
      }
    }
    return new Fields(error, description, codesIn(description), traceId, correlationId, claims);
  }

  /** Nimbus OAuth 2.0 SDK: its JSON parser and ErrorObject, then the same regular expression. */
  @Benchmark
  public Fields nimbusErrorObject() throws ParseException {
    ErrorObject e = ErrorObject.parse(JSONObjectUtils.parse(json));
    Object trace = e.getCustomParams().get("trace_id");
    Object correlation = e.getCustomParams().get("correlation_id");
    Object claims = e.getCustomParams().get("claims");
    return new Fields(
        e.getCode(),
        e.getDescription(),
        codesIn(e.getDescription()),
        trace == null ? null : trace.toString(),
        correlation == null ? null : correlation.toString(),
        claims == null ? null : claims.toString());
  }

  static List<Integer> codesIn(String text) {
    List<Integer> codes = new ArrayList<>();
    if (text != null) {
      Matcher m = AADSTS.matcher(text);
      while (m.find()) {
        codes.add(Integer.parseInt(m.group(1)));
      }
    }
    return codes;
  }
}
