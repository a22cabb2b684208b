package dev.aadsts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields of an {@link AadstsError} as a reader finds them; {@link #build()} makes the value.
 */
final class AadstsErrorBuilder {
  // Real responses have a handful of each: the limits bound the memory hostile input costs.
  static final int MAX_CODES = 1000;
  static final int MAX_EXTRA_FIELDS = 1000;

  String error;
  String errorDescription;
  final Set<Integer> codes = new LinkedHashSet<>();
  SubError subError;
  String timestamp;
  String traceId;
  String correlationId;
  String errorUri;
  String claims;
  String rawClaims;
  Integer httpStatus;
  Duration retryAfter;
  final String rawBody;
  String credential;
  final Map<String, String> extraFields = new LinkedHashMap<>();

  AadstsErrorBuilder(String rawBody) {
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  void addCode(int code) { // 0 and negative numbers are not codes
    if (code > 0 && codes.size() < MAX_CODES) {
      codes.add(code);
    }
  }

  void putExtraField(String name, String value) {
    if (extraFields.size() < MAX_EXTRA_FIELDS || extraFields.containsKey(name)) {
      extraFields.put(name, value);
    }
  }

  AadstsError build() {
    return new AadstsError(this);
  }
}
