package dev.aadsts.processor;

import java.util.List;

/**
 * The members of the code enum that do not depend on how it finds a code ({@link
 * CodeEnumWriter#table}): the instance accessors, {@code description(Locale)}, {@code sources()}
 * and the static lookups other than {@code find}.
 */
final class EnumMethods {
  private EnumMethods() {}

  static void accessors(JavaWriter out, EnumNames n) {
    accessor(out, n, "int", "code", "code");
    accessor(out, n, n.string, "identifier", CodeColumns.NAMES + ".IDENTIFIERS[ordinal()]");
    accessor(out, n, n.string, "description", CodeColumns.DESCRIPTIONS + ".TEXTS[ordinal()]");
    accessor(out, n, n.category, "category", CodeColumns.KINDS + ".CATEGORIES[ordinal()]");
    accessor(out, n, "boolean", "isRetryable", CodeColumns.KINDS + ".RETRYABLE[ordinal()]");
  }

  private static void accessor(
      JavaWriter out, EnumNames n, String type, String name, String expression) {
    out.line("@" + n.override);
    out.open("public " + type + " " + name + "()").line("return " + expression + ";").close();
    out.blank();
  }

  /**
   * {@code description(Locale)}: the other languages' texts sit in holder classes, loaded on the
   * first call for their language; a code a language lacks falls back to English, then to {@code
   * description()}.
   */
  static void descriptionByLocale(JavaWriter out, EnumNames n, CodeModel model) {
    out.line("@" + n.override);
    out.open("public " + n.string + " description(" + n.locale + " locale)");
    out.line(n.string + " text;").open("switch (locale.getLanguage())");
    out.line("case " + Literals.string(model.language()) + ":");
    out.indent().line("return description();").outdent();
    boolean english = false;
    for (String language : model.languages()) {
      if (!language.equals(model.language())) {
        english |= language.equals("en");
        out.line("case " + Literals.string(language) + ":").indent();
        out.line("text = " + holderName(language) + ".TEXTS[ordinal()];");
        out.line("break;").outdent();
      }
    }
    out.line("default:").indent().line("text = \"\";").line("break;").outdent().close();
    if (english) {
      out.open("if (text.isEmpty())").line("text = " + holderName("en") + ".TEXTS[ordinal()];");
      out.close();
    }
    out.line("return text.isEmpty() ? description() : text;").close().blank();
  }

  static String holderName(String language) {
    return Character.toUpperCase(language.charAt(0)) + language.substring(1) + "Descriptions";
  }

  /** {@code sources()}: the catalogs, as the generated code's provenance. */
  static void sources(JavaWriter out, EnumNames n, CodeModel model) {
    out.javadoc(
        "The catalogs this enum was generated from, most authoritative first.\n"
            + "\n"
            + "@return each catalog's file name, language and revision date");
    out.open("public static " + n.list + "<" + n.catalogInfo + "> sources()");
    out.line("return " + n.collections + ".unmodifiableList(").indent().indent();
    out.line(n.arrays + ".asList(").indent().indent();
    List<Catalog> catalogs = model.catalogs();
    for (int i = 0; i < catalogs.size(); i++) {
      Catalog catalog = catalogs.get(i);
      out.begin()
          .append(n.catalogInfo)
          .append(".of(")
          .append(Literals.string(catalog.name()))
          .append(", ")
          .append(Literals.string(catalog.locale().toLanguageTag()))
          .append(", ")
          .append(
              Literals.string(catalog.date().isPresent() ? catalog.date().get().toString() : ""))
          .append(i == catalogs.size() - 1 ? ")));" : "),");
      out.end();
    }
    out.outdent().outdent().outdent().outdent().close().blank();
  }

  /**
   * A static lookup by code number: {@code signature(int code)}, whose answer is {@code missing}
   * for a code the catalog does not list (a {@code boolean} one's is {@code false}), else the
   * code's constant followed by {@code member}.
   */
  private static void lookup(
      JavaWriter out,
      EnumNames n,
      String signature,
      String javadoc,
      String missing,
      String member) {
    out.javadoc(javadoc);
    out.open("public static " + signature + "(int code)");
    CodeEnumWriter.index(out, n);
    StringBuilder line = out.begin().append("return ");
    if (missing == null) {
      line.append("slot >= 0 && ");
    } else {
      line.append("slot < 0 ? ").append(missing).append(" : ");
    }
    line.append(CodeEnumWriter.CONSTANT).append(member).append(';');
    out.end().close().blank();
  }

  static void of(JavaWriter out, EnumNames n) {
    String javadoc =
        "Returns the constant of a code number, or a value that keeps the number of a code\n"
            + "the catalog does not list. Never null.\n"
            + "\n"
            + "@param code the number after {@code AADSTS}\n"
            + "@return the constant, or a code whose {@code isKnown()} is false";
    lookup(out, n, n.errorCode + " of", javadoc, n.errorCode + ".unknown(code)", "");
  }

  static void parse(JavaWriter out, EnumNames n) {
    out.javadoc(
        "Reads a code written as {@code AADSTS50034} or {@code 50034}, or named by its\n"
            + "identifier ({@code UserAccountNotFound}, also one of an older catalog revision) or\n"
            + "constant name ({@code USER_ACCOUNT_NOT_FOUND}): any case, blanks around it.\n"
            + "\n"
            + "@param text the text to read; may be null\n"
            + "@return the constant, or empty when the text names no code of the catalog");
    out.open("public static " + n.optional + "<" + n.self + "> parse(" + n.charSequence + " text)");
    out.line(n.optionalInt + " number = " + n.support + ".number(text);");
    out.open("if (number.isPresent())").line("return find(number.getAsInt());").close();
    out.begin()
        .append("return ")
        .append(n.optional)
        .append(".ofNullable(")
        .append(n.support)
        .append(".named(")
        .append(CodeColumns.NAMES)
        .append(".BY_NAME, text));");
    out.end().close().blank();
  }

  static void categoryOf(JavaWriter out, EnumNames n) {
    String javadoc =
        "Who has to act on a code.\n"
            + "\n"
            + "@param code the number after {@code AADSTS}\n"
            + "@return the code's category; {@code UNKNOWN} for codes the catalog does not list";
    lookup(out, n, n.category + " categoryOf", javadoc, n.category + ".UNKNOWN", ".category()");
  }

  static void isRetryable(JavaWriter out, EnumNames n) {
    String javadoc =
        "Whether the same request can succeed when sent again, possibly after a wait.\n"
            + "\n"
            + "@param code the number after {@code AADSTS}\n"
            + "@return {@code true} for the catalog's retryable codes; {@code false} for others and\n"
            + "    for codes the catalog does not list";
    lookup(out, n, "boolean isRetryable", javadoc, null, ".isRetryable()");
  }
}
