package dev.aadsts.benchmarks.tools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The aadsts processor's own time inside javac (benchmark 5, used by {@code build-cost.sh}).
 *
 * <p>Compiles the given sources {@code runs} times in this JVM through {@code javax.tools}, each
 * time with a fresh class loader for the processor jar (as Maven's compiler plugin does for {@code
 * annotationProcessorPaths}) and the processor wrapped in one that times its {@code init} and
 * {@code process} calls. Run 1 is cold (javac and the processor not yet JIT-compiled, as in a
 * one-off {@code javac}); the later runs are warm (as in a long-lived Maven or Gradle daemon).
 *
 * <p>Usage: {@code ProcessorTime <processor.jar> <runtime.jar> <runs> <source.java>...}; the system
 * property {@code javac.options} adds javac options (blank-separated).
 */
public final class ProcessorTime {
  private ProcessorTime() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: ProcessorTime <processor.jar> <runtime.jar> <runs> <source>...");
      System.exit(2);
    }
    File processorJar = new File(args[0]);
    String runtimeJar = args[1];
    int runs = Integer.parseInt(args[2]);
    List<File> sources = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      sources.add(new File(args[i]));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    System.out.println("run  processor-ms  (init-ms  process-ms  rounds)  whole-compile-ms");
    long[] processorNanos = new long[runs];
    long[] totalNanos = new long[runs];
    for (int run = 0; run < runs; run++) {
      Path out = Files.createTempDirectory("aadsts-proctime");
      try (URLClassLoader loader =
              new URLClassLoader(
                  new URL[] {url(processorJar)}, ProcessorTime.class.getClassLoader());
          StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
        Timed timed = new Timed(load(loader));
        List<String> options =
            new ArrayList<>(
                Arrays.asList(
                    "-d",
                    out.resolve("classes").toString(),
                    "-s",
                    out.resolve("generated").toString(),
                    "-classpath",
                    runtimeJar,
                    "-implicit:class",
                    "-nowarn"));
        // More javac options, such as -proc:only or -Aaadsts.catalog=<file>, separated by blanks.
        String extra = System.getProperty("javac.options", "").trim();
        if (!extra.isEmpty()) {
          options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        Files.createDirectories(out.resolve("classes"));
        Files.createDirectories(out.resolve("generated"));
        JavaCompiler.CompilationTask task =
            javac.getTask(
                null, files, null, options, null, files.getJavaFileObjectsFromFiles(sources));
        task.setProcessors(Collections.singletonList(timed));
        long start = System.nanoTime();
        boolean ok = task.call();
        totalNanos[run] = System.nanoTime() - start;
        processorNanos[run] = timed.initNanos + timed.processNanos;
        if (!ok) {
          throw new IllegalStateException("compilation failed");
        }
        System.out.printf(
            Locale.ROOT,
            "%3d  %12.1f  (%7.1f  %10.1f  %6d)  %16.1f%n",
            run + 1,
            processorNanos[run] / 1e6,
            timed.initNanos / 1e6,
            timed.processNanos / 1e6,
            timed.rounds,
            totalNanos[run] / 1e6);
      } finally {
        deleteTree(out);
      }
    }
    if (runs > 2) {
      long[] warm = Arrays.copyOfRange(processorNanos, 1, runs);
      long[] warmTotal = Arrays.copyOfRange(totalNanos, 1, runs);
      System.out.printf(
          Locale.ROOT,
          "cold (run 1): processor %.1f ms of %.1f ms; warm (runs 2-%d): processor median %.1f ms"
              + " (min %.1f, max %.1f) of median %.1f ms%n",
          processorNanos[0] / 1e6,
          totalNanos[0] / 1e6,
          runs,
          median(warm) / 1e6,
          Arrays.stream(warm).min().getAsLong() / 1e6,
          Arrays.stream(warm).max().getAsLong() / 1e6,
          median(warmTotal) / 1e6);
    }
  }

  private static URL url(File file) {
    try {
      return file.toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Processor load(ClassLoader loader) {
    Iterator<Processor> it = ServiceLoader.load(Processor.class, loader).iterator();
    while (it.hasNext()) {
      Processor p = it.next();
      if (p.getClass().getName().startsWith("dev.aadsts.")) {
        return p;
      }
    }
    throw new IllegalStateException("no dev.aadsts processor in the jar");
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static void deleteTree(Path root) throws IOException {
    try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Collections.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** Delegates to the processor and adds up the time spent in it. */
  private static final class Timed implements Processor {
    private final Processor delegate;
    long initNanos;
    long processNanos;
    int rounds;

    Timed(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      long start = System.nanoTime();
      delegate.init(env);
      initNanos += System.nanoTime() - start;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = System.nanoTime();
      try {
        return delegate.process(annotations, round);
      } finally {
        processNanos += System.nanoTime() - start;
        rounds++;
      }
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
