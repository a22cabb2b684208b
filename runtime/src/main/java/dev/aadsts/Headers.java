package dev.aadsts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounded, typed copies of the response headers that client-library exceptions hold, for {@link
 * ResponseHeaders#read}. A caller's map may be huge, endless or fail while it is read: the copy
 * looks at a bounded number of entries and values, keeps what it read before a failure, and holds
 * only string names and values.
 */
final class Headers {
  /** The names read: those {@link ResponseHeaders#read} and the challenge readers use. */
  static final String[] NAMES = {
    "Retry-After", "x-ms-request-id", "client-request-id", "WWW-Authenticate"
  };

  // Real responses have a few dozen headers with a value or two each.
  private static final int MAX_ENTRIES = 256;
  private static final int MAX_VALUES = 16;
  private static final int MAX_VALUE_LENGTH = 16 * 1024;

  /** Looks up one header by name in a library's own headers type. */
  interface Lookup {
    /** The header's first value, or null. */
    Object first(String name);
  }

  private Headers() {}

  /**
   * A copy of {@code value} if it is a {@code Map} of names to lists of values (MSAL4J, Spring 5
   * and 6); null otherwise.
   */
  static Map<String, List<String>> copy(Object value) {
    if (!(value instanceof Map)) {
      return null;
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    try {
      Iterator<? extends Map.Entry<?, ?>> entries = ((Map<?, ?>) value).entrySet().iterator();
      for (int i = 0; i < MAX_ENTRIES && entries.hasNext(); i++) {
        Map.Entry<?, ?> header = entries.next();
        Object name = header.getKey();
        if (name instanceof String && isWanted((String) name)) {
          headers.put((String) name, values(header.getValue()));
        }
      }
    } catch (Throwable e) {
      // A map that fails while iterating keeps the headers copied so far.
      Members.fallback(e);
    }
    return headers;
  }

  /** The wanted headers, each looked up by name through {@code lookup}. */
  static Map<String, List<String>> lookUp(Lookup lookup) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : NAMES) {
      Object value;
      try {
        value = lookup.first(name);
      } catch (Throwable e) {
        value = Members.fallback(e);
      }
      String text = capped(Members.string(value));
      if (text != null) {
        headers.put(name, Collections.singletonList(text));
      }
    }
    return headers;
  }

  /** The first value of {@code name}, any case, in a copy; or null. */
  static String first(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }

  private static boolean isWanted(String name) {
    for (String wanted : NAMES) {
      if (wanted.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> values(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof Iterable) {
      Iterator<?> it = ((Iterable<?>) value).iterator();
      for (int i = 0; i < MAX_VALUES && it.hasNext(); i++) {
        String text = capped(Members.string(it.next()));
        if (text != null) {
          values.add(text);
        }
      }
    } else if (value instanceof String[]) {
      String[] array = (String[]) value;
      for (int i = 0; i < MAX_VALUES && i < array.length; i++) {
        String text = capped(Members.string(array[i]));
        if (text != null) {
          values.add(text);
        }
      }
    }
    return values;
  }

  private static String capped(String value) {
    return value == null || value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH);
  }
}
