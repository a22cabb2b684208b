package dev.aadsts.processor;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * A Java source file, written line by line into one {@code StringBuilder} and handed to the {@link
 * Filer} in one go. It replaces JavaPoet (issue 13, build cost): in a cold javac, JavaPoet's
 * parsing of every format string, its second emit pass to collect imports and its line wrapper cost
 * most of the processor's time. Here the writers name every type through {@link Imports} and append
 * text directly: one pass, no parsing. Indentation is two blanks a level.
 */
final class JavaWriter {
  private final StringBuilder out;
  private int depth;

  /**
   * @param capacity about the number of characters the file will have, so that the buffer seldom
   *     grows
   */
  JavaWriter(int capacity) {
    out = new StringBuilder(capacity);
  }

  /**
   * {@code package ...;} and the imports, each followed by a blank line.
   *
   * @param imports the file's imports, complete: every type the file names was asked for
   */
  JavaWriter header(String packageName, Imports imports) {
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    int before = out.length();
    imports.writeTo(this);
    if (out.length() > before) {
      out.append('\n');
    }
    return this;
  }

  /** Starts a line at the current indentation: append to it, then {@link #end()} it. */
  StringBuilder begin() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  /** The line begun last, to append more to it. */
  StringBuilder text() {
    return out;
  }

  /** Ends the line {@link #begin()} started. */
  JavaWriter end() {
    out.append('\n');
    return this;
  }

  JavaWriter line(String text) {
    begin().append(text);
    return end();
  }

  /** An empty line, without indentation. */
  JavaWriter blank() {
    out.append('\n');
    return this;
  }

  /** A line ending in {@code " {"}; what follows is indented one level more. */
  JavaWriter open(String text) {
    begin().append(text).append(" {\n");
    depth++;
    return this;
  }

  /** Ends the block {@link #open} began, with {@code "}"}. */
  JavaWriter close() {
    depth--;
    return line("}");
  }

  JavaWriter indent() {
    depth++;
    return this;
  }

  JavaWriter outdent() {
    depth--;
    return this;
  }

  /**
   * {@code @Generated} with the processor's name and a comment, without a date (the output is
   * reproducible); nothing when the compilation has no such annotation.
   *
   * @param annotation the name to write for the annotation type, or null
   */
  JavaWriter generated(String annotation, String comments) {
    if (annotation == null) {
      return this;
    }
    line("@" + annotation + "(").indent().indent();
    begin()
        .append("value = ")
        .append(Literals.string(AadstsProcessor.class.getCanonicalName()))
        .append(',');
    end().begin().append("comments = ").append(Literals.string(comments));
    return end().outdent().outdent().line(")");
  }

  /** A Javadoc comment of text whose lines are separated by {@code '\n'}. */
  JavaWriter javadoc(String text) {
    return docStart().doc(text).docEnd();
  }

  JavaWriter docStart() {
    return line("/**");
  }

  /**
   * Lines of a Javadoc comment: each line of the text after {@code " * "}, an empty one as " *".
   */
  JavaWriter doc(String text) {
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      StringBuilder line = begin().append(" *");
      if (stop > start) {
        line.append(' ').append(text, start, stop);
      }
      end();
      if (end < 0) {
        return this;
      }
      start = end + 1;
    }
  }

  JavaWriter docEnd() {
    return line(" */");
  }

  /** The text written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Writes the file through the Filer, as the source of a class, with the element it was generated
   * for; a file left half-written by a failure is deleted.
   */
  void writeTo(Filer filer, ClassRef type, Element origin) throws IOException {
    JavaFileObject file = filer.createSourceFile(type.canonicalName(), origin);
    try (Writer writer = file.openWriter()) {
      writer.write(out.toString());
    } catch (IOException | RuntimeException e) {
      file.delete();
      throw e;
    }
  }
}
