package dev.aadsts.processor;

import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Reports on one annotated element, at its {@code @AadstsCatalog} or at one of its values: the
 * narrowest place javac can show. Notes are printed only with {@code -Aaadsts.verbose=true}: a
 * healthy build prints nothing.
 *
 * @param messager javac's messager
 * @param element the annotated package or type
 * @param mirror its {@code @AadstsCatalog}, or null for the element as a whole
 * @param verbose whether notes are printed
 */
record Reporter(Messager messager, Element element, AnnotationMirror mirror, boolean verbose) {

  void error(String message) {
    print(Kind.ERROR, null, message);
  }

  void error(AnnotationValue at, String message) {
    print(Kind.ERROR, at, message);
  }

  void warning(String message) {
    print(Kind.WARNING, null, message);
  }

  void note(String message) {
    print(Kind.NOTE, null, message);
  }

  /**
   * Reports a file's problems: errors as errors, warnings as {@code warningKind}.
   *
   * @param at the annotation value that named the file, or null
   */
  void report(List<CatalogProblem> problems, AnnotationValue at, Kind warningKind) {
    for (CatalogProblem problem : problems) {
      print(problem.error() ? Kind.ERROR : warningKind, at, problem.text());
    }
  }

  private void print(Kind kind, AnnotationValue at, String message) {
    if (kind != Kind.NOTE || verbose) {
      messager.printMessage(kind, message, element, mirror, at);
    }
  }
}
