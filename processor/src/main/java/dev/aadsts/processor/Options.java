package dev.aadsts.processor;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code -Aaadsts.*} processor options, read and checked once, when the processor starts.
 *
 * @param catalogFiles the paths of {@code aadsts.catalog}, separated like a class path
 * @param verbose whether the summary note (with the processor's time) is printed
 * @param problems one error for each wrong option, reported on the first annotated element
 */
record Options(List<String> catalogFiles, boolean verbose, List<String> problems) {

  /** The processor option that names the user's catalog files. */
  static final String CATALOG = "aadsts.catalog";

  /** The processor option that prints the summary note and the processor's own time. */
  static final String VERBOSE = "aadsts.verbose";

  /** Every option the processor declares. */
  static final Set<String> SUPPORTED = Set.of(CATALOG, VERBOSE);

  private static final String PREFIX = "aadsts.";

  Options {
    catalogFiles = List.copyOf(catalogFiles);
    problems = List.copyOf(problems);
  }

  /** Reads the options javac was given; {@code aadsts.*} ones it does not know are problems. */
  static Options read(Map<String, String> given) {
    List<String> problems = new ArrayList<>();
    List<String> files = List.of();
    boolean verbose = false;
    for (Map.Entry<String, String> option : new TreeMap<>(given).entrySet()) {
      String key = option.getKey();
      String value = option.getValue();
      if (key.equals(CATALOG)) {
        files = paths(value);
        if (files.isEmpty()) {
          problems.add(Messages.EMPTY_OPTION.format(key, "the path of a catalog markdown file"));
        }
      } else if (key.equals(VERBOSE)) {
        if (List.of("true", "false").contains(String.valueOf(value))) {
          verbose = Boolean.parseBoolean(value);
        } else {
          problems.add(Messages.BAD_BOOLEAN_OPTION.format(key, value));
        }
      } else if (key.startsWith(PREFIX)) {
        problems.add(Messages.UNKNOWN_OPTION.format(key, new TreeSet<>(SUPPORTED)));
      }
    }
    return new Options(files, verbose, problems);
  }

  private static List<String> paths(String option) {
    return option == null
        ? List.of()
        : Arrays.stream(option.split(Pattern.quote(File.pathSeparator)))
            .map(String::strip)
            .filter(path -> !path.isEmpty())
            .toList();
  }
}
