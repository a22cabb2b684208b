package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives every code one constant name and one exception class name, unique among each other, the
 * deprecated aliases and the names the generated code keeps for itself ({@link Naming}).
 *
 * <ol>
 *   <li>A code's name is its identifier's words ({@code USER_ACCOUNT_NOT_FOUND}, {@code
 *       UserAccountNotFoundException}), or {@code AADSTS<code>} without one.
 *   <li>A name two codes would share (one identifier for two codes, or two identifiers that spell
 *       the same name, such as {@code A1B} and {@code A_1B}) gets each code's number: {@code
 *       INVALID_REQUEST_90023}. Different identifiers meeting this way are a warning.
 *   <li>Names that carry their code's number are given first, so {@code INVALID_REQUEST_90023}
 *       always stands for AADSTS90023: a row whose identifier reads like another code's name
 *       ({@code InvalidRequest_90023} for AADSTS99999999) gets its own number too, with a warning
 *       naming both rows; so does one that takes a name of the generated code.
 *   <li>Aliases (older identifiers of a code) follow the same rules and never take a constant's
 *       name: the code that has a name now keeps it.
 * </ol>
 *
 * Each step looks names up in hash sets: time is linear in the number of codes.
 */
final class NameAllocator {

  /**
   * The names of one code.
   *
   * @param constant the enum constant
   * @param exception the simple name of its exception class
   * @param aliases its deprecated aliases
   * @param derived whether the name carries the code's number because of another code
   */
  record Names(
      String constant, String exception, List<CodeConstant.Alias> aliases, boolean derived) {
    Names {
      aliases = List.copyOf(aliases);
    }
  }

  /**
   * The names, in the order of the codes given, and a warning for each clash resolved.
   *
   * @param names one entry per code
   * @param clashes the warnings, each naming both rows
   */
  record Result(List<Names> names, List<String> clashes) {
    Result {
      names = List.copyOf(names);
      clashes = List.copyOf(clashes);
    }
  }

  private final List<MergedCode> codes;
  private final Map<String, String> constantOwners = new HashMap<>();
  private final Map<String, String> exceptionOwners = new HashMap<>();
  private final List<String> clashes = new ArrayList<>();

  private NameAllocator(List<MergedCode> codes) {
    this.codes = codes;
  }

  /**
   * Adds a code's index to the group of a name. Loops and plain calls here and below, not lambdas
   * or streams: a user's catalog is named in a cold javac, where each lambda spins a class.
   */
  private static void group(Map<String, List<Integer>> groups, String name, int index) {
    List<Integer> members = groups.get(name);
    if (members == null) {
      members = new ArrayList<>();
      groups.put(name, members);
    }
    members.add(index);
  }

  /** Names the codes, which are distinct and sorted by number. */
  static Result allocate(List<MergedCode> codes) {
    return new NameAllocator(codes).run();
  }

