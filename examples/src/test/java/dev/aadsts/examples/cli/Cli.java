package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One run of the tool in this process: its exit status and what it wrote.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record Cli(int status, String out, String err) {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** Runs the tool with empty standard input. */
  static Cli run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs the tool with {@code stdin} as standard input. */
  static Cli runWithInput(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Cli run(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Aadsts.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Cli(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output read as JSON; fails unless it is exactly one JSON value. */
  JsonNode json() {
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + out, e);
    }
  }

  /** Asserts a usage error: status 2, nothing on standard output, no stack trace. */
  Cli assertUsageError() {
    assertEquals(Aadsts.USAGE, status, this::toString);
    assertEquals("", out);
    assertNoStackTrace();
    return this;
  }

  Cli assertNoStackTrace() {
    assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
    return this;
  }
}
