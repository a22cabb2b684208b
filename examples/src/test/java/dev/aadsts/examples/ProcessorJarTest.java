package dev.aadsts.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published jars alone are enough: {@code javac -processorpath aadsts-processor.jar -cp
 * aadsts-runtime.jar}, with nothing else on either path, generates and compiles the enum, for Java
 * 8 and later.
 */
class ProcessorJarTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"8", "11", "17"})
  void processorJarIsSelfContained(String release) throws IOException {
    Path processorJar = Path.of(System.getProperty("aadsts.processorJar"));
    Path runtimeJar = Path.of(System.getProperty("aadsts.runtimeJar"));
    assertTrue(Files.isRegularFile(processorJar), processorJar + " is built by the reactor");
    Path source = dir.resolve("src/com/example/auth/package-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "@dev.aadsts.AadstsCatalog\npackage com.example.auth;\n");
    Path uses = dir.resolve("src/com/example/auth/Uses.java");
    Files.writeString(
        uses,
        "package com.example.auth;\n"
            + "final class Uses {\n"
            + "  static int locked() { return AadstsCode.parse(\"AADSTS50053\").get().code(); }\n"
            + "}\n");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release", release,
                "-Xlint:all,-processing,-options", "-Werror",
                "-processorpath", processorJar.toString(),
                "-cp", runtimeJar.toString(),
                "-d", dir.resolve("classes").toString(),
                "-s", dir.resolve("generated").toString()));
    // The processor is quiet by default; verbose, it prints its totals.
    args.add("-Aaadsts.verbose=true");
    args.add(source.toString());
    args.add(uses.toString());
    int status = javac.run(null, output, output, args.toArray(String[]::new));

    assertEquals(0, status, output.toString());
    assertTrue(output.toString().contains("345 codes"), output.toString());
    assertTrue(Files.isRegularFile(dir.resolve("classes/com/example/auth/AadstsCode.class")));
    int classFileMajor =
        Byte.toUnsignedInt(
            Files.readAllBytes(dir.resolve("classes/com/example/auth/AadstsCode.class"))[7]);
    assertEquals(44 + Integer.parseInt(release), classFileMajor);
  }

  /**
   * {@code --release 21} needs a JDK 21 or later, which the build's JDK 17 is not: the JDK that
   * this machine image ships beside it runs javac as a separate process.
   */
  @Test
  void processorJarWorksOnANewerJdkForRelease21() throws IOException, InterruptedException {
    Path jdk = Path.of(System.getProperty("aadsts.newerJdk", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    Path javac = jdk.resolve("bin/javac");
    Assumptions.assumeTrue(Files.isExecutable(javac), "no JDK 21+ at " + jdk);
    Path source = dir.resolve("src/com/example/auth/package-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "@dev.aadsts.AadstsCatalog\npackage com.example.auth;\n");
    Process process =
        new ProcessBuilder(
                javac.toString(),
                "--release",
                "21",
                "-Xlint:all,-processing,-options",
                "-Werror",
                "-processorpath",
                System.getProperty("aadsts.processorJar"),
                "-cp",
                System.getProperty("aadsts.runtimeJar"),
                "-d",
                dir.resolve("classes").toString(),
                source.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), output);
    assertEquals(
        65,
        Byte.toUnsignedInt(
            Files.readAllBytes(dir.resolve("classes/com/example/auth/AadstsCode.class"))[7]));
  }
}
