#!/usr/bin/env bash
# Benchmark 7: an everyday incremental Maven build, after touching one file unrelated to the codes.
#
# Two layouts of the same application (20 small classes and the annotated package):
#   single  one module: the annotated package sits beside the application's classes, so Maven
#           recompiles the whole module, and the processor runs again, on any change
#   split   the annotated package alone in a module "codes" that the application depends on: a
#           change to the application leaves "codes" up to date ("Nothing to compile")
# Each run touches app/.../C7.java and times `mvn -o -q compile` (the whole process, Maven's own
# start-up included), the layouts interleaved. Both use the default options (all bundled
# catalogs, with exceptions). The jars come from system-scope paths and -processorpath, so nothing
# is installed into the local repository.
#
# Usage: benchmarks/everyday-build.sh [runs]     (default 5)
# Needs the jars built first:  mvn -B -o -q package -DskipTests
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
version=0.1.0-SNAPSHOT
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/runtime/target/aadsts-runtime-$version.jar" "$work/runtime.jar"
cp "$root/processor/target/aadsts-processor-$version.jar" "$work/processor.jar"

pom() { # artifactId, packaging, extra dependencies, modules
  cat <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>everyday</groupId>
  <artifactId>$1</artifactId>
  <version>1</version>
  <packaging>$2</packaging>
  <modules>$4</modules>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>dev.aadsts</groupId>
      <artifactId>aadsts-runtime</artifactId>
      <version>$version</version>
      <scope>system</scope>
      <systemPath>$work/runtime.jar</systemPath>
    </dependency>
    $3
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
        <configuration>
          <compilerArgs><arg>-processorpath</arg><arg>$work/processor.jar</arg></compilerArgs>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
XML
}

classes() { # source root
  mkdir -p "$1/com/example/app"
  for i in $(seq 1 20); do
    printf 'package com.example.app;\n\nimport com.example.auth.AadstsCode;\n\npublic final class C%d {\n  public static String describe(int code) {\n    return AadstsCode.find(code + %d).map(AadstsCode::description).orElse("none");\n  }\n}\n' \
      "$i" "$i" > "$1/com/example/app/C$i.java"
  done
}
annotated() { # source root
  mkdir -p "$1/com/example/auth"
  printf '@dev.aadsts.AadstsCatalog\npackage com.example.auth;\n' > "$1/com/example/auth/package-info.java"
}

# single: one module
mkdir -p "$work/single/src/main/java"
pom app jar "" "" > "$work/single/pom.xml"
annotated "$work/single/src/main/java"
classes "$work/single/src/main/java"

# split: codes + app
mkdir -p "$work/split/codes/src/main/java" "$work/split/app/src/main/java"
pom parent pom "" "<module>codes</module><module>app</module>" > "$work/split/pom.xml"
pom codes jar "" "" > "$work/split/codes/pom.xml"
pom app jar "<dependency><groupId>everyday</groupId><artifactId>codes</artifactId><version>1</version></dependency>" "" \
  > "$work/split/app/pom.xml"
annotated "$work/split/codes/src/main/java"
classes "$work/split/app/src/main/java"

for layout in single split; do
  (cd "$work/$layout" && mvn -B -o -q compile > "$work/$layout.log" 2>&1) \
    || { cat "$work/$layout.log"; exit 1; }
done
touched() { [[ $1 == single ]] && echo "$work/single/src/main/java/com/example/app/C7.java" \
  || echo "$work/split/app/src/main/java/com/example/app/C7.java"; }

echo "java: $(java -version 2>&1 | head -1); $(mvn -v 2>/dev/null | head -1); $(nproc) cores; $runs runs each, interleaved"
for ((i = 0; i < runs; i++)); do
  for layout in single split; do
    sleep 1 # a newer modification time than the last compile's outputs
    touch "$(touched $layout)"
    start=$(date +%s%N)
    (cd "$work/$layout" && mvn -B -o -q compile > "$work/$layout.log" 2>&1)
    end=$(date +%s%N)
    echo "$layout $(((end - start) / 1000000))" >> "$work/times"
  done
done
for layout in single split; do
  grep "^$layout " "$work/times" | awk '{ print $2 }' | sort -n | awk -v n="$layout" '
    { t[NR] = $1; s += $1 }
    END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%-8s median %6.0f ms  mean %6.0f ms  min %6d  max %6d\n", n, m, s / NR, t[1], t[NR] }'
done
