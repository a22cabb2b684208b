package dev.aadsts.processor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Parse stage: the curated category and retryability of each code, read from the classification
 * overlay in {@code catalog-source} ({@code META-INF/aadsts/classification.json}).
 *
 * <pre>{"format": 1, "codes": [{"code": 50034, "identifier": "UserAccountNotFound",
 *   "category": "USER_ERROR", "retryable": false}, ...]}</pre>
 */
final class ClassificationParser {

  static final String FILE_NAME = "classification.json";
  static final String RESOURCE = "META-INF/aadsts/" + FILE_NAME;

  /** The file, read: the kinds by code, or the problems that stopped it. */
  record Result(Map<Integer, CodeKind> kinds, List<CatalogProblem> problems) {
    Result {
      kinds = Map.copyOf(kinds);
      problems = List.copyOf(problems);
    }
  }

  private static final Set<String> CATEGORY_NAMES =
      java.util.Arrays.stream(Category.values()).map(Enum::name).collect(Collectors.toSet());

  private ClassificationParser() {}

  /**
   * Reads the classification file. Every entry must have an int {@code code}, a known {@code
   * category} and a boolean {@code retryable}; {@code identifier} is informational.
   */
  static Result parse(String file, String json) {
    Map<Integer, CodeKind> kinds = new LinkedHashMap<>();
    List<CatalogProblem> problems = new ArrayList<>();
    boolean formatSeen = false;
    boolean codesSeen = false;
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      expect(
          parser, parser.nextToken(), JsonToken.START_OBJECT, "the file must be one JSON object");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("format")) {
          if (value != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != 1) {
            problems.add(problem(file, parser, "\"format\" must be 1"));
          }
          formatSeen = true;
        } else if (field.equals("codes")) {
          expect(parser, value, JsonToken.START_ARRAY, "\"codes\" must be an array");
          for (JsonToken entry = parser.nextToken();
              entry != JsonToken.END_ARRAY;
              entry = parser.nextToken()) {
            if (entry == JsonToken.START_OBJECT) {
              readEntry(file, parser, kinds, problems);
            } else {
              problems.add(problem(file, parser, "each element of \"codes\" must be an object"));
              parser.skipChildren();
            }
          }
          codesSeen = true;
        } else {
          problems.add(problem(file, parser, "unknown field \"" + field + "\""));
          parser.skipChildren();
        }
      }
      if (!formatSeen || !codesSeen) {
        problems.add(
            new CatalogProblem(
                true,
                file,
                0,
                Messages.BAD_CLASSIFICATION.format(
                    "the file", "it needs \"format\": 1 and \"codes\"")));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(
          new CatalogProblem(true, file, line, Messages.NOT_JSON.format(e.getOriginalMessage())));
    } catch (IOException e) {
      problems.add(new CatalogProblem(true, file, 0, Messages.NOT_READABLE.format(e)));
    }
    return new Result(problems.isEmpty() ? kinds : Map.of(), problems);
  }

  private static void readEntry(
      String file, JsonParser parser, Map<Integer, CodeKind> kinds, List<CatalogProblem> problems)
      throws IOException {
    int line = parser.currentLocation().getLineNr();
    Integer code = null;
    Category category = null;
    Boolean retryable = null;
    List<String> wrong = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "code" -> {
          if (value == JsonToken.VALUE_NUMBER_INT
              && parser.getLongValue() > 0
              && parser.getLongValue() <= Integer.MAX_VALUE) {
            code = parser.getIntValue();
          } else {
            wrong.add("\"code\" must be a positive int");
          }
        }
        case "category" -> {
          if (value == JsonToken.VALUE_STRING && Category.named(parser.getText()) != null) {
            category = Category.named(parser.getText());
          } else {
            wrong.add("\"category\" must be one of " + new TreeSet<>(CATEGORY_NAMES));
          }
        }
        case "retryable" -> {
          if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
            retryable = value == JsonToken.VALUE_TRUE;
          } else {
            wrong.add("\"retryable\" must be true or false");
          }
        }
        case "identifier" -> {
          if (value != JsonToken.VALUE_STRING) {
            wrong.add("\"identifier\" must be a string");
          }
        }
        default -> {
          wrong.add("unknown field \"" + field + "\"");
          parser.skipChildren();
        }
      }
    }
    String entry = code == null ? "the entry" : "the entry of code " + code;
    if (code == null && wrong.stream().noneMatch(w -> w.startsWith("\"code\""))) {
      wrong.add("\"code\" is missing");
    }
    if (category == null && wrong.stream().noneMatch(w -> w.startsWith("\"category\""))) {
      wrong.add("\"category\" is missing");
    }
    if (retryable == null && wrong.stream().noneMatch(w -> w.startsWith("\"retryable\""))) {
      wrong.add("\"retryable\" is missing");
    }
    if (code != null && kinds.containsKey(code)) {
      wrong.add("code " + code + " is classified twice");
    }
    if (!wrong.isEmpty()) {
      problems.add(
          new CatalogProblem(
              true,
              file,
              line,
              Messages.BAD_CLASSIFICATION.format(entry, String.join("; ", wrong))));
      return;
    }
    kinds.put(code, new CodeKind(category, retryable, true));
  }

  private static void expect(JsonParser parser, JsonToken actual, JsonToken expected, String rule)
      throws IOException {
    if (actual != expected) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, rule);
    }
  }

  private static CatalogProblem problem(String file, JsonParser parser, String what) {
    return new CatalogProblem(
        true,
        file,
        parser.currentLocation().getLineNr(),
        Messages.BAD_CLASSIFICATION.format("the file", what));
  }
}
