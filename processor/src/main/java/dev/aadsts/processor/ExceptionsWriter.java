package dev.aadsts.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code AadstsExceptions}: one exception class per code, each extending the runtime
 * exception of its code's category, and the factory that picks the most specific one. Which code
 * and category an error has, and which class it gets, is decided by {@code GeneratedCodeSupport};
 * the per-code classes are as small as Java allows: a constructor that names the constant.
 */
final class ExceptionsWriter {
  private ExceptionsWriter() {}

  /** Constants per {@code switch} method: keeps every method far below the JVM's 64 KB. */
  static final int CASES_PER_METHOD = 1_024;

  static JavaWriter write(CodeModel model) {
    List<CodeConstant> constants = model.constants();
    Set<String> nested = new HashSet<>();
    for (CodeConstant constant : constants) {
      nested.add(constant.exceptionName());
    }
    Imports imports = new Imports(model.exceptionsClass(), nested);
    String self = imports.name(model.exceptionsClass());
    String codeEnum = imports.name(model.codeEnum());
    String support = imports.name(RuntimeTypes.SUPPORT);
    String error = imports.name(RuntimeTypes.ERROR);
    String errorCode = imports.name(RuntimeTypes.ERROR_CODE);
    String errors = imports.name(RuntimeTypes.ERRORS);
    String exception = imports.name(RuntimeTypes.EXCEPTION);
    String category = imports.name(RuntimeTypes.CATEGORY);
    String optional = imports.name(JavaTypes.OPTIONAL);
    String generated = model.generated().isPresent() ? imports.name(model.generated().get()) : null;
    String throwable = imports.lang("Throwable");
    String assertionError = imports.lang("AssertionError");
    // The superclass of each code's class, named once per category.
    String[] superclasses = new String[Category.values().length];
    for (CodeConstant constant : constants) {
      Category c = constant.kind().category();
      if (superclasses[c.ordinal()] == null) {
        superclasses[c.ordinal()] = imports.name(RuntimeTypes.categoryException(c));
      }
    }

    JavaWriter out = new JavaWriter(4_096 + 720 * constants.size());
    out.header(model.exceptionsClass().packageName(), imports);
    out.javadoc(
        "Typed exceptions for the codes of {@link "
            + codeEnum
            + "}: one class per code, each extending\n"
            + "the runtime exception of its category, so a caller can {@code catch} a single code"
            + " or a\n"
            + "whole category.\n"
            + "\n"
            + "<pre>{@code\n"
            + "try {\n"
            + "  ...\n"
            + "} catch (ExecutionException e) {\n"
            + "  throw "
            + self
            + ".from(e).orElseThrow(() -> e);\n"
            + "}\n"
            + "}</pre>");
    out.generated(generated, model.generatedComments());
    out.open("public final class " + self);
    out.open("static");
    out.begin()
        .append(support)
        .append(".checkVersion(")
        .append(RuntimeTypes.CONTRACT_VERSION)
        .append(", ")
        .append(self)
        .append(".class);");
    out.end().close().blank();
    out.line("private " + self + "() {}").blank();

    out.javadoc(
        "The most specific exception for an error, without a cause.\n"
            + "\n"
            + "@param error the parsed error\n"
            + "@return a new exception, never null");
    out.open("public static " + exception + " of(" + error + " error)");
    out.line("return of(error, null);").close().blank();

    // The per-code class when the whole error's category is the code's own; otherwise (the OAuth
    // error or HTTP status says otherwise, or the code is not in the catalog) the category's class.
    out.javadoc(
        "The most specific exception for an error: the class of its code when the error's\n"
            + "category is the code's own, else the runtime class of the error's category (the"
            + " OAuth\n"
            + "{@code error}, {@code suberror} and HTTP status decide before the code).\n"
            + "\n"
            + "@param error the parsed error\n"
            + "@param cause the exception the error was read from, or null\n"
            + "@return a new exception, never null");
    out.open("public static " + exception + " of(" + error + " error, " + throwable + " cause)");
    out.line(errorCode + " code = " + codeEnum + ".codeOf(error);");
    out.line(category + " category = " + support + ".category(error, code);");
    out.open("if (" + support + ".hasCodeClass(code, category))");
    out.line("return ofCode(((" + codeEnum + ") code).ordinal(), error, cause);").close();
    out.line("return " + support + ".exception(error, code, category, cause);").close().blank();

    out.javadoc(
        "Reads an Entra ID error from an exception's cause chain (see {@link "
            + errors
            + "#from}) and\n"
            + "returns its most specific exception, with the exception as cause.\n"
            + "\n"
            + "@param thrown what a client library threw\n"
            + "@return the typed exception, or empty when nothing in the chain is an Entra ID"
            + " error");
    out.open("public static " + optional + "<" + exception + "> from(" + throwable + " thrown)");
    out.line(optional + "<" + error + "> error = " + errors + ".from(thrown);");
    out.begin()
        .append("return error.isPresent() ? ")
        .append(optional)
        .append(".of(of(error.get(), thrown)) : ")
        .append(optional)
        .append(".empty();");
    out.end().close().blank();

    String signature = "(int ordinal, " + error + " error, " + throwable + " cause)";
    String header = "private static " + exception + " ";
    if (constants.size() <= CASES_PER_METHOD) {
      ofCode(out, header + "ofCode" + signature, assertionError, constants, 0);
    } else {
      int parts = 0;
      for (int from = 0; from < constants.size(); from += CASES_PER_METHOD, parts++) {
        List<CodeConstant> slice =
            constants.subList(from, Math.min(constants.size(), from + CASES_PER_METHOD));
        ofCode(out, header + "ofCode" + parts + signature, assertionError, slice, from);
      }
      out.open(header + "ofCode" + signature);
      out.open("switch (ordinal / " + CASES_PER_METHOD + ")");
      for (int part = 0; part < parts; part++) {
        out.line("case " + part + ":").indent();
        out.line("return ofCode" + part + "(ordinal, error, cause);").outdent();
      }
      out.line("default:").indent().line("throw new " + assertionError + "(ordinal);").outdent();
      out.close().close().blank();
    }

    for (int i = 0; i < constants.size(); i++) {
      CodeConstant constant = constants.get(i);
      exception(
          out,
          codeEnum,
          constant,
          superclasses[constant.kind().category().ordinal()],
          error,
          throwable);
      if (i < constants.size() - 1) {
        out.blank();
      }
    }
    return out.close();
  }

