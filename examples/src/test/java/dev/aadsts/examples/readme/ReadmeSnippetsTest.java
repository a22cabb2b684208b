package dev.aadsts.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's snippets that name their source file ({@code // examples/src/...java} as the first
 * line) are that file's code, line for line and in order: the code the tests compile and run.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final String FENCE = "```";

  @Test
  void everyNamedSnippetIsItsSourceFilesCode() throws IOException {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    int snippets = 0;
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).equals(FENCE + "java") && readme.get(i + 1).startsWith("// examples/")) {
        Path source = ROOT.resolve(readme.get(i + 1).substring(3).trim());
        List<String> code = new ArrayList<>();
        for (i += 2; !readme.get(i).equals(FENCE); i++) {
          if (!readme.get(i).isBlank()) {
            code.add(readme.get(i).strip());
          }
        }
        assertInOrder(source, code, Files.readAllLines(source));
        snippets++;
      }
    }
    assertEquals(7, snippets, "snippets naming their source");
  }

  private static void assertInOrder(Path source, List<String> snippet, List<String> file) {
    int at = 0;
    for (String line : snippet) {
      while (at < file.size() && !file.get(at).strip().equals(line)) {
        at++;
      }
      assertTrue(at < file.size(), () -> source + " has no line, in order: " + line);
      at++;
    }
  }
}