  private Result run() {
    int size = codes.size();
    List<List<String>> words = new ArrayList<>(size);
    boolean[] unnamed = new boolean[size];
    Map<String, List<Integer>> byConstant = new HashMap<>();
    Map<String, List<Integer>> byException = new HashMap<>();
    for (int i = 0; i < size; i++) {
      MergedCode code = codes.get(i);
      List<String> w =
          code.identifier().isPresent()
              ? Naming.words(code.identifier().get())
              : Naming.unnamed(code.code());
      boolean named = code.identifier().isPresent();
      if (named && Naming.exception(w).length() > Naming.MAX_LENGTH) {
        // Class files are named after nested classes; file systems cap names at 255 bytes.
        clashes.add(Messages.NAME_TOO_LONG.format(describe(code), Naming.MAX_LENGTH));
        w = Naming.unnamed(code.code());
        named = false;
      }
      words.add(w);
      unnamed[i] = !named;
      if (named) {
        group(byConstant, Naming.constant(w), i);
        group(byException, Naming.exception(w), i);
      }
    }
    boolean[] shared = new boolean[size];
    Set<String> warned = new HashSet<>();
    for (List<Integer> members : byConstant.values()) {
      if (members.size() > 1) {
        for (int i : members) {
          shared[i] = true;
        }
      }
    }
    for (Map.Entry<String, List<Integer>> group : byException.entrySet()) {
      if (group.getValue().size() > 1) {
        for (int i : group.getValue()) {
          shared[i] = true;
        }
        warnDifferentConstants(group.getKey(), group.getValue(), words, warned);
      }
    }
    String[] constants = new String[size];
    String[] exceptions = new String[size];
    boolean[] derived = new boolean[size];
    // Names that carry their own number first: they may not be re-bound to another code.
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < size; i++) {
        boolean carriesNumber = shared[i] || unnamed[i];
        if (carriesNumber == (pass == 0)) {
          List<String> wanted = new ArrayList<>(words.get(i));
          if (shared[i]) {
            wanted.add(Integer.toString(codes.get(i).code()));
          }
          derived[i] = shared[i] | place(i, wanted, constants, exceptions);
        }
      }
    }
    List<List<CodeConstant.Alias>> aliases = aliases();
    List<Names> names = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      names.add(new Names(constants[i], exceptions[i], aliases.get(i), derived[i]));
    }
    return new Result(names, clashes);
  }

  /**
   * Takes the wanted names for code {@code i}, or when either is taken the same with the code's
   * number (and then a counter) after it; returns whether it had to.
   */
  private boolean place(int i, List<String> wanted, String[] constants, String[] exceptions) {
    MergedCode code = codes.get(i);
    String constant = Naming.constant(wanted);
    String exception = Naming.exception(wanted);
    String owner = owner(constant, exception);
    if (owner != null) {
      String number = Integer.toString(code.code());
      List<String> base = new ArrayList<>(wanted);
      if (!wanted.get(wanted.size() - 1).equals(number)) {
        base.add(number);
      }
      List<String> more = base;
      for (int n = 2; owner(Naming.constant(more), Naming.exception(more)) != null; n++) {
        more = new ArrayList<>(base);
        more.add(Integer.toString(n));
      }
      String renamed = Naming.constant(more);
      clashes.add(Messages.NAME_CLASH.format(describe(code), constant, exception, owner, renamed));
      constant = renamed;
      exception = Naming.exception(more);
    }
    String row = describe(code);
    constantOwners.put(constant, row);
    exceptionOwners.put(exception, row);
    constants[i] = constant;
    exceptions[i] = exception;
    return owner != null;
  }

  private String owner(String constant, String exception) {
    String owner = constantOwners.get(constant);
    return owner != null ? owner : exceptionOwners.get(exception);
  }

  /**
   * Identifiers with different constant names but one exception name ({@code A1B} and {@code
   * A_1B}): both get their number, with a warning. Spellings of one name ({@code
   * InteractionRequired}, {@code Interaction_Required}) are one identifier shared.
   */
  private void warnDifferentConstants(
      String name, List<Integer> members, List<List<String>> words, Set<String> warned) {
    int first = members.get(0);
    String firstConstant = Naming.constant(words.get(first));
    for (int i : members.subList(1, members.size())) {
      if (!Naming.constant(words.get(i)).equals(firstConstant) && warned.add(first + "/" + i)) {
        clashes.add(
            Messages.SAME_NAME.format(describe(codes.get(first)), describe(codes.get(i)), name));
      }
    }
  }

  private List<List<CodeConstant.Alias>> aliases() {
    Map<String, Integer> uses = new HashMap<>();
    for (MergedCode code : codes) {
      Set<String> own = new LinkedHashSet<>();
      for (String alias : code.aliases()) {
        own.add(Naming.upperSnake(alias));
      }
      for (String name : own) {
        uses.put(name, uses.getOrDefault(name, 0) + 1);
      }
    }
    Set<String> taken = new HashSet<>(constantOwners.keySet());
    List<List<CodeConstant.Alias>> all = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      MergedCode code = codes.get(i);
      List<CodeConstant.Alias> list = new ArrayList<>();
      for (String identifier : code.aliases()) {
        String base = Naming.upperSnake(identifier);
        String name = uses.get(base) > 1 ? base + "_" + code.code() : base;
        // An older identifier never takes the name a code has now.
        if (taken.add(name)) {
          list.add(new CodeConstant.Alias(name, identifier));
        }
      }
      all.add(list);
    }
    return all;
  }

  /** {@code AADSTS90023 (InvalidRequest, catalog.md:12)}: the row a name came from. */
  private static String describe(MergedCode code) {
    Optional<String> identifier = code.identifier();
    return "AADSTS"
        + code.code()
        + " ("
        + identifier.map(id -> id + ", ").orElse("")
        + code.row()
        + ")";
  }
}
