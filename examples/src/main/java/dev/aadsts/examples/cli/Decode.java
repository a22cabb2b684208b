package dev.aadsts.examples.cli;

import dev.aadsts.AadstsError;
import dev.aadsts.AadstsErrorCode;
import dev.aadsts.AadstsException;
import dev.aadsts.Category;
import dev.aadsts.SubError;
import dev.aadsts.examples.AadstsCode;
import dev.aadsts.examples.AadstsExceptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code aadsts decode [FILE|-]}: every field of an Entra ID error read from a token-endpoint
 * response body, an authorization response (redirect), a {@code WWW-Authenticate} challenge, an
 * exception message or a log excerpt, who has to act, and what to do.
 */
final class Decode {
  /** How much input is read: error bodies and log excerpts are kilobytes. */
  static final int MAX_BYTES = 4 << 20;

  private Decode() {}

  static int run(
      String file,
      boolean json,
      boolean showSecrets,
      InputKind as,
      InputStream in,
      PrintStream out,
      PrintStream err)
      throws Aadsts.UsageException {
    boolean stdin = file == null || file.equals("-");
    String source = stdin ? "standard input" : file;
    String text = stdin ? read(in, source, err) : read(file, err);
    // Saying which kind was seen (or forced with --as) helps when the result is empty.
    InputKind kind = as != null ? as : InputKind.detect(text);
    AadstsError error = kind.read(text);
    boolean found = !error.codes().isEmpty() || error.error().isPresent();
    AadstsException typed = AadstsExceptions.of(error);
    Category category = typed.category();
    Shown shown = new Shown(showSecrets);
    if (json) {
      Output.json(out, toJson(error, kind, category, typed, shown));
    } else if (found) {
      print(error, kind, category, typed, shown, new Output(out, 16));
    } else {
      Output.note(
          err,
          "no Entra ID error in "
              + source
              + ": no AADSTS code"
              + switch (kind) {
                case JSON -> " and no OAuth error in the JSON body";
                case REDIRECT -> " and no OAuth error in the redirect";
                case CHALLENGE -> " and no OAuth error in the challenge";
                case MESSAGE -> " in the text";
              });
    }
    return found ? Aadsts.FOUND : Aadsts.NOT_FOUND;
  }

