package dev.aadsts.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code aadsts} command: explains Entra ID error codes, decodes the errors that carry them and
 * lists the catalog, using only the generated {@code AadstsCode} and {@code AadstsExceptions} and
 * the runtime.
 *
 * <p>Exit status: {@value #FOUND} found, {@value #NOT_FOUND} nothing found or an unknown code,
 * {@value #USAGE} a usage error or unreadable input.
 */
public final class Aadsts {
  /** Exit status: the code or error was found. */
  static final int FOUND = 0;

  /** Exit status: nothing found, or a code the catalog does not list. */
  static final int NOT_FOUND = 1;

  /** Exit status: bad arguments, or input that cannot be read. */
  static final int USAGE = 2;

  static final String USAGE_TEXT =
      """
      Usage: aadsts <command> [--json] [arguments]

      Explains Microsoft Entra ID AADSTS error codes and decodes the errors that carry them.

      Commands:
        explain <code>         what a code means: AADSTS50034, 50034 or UserAccountNotFound
        decode [FILE|-]        read a token-endpoint error body (JSON), a redirect URI, query
                               string or form_post body, a WWW-Authenticate challenge, an
                               exception message or a log excerpt from FILE, or from standard
                               input for - or none; tokens, secrets and passwords in it are
                               shown as <redacted>
        list [--category C]    the catalog as a table, or only the codes of category C
        help                   show this text

      Options:
        --json                 write JSON to standard output instead of text
        --as KIND              with decode, read the input as KIND, not by its look: one of
                               %s
        --show-secrets         with decode, show tokens, secrets and passwords as they are
        --category C           with list, one of (in any case):
      %s
        -h, --help             show this text

      Exit status: 0 found, 1 nothing found or unknown code, 2 usage error or unreadable input.
      """
          .formatted(InputKind.options(), indented(Output.wrap(ListCodes.categoryNames(), 70), 25));

  private Aadsts() {}

  private static String indented(List<String> lines, int blanks) {
    return String.join("\n", lines.stream().map(line -> " ".repeat(blanks) + line).toList());
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the command line, without the program name
   * @param in standard input, read by {@code decode} without a file or with {@code -}
   * @param out where results go
   * @param err where usage errors and notes go
   * @return the exit status: {@link #FOUND}, {@link #NOT_FOUND} or {@link #USAGE}
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    Invocation invocation;
    try {
      invocation = Invocation.parse(args);
    } catch (UsageException e) {
      return usageError(e, err);
    }
    if (invocation.help() || invocation.command().equals("help")) {
      out.print(USAGE_TEXT);
      return FOUND;
    }
    try {
      return switch (invocation.command()) {
        case "explain" -> Explain.run(invocation.operand(), invocation.json(), out, err);
        case "decode" ->
            Decode.run(
                invocation.operand(),
                invocation.json(),
                invocation.showSecrets(),
                invocation.as(),
                in,
                out,
                err);
        case "list" -> ListCodes.run(invocation.category(), invocation.json(), out, err);
        default -> throw new IllegalStateException(invocation.command());
      };
    } catch (UsageException e) {
      return usageError(e, err);
    } finally {
      out.flush();
    }
  }

  private static int usageError(UsageException e, PrintStream err) {
    Output.note(err, e.getMessage());
    if (e.pointsToHelp) {
      err.println("Run 'aadsts --help' for usage.");
    }
    return USAGE;
  }

  /**
   * A usage error or unreadable input: the message is printed after {@code aadsts: }, and the
   * status is {@value #USAGE}.
   */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether the usage text can help: not for a file that cannot be read. */
    private final boolean pointsToHelp;

    UsageException(String message) {
      this(message, true);
    }

    UsageException(String message, boolean pointsToHelp) {
      super(message);
      this.pointsToHelp = pointsToHelp;
    }
  }

  /**
   * A parsed command line. Options may come before or after the command; {@code --} ends them, so
   * that a file named {@code --json} can still be decoded.
   *
   * @param command {@code explain}, {@code decode}, {@code list} or {@code help}
   * @param operand the command's one argument, or null
   * @param category the value of {@code --category}, or null
   * @param as the kind {@code --as} names, or null
   * @param json whether {@code --json} was given
   * @param showSecrets whether {@code --show-secrets} was given
   * @param help whether {@code -h} or {@code --help} was given
   */
  record Invocation(
      String command,
      String operand,
      String category,
      InputKind as,
      boolean json,
      boolean showSecrets,
      boolean help) {

    static Invocation parse(String[] args) throws UsageException {
      List<String> words = new ArrayList<>();
      String category = null;
      InputKind as = null;
      boolean json = false;
      boolean showSecrets = false;
      boolean help = false;
      boolean optionsEnded = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
          words.add(arg);
        } else if (arg.equals("--")) {
          optionsEnded = true;
        } else if (arg.equals("--json")) {
          json = true;
        } else if (arg.equals("--show-secrets")) {
          showSecrets = true;
        } else if (arg.equals("--as") || arg.startsWith("--as=")) {
          if (as != null) {
            throw new UsageException("--as is given twice");
          }
          if (arg.equals("--as")) {
            if (i + 1 == args.length) {
              throw new UsageException("--as needs a value: " + InputKind.options());
            }
            as = InputKind.named(args[++i]);
          } else {
            as = InputKind.named(arg.substring("--as=".length()));
          }
        } else if (arg.equals("-h") || arg.equals("--help")) {
          help = true;
        } else if (arg.equals("--category") || arg.startsWith("--category=")) {
          if (category != null) {
            throw new UsageException("--category is given twice");
          }
          if (arg.equals("--category")) {
            if (i + 1 == args.length) {
              throw new UsageException("--category needs a value: " + ListCodes.categoryNames());
            }
            category = args[++i];
          } else {
            category = arg.substring("--category=".length());
          }
        } else {
          throw new UsageException("unknown option '" + arg + "'");
        }
      }
      if (help) {
        return new Invocation("help", null, null, null, json, showSecrets, true);
      }
      if (words.isEmpty()) {
        throw new UsageException("no command given: explain, decode, list or help");
      }
      String command = words.get(0);
      List<String> operands = words.subList(1, words.size());
      switch (command) {
        case "help" -> {}
        case "explain" -> {
          if (operands.size() != 1) {
            throw new UsageException(
                operands.isEmpty()
                    ? "explain needs a code, such as AADSTS50034, 50034 or UserAccountNotFound"
                    : "explain takes one code, not " + operands.size());
          }
        }
        case "decode" -> {
          if (operands.size() > 1) {
            throw new UsageException(
                "decode reads one file (or - for standard input), not " + operands.size());
          }
        }
        case "list" -> {
          if (!operands.isEmpty()) {
            throw new UsageException(
                "list takes no arguments; to choose a category, use --category " + operands.get(0));
          }
        }
        default ->
            throw new UsageException(
                "unknown command '" + command + "': explain, decode, list or help");
      }
      if (category != null && !command.equals("list")) {
        throw new UsageException("--category goes with list, not " + command);
      }
      if (showSecrets && !command.equals("decode")) {
        throw new UsageException("--show-secrets goes with decode, not " + command);
      }
      if (as != null && !command.equals("decode")) {
        throw new UsageException("--as goes with decode, not " + command);
      }
      return new Invocation(
          command,
          operands.isEmpty() ? null : operands.get(0),
          category,
          as,
          json,
          showSecrets,
          false);
    }
  }
}
