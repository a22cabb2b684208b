package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {

  @Test
  void textOutputNeverPassesTerminalControlCharacters() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Output(new PrintStream(bytes, true, StandardCharsets.UTF_8), 8)
        .field("error", "bad\u001b[2Jclear\u0007bell\u009bcsi\nnext line");
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b), printed);
    assertTrue(printed.contains("bad\\u001b[2Jclear\\u0007bell\\u009bcsi"), printed);
    assertTrue(printed.contains("next line"), printed);
  }

  @Test
  void jsonStringsSurviveEveryCharacter() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x800; c++) {
      all.append(c);
    }
    all.append("\"\\/ \u2028\u2029 \ud83d\ude00 \ufeff");
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("text \"quoted\"", all.toString());
    value.put("list", Arrays.asList(1, 3_000_000_000L, true, null, List.of(), Map.of()));

    String json = json(value);

    assertTrue(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n'), json);
    assertEquals(value, new ObjectMapper().readValue(json, Map.class));
  }

  @Test
  void jsonIsIndentedByTwoBlanks() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("a", List.of(1));
    value.put("b", Map.of());

    assertEquals("{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}\n", json(value));
  }

  @Test
  void otherValuesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> json(1.5));
  }

  @Test
  void wrapBreaksAtBlanksAndKeepsLongWords() {
    assertEquals(List.of("aaa bbb", "ccc"), Output.wrap("aaa bbb ccc", 7));
    assertEquals(
        List.of("a", "https://example.com/long", "b"),
        Output.wrap("a https://example.com/long b", 5));
    assertEquals(List.of(), Output.wrap("", 5));
  }

  @Test
  void fieldsAlignContinuationLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Output output = new Output(new PrintStream(bytes, true, StandardCharsets.UTF_8), 6);

    output.field("name", "first\r\nsecond");
    output.field("empty", "");

    assertEquals(
        "  name  first\n        second\n  empty\n", bytes.toString(StandardCharsets.UTF_8));
  }

  private static String json(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Output.json(new PrintStream(bytes, true, StandardCharsets.UTF_8), value);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