  private static String read(String file, PrintStream err) throws Aadsts.UsageException {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw unreadable(file, "not a valid path");
    }
    if (Files.isDirectory(path)) {
      throw unreadable(file, "it is a directory");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, file, err);
    } catch (NoSuchFileException e) {
      throw unreadable(file, "no such file");
    } catch (AccessDeniedException e) {
      throw unreadable(file, "permission denied");
    } catch (IOException e) {
      throw unreadable(
          file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static String read(InputStream in, String source, PrintStream err)
      throws Aadsts.UsageException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw unreadable(
          source, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      Output.note(err, "read the first " + (MAX_BYTES >> 20) + " MiB of " + source + " only");
      bytes = Arrays.copyOf(bytes, MAX_BYTES);
    }
    // JSON is UTF-8 (RFC 8259); bytes that are not are replaced, not fatal. Editors on Windows
    // start files with a byte order mark, which is not part of the text.
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Aadsts.UsageException unreadable(String source, String reason) {
    return new Aadsts.UsageException("cannot read " + source + ": " + reason, false);
  }

  /**
   * How values read from the input are shown: with {@link Secrets} redacted, unless {@code
   * --show-secrets} was given.
   */
  private record Shown(boolean secrets) {
    String text(String value) {
      return secrets ? value : Secrets.redact(value);
    }

    String field(String name, String value) {
      return secrets || !Secrets.isSecret(name) ? text(value) : Secrets.REDACTED;
    }
  }

  private static void print(
      AadstsError error,
      InputKind kind,
      Category category,
      AadstsException typed,
      Shown shown,
      Output text) {
    text.field("input", kind.description);
    error.error().ifPresent(value -> text.field("error", shown.text(value)));
    error.errorDescription().ifPresent(value -> text.field("description", shown.text(value)));
    text.field(
        "codes",
        error.codes().isEmpty()
            ? "none"
            : error.codes().stream().map(Decode::codeLine).collect(Collectors.joining("\n")));
    error.subError().ifPresent(value -> text.field("suberror", subError(value)));
    error.timestamp().ifPresent(value -> text.field("timestamp", value));
    error.traceId().ifPresent(value -> text.field("trace id", value));
    error.correlationId().ifPresent(value -> text.field("correlation id", value));
    error.errorUri().ifPresent(value -> text.field("error uri", shown.text(value)));
    text.field("claims", error.claims().map(value -> "present: " + value).orElse("none"));
    error
        .rawClaims()
        .filter(raw -> !error.claims().equals(Optional.of(raw)))
        .ifPresent(raw -> text.field("claims as sent", raw));
    error.httpStatus().ifPresent(value -> text.field("http status", Integer.toString(value)));
    error.retryAfter().ifPresent(value -> text.field("retry after", value.toSeconds() + " s"));
    for (Map.Entry<String, String> extra : error.extraFields().entrySet()) {
      text.field(
          "extra field", extra.getKey() + " = " + shown.field(extra.getKey(), extra.getValue()));
    }
    text.line("");
    text.field("category", category + ": " + Advice.meaning(category));
    text.field("retryable", typed.isRetryable() ? "yes" : "no");
    text.field("exception", exceptionName(typed) + superclassNote(typed));
    text.field("what to do", Advice.action(category));
  }

  /**
   * {@code AADSTS50034 UserAccountNotFound (USER_ERROR)}, or a note that the catalog has no
   * identifier for it or does not list it.
   */
  private static String codeLine(int number) {
    AadstsErrorCode code = AadstsCode.of(number);
    if (!code.isKnown()) {
      return Explain.aadsts(code) + " (not in the catalog)";
    }
    return code.identifier().isEmpty()
        ? Explain.aadsts(code) + " (" + code.category() + "), no identifier in the catalog"
        : Explain.aadsts(code) + " " + code.identifier() + " (" + code.category() + ")";
  }

  private static String subError(SubError subError) {
    return subError.value() + (subError.isKnown() ? "" : " (not a documented sub-error)");
  }

  /**
   * The class a caller would catch: {@code AadstsExceptions.IdsLockedException} for a generated
   * class, the simple name for a runtime one.
   */
  static String exceptionName(AadstsException typed) {
    Class<?> type = typed.getClass();
    return type.getEnclosingClass() == AadstsExceptions.class
        ? AadstsExceptions.class.getSimpleName() + "." + type.getSimpleName()
        : type.getSimpleName();
  }

  private static String superclassNote(AadstsException typed) {
    Class<?> parent = typed.getClass().getSuperclass();
    return typed.getClass().getEnclosingClass() == AadstsExceptions.class
        ? " (extends " + parent.getSimpleName() + ")"
        : "";
  }

  /** Every field, absent ones as null, so that the shape does not depend on the input. */
  private static Map<String, Object> toJson(
      AadstsError error, InputKind kind, Category category, AadstsException typed, Shown shown) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("found", !error.codes().isEmpty() || error.error().isPresent());
    json.put("input", kind.option());
    json.put("error", error.error().map(shown::text).orElse(null));
    json.put("error_description", error.errorDescription().map(shown::text).orElse(null));
    List<Map<String, Object>> codes =
        error.codes().stream().map(AadstsCode::of).map(Explain::describe).toList();
    json.put("codes", codes);
    json.put("suberror", error.subError().map(SubError::value).orElse(null));
    json.put("timestamp", error.timestamp().orElse(null));
    json.put("trace_id", error.traceId().orElse(null));
    json.put("correlation_id", error.correlationId().orElse(null));
    json.put("error_uri", error.errorUri().map(shown::text).orElse(null));
    json.put("claims_present", error.claims().isPresent());
    json.put("claims", error.claims().orElse(null));
    json.put("raw_claims", error.rawClaims().orElse(null));
    json.put("http_status", error.httpStatus().isPresent() ? error.httpStatus().getAsInt() : null);
    json.put("retry_after_seconds", error.retryAfter().map(Duration::toSeconds).orElse(null));
    Map<String, Object> extra = new LinkedHashMap<>();
    error.extraFields().forEach((name, value) -> extra.put(name, shown.field(name, value)));
    json.put("extra_fields", extra);
    json.put("category", category.name());
    json.put("retryable", typed.isRetryable());
    json.put("exception", exceptionName(typed));
    json.put("action", Advice.action(category));
    return json;
  }
}
