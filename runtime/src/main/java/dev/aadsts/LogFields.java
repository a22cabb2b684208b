package dev.aadsts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The log-safe fields of an error: see {@link AadstsErrors#logFields(AadstsError)}. */
final class LogFields {
  private LogFields() {}

  static Map<String, String> of(AadstsError error, Category category) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (error.firstCode().isPresent()) {
      fields.put("aadsts.code", CodeScanner.PREFIX + error.firstCode().getAsInt());
    }
    put(fields, "aadsts.error", error.error().orElse(null));
    put(
        fields,
        "aadsts.suberror",
        error.subError().isPresent() ? error.subError().get().value() : null);
    fields.put("aadsts.category", category.name().toLowerCase(Locale.ROOT));
    put(fields, "aadsts.correlation_id", error.correlationId().orElse(null));
    put(fields, "aadsts.trace_id", error.traceId().orElse(null));
    put(fields, "aadsts.timestamp", error.timestamp().orElse(null));
    if (error.httpStatus().isPresent()) {
      fields.put("http.status", Integer.toString(error.httpStatus().getAsInt()));
    }
    return Collections.unmodifiableMap(fields);
  }

  private static void put(Map<String, String> fields, String name, String value) {
    if (value != null) {
      fields.put(name, LogSafe.text(value, LogSafe.SHORT));
    }
  }
}