  /** The exception of the constant with an ordinal, for the constants from {@code first} on. */
  private static void ofCode(
      JavaWriter out,
      String signature,
      String assertionError,
      List<CodeConstant> constants,
      int first) {
    out.open(signature).open("switch (ordinal)");
    for (int i = 0; i < constants.size(); i++) {
      out.begin().append("case ").append(first + i).append(':');
      out.end().indent();
      out.begin().append("return new ").append(constants.get(i).exceptionName());
      out.text().append("(error, cause);");
      out.end().outdent();
    }
    out.line("default:").indent().line("throw new " + assertionError + "(ordinal);").outdent();
    out.close().close().blank();
  }

  private static void exception(
      JavaWriter out,
      String codeEnum,
      CodeConstant constant,
      String superclass,
      String error,
      String throwable) {
    MergedCode code = constant.code();
    String name = constant.exceptionName();
    out.javadoc(
        "{@link " + codeEnum + "#" + constant.name() + "}: " + Literals.javadoc(summary(code)));
    out.begin()
        .append("public static final class ")
        .append(name)
        .append(" extends ")
        .append(superclass)
        .append(" {");
    out.end().indent().line("private static final long serialVersionUID = 1L;").blank();
    out.docStart()
        .begin()
        .append(" * Creates the exception for an error whose code is {@code AADSTS")
        .append(code.code())
        .append("}.");
    out.end()
        .doc("")
        .line(" * @param error the parsed error")
        .line(" * @param cause the exception the error was read from, or null")
        .docEnd();
    out.begin()
        .append("public ")
        .append(name)
        .append('(')
        .append(error)
        .append(" error, ")
        .append(throwable)
        .append(" cause) {");
    out.end().indent();
    out.begin()
        .append("super(error, ")
        .append(codeEnum)
        .append('.')
        .append(constant.name())
        .append(", cause);");
    out.end().close().close();
  }

  /** The code and identifier, as the first sentence of the class Javadoc. */
  private static String summary(MergedCode code) {
    String identifier = code.identifier().isPresent() ? " " + code.identifier().get() : "";
    return "AADSTS" + code.code() + identifier + ".";
  }
}
