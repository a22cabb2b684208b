package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help", "list --help", "explain -h", "frob --help"})
  void helpGoesToStandardOutput(String args) {
    Cli cli = Cli.run(args.split(" "));

    assertEquals(Aadsts.FOUND, cli.status());
    assertEquals(Aadsts.USAGE_TEXT, cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void theUsageTextNamesEveryCommandAndOption() {
    for (String word :
        List.of(
            "explain <code>",
            "decode [FILE|-]",
            "list [--category C]",
            "help",
            "--json",
            "-h, --help",
            "Exit status: 0 found, 1 nothing found or unknown code, 2 usage error")) {
      assertTrue(Aadsts.USAGE_TEXT.contains(word), word);
    }
    assertTrue(Aadsts.USAGE_TEXT.lines().allMatch(line -> line.length() <= 100));
  }

  @Test
  void noCommandIsAUsageError() {
    Cli cli = Cli.run().assertUsageError();

    assertEquals(
        "aadsts: no command given: explain, decode, list or help\n"
            + "Run 'aadsts --help' for usage.\n",
        cli.err());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli cli = Cli.run("describe", "50034").assertUsageError();

    assertTrue(cli.err().startsWith("aadsts: unknown command 'describe'"), cli.err());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli cli = Cli.run("list", "--jsn").assertUsageError();

    assertTrue(cli.err().startsWith("aadsts: unknown option '--jsn'\n"), cli.err());
  }

  @Test
  void categoryOnlyGoesWithList() {
    Cli cli = Cli.run("explain", "50034", "--category", "service").assertUsageError();

    assertTrue(cli.err().startsWith("aadsts: --category goes with list, not explain\n"));
  }

  @Test
  void optionsMayComeBeforeOrAfterTheCommand() {
    assertEquals(
        Cli.run("--json", "explain", "50034").out(), Cli.run("explain", "50034", "--json").out());
  }
}
