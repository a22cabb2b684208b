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
import java.util.Optional;
import java.util.Set;

/**
 * The curated category and retryability of each code, read from the classification overlay in
 * {@code catalog-source} ({@code META-INF/aadsts/classification.json}).
 *
 * <pre>{"format": 1, "codes": [{"code": 50034, "identifier": "UserAccountNotFound",
 *   "category": "USER_ERROR", "retryable": false}, ...]}</pre>
 */
final class Classification {

  static final String FILE_NAME = "classification.json";
  static final String RESOURCE = "META-INF/aadsts/" + FILE_NAME;

  /** The names of the runtime's {@code dev.aadsts.Category} constants. */
  static final Set<String> CATEGORIES = RuntimeTypes.CATEGORY_EXCEPTIONS.keySet();

  /**
   * How a code is classified.
   *
   * @param category a name of {@link #CATEGORIES}
   * @param retryable whether the same request can succeed when sent again
   * @param curated {@code true} when it comes from the data file, {@code false} from {@link
   *     ClassificationRules}
   */
  record Kind(String category, boolean retryable, boolean curated) {}

  /** The file, read: the kinds by code, or the problems that stopped it. */
  record Result(Map<Integer, Kind> kinds, List<CatalogProblem> problems) {
    Result {
      kinds = Map.copyOf(kinds);
      problems = List.copyOf(problems);
    }
  }

  private Classification() {}

  /**
   * Reads the classification file. Every entry must have an int {@code code}, a known {@code
   * category} and a boolean {@code retryable}; {@code identifier} is informational.
   */
  static Result parse(String file, String json) {
    Map<Integer, Kind> kinds = new LinkedHashMap<>();
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
                String.format(
                    Messages.BAD_CLASSIFICATION,
                    "the file",
                    "it needs \"format\": 1 and \"codes\"")));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(
          new CatalogProblem(
              true, file, line, String.format(Messages.NOT_JSON, e.getOriginalMessage())));
    } catch (IOException e) {
      problems.add(new CatalogProblem(true, file, 0, String.format(Messages.NOT_READABLE, e)));
    }
    return new Result(problems.isEmpty() ? kinds : Map.of(), problems);
  }

  private static void readEntry(
      String file, JsonParser parser, Map<Integer, Kind> kinds, List<CatalogProblem> problems)
      throws IOException {
    int line = parser.currentLocation().getLineNr();
    Integer code = null;
    String category = null;
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
          if (value == JsonToken.VALUE_STRING && CATEGORIES.contains(parser.getText())) {
            category = parser.getText();
          } else {
            wrong.add("\"category\" must be one of " + new java.util.TreeSet<>(CATEGORIES));
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
              String.format(Messages.BAD_CLASSIFICATION, entry, String.join("; ", wrong))));
      return;
    }
    kinds.put(code, new Kind(category, retryable, true));
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
        String.format(Messages.BAD_CLASSIFICATION, "the file", what));
  }

  /** The kind of a code: the curated one, else the rules' guess from its English text. */
  static Kind kindOf(Map<Integer, Kind> curated, MergedCode code) {
    return Optional.ofNullable(curated.get(code.code()))
        .orElseGet(
            () ->
                ClassificationRules.classify(code.identifier().orElse(""), code.description("en")));
  }
}
