#!/usr/bin/env bash
# Benchmark 5: what the aadsts processor adds to a compilation.
#
# Compiles a package annotated with @AadstsCatalog over the largest bundled catalog
# (reference-error-codes.en-us-2025.md) plus one class that uses the generated enum:
#   with-processor  javac with the processor on -processorpath (generates and compiles)
#   proc-none       javac -proc:none on the same sources plus the sources the processor generated
#   proc-only       javac -proc:only with the processor (generates, compiles nothing)
# "with-processor" minus "proc-none" is what processing adds to a compile. Whole-process times,
# with hyperfine when it is installed (apt-get install -y hyperfine), else a bash loop.
# Then the processor's own time inside javac (its init and process calls), cold and warm.
#
# Usage: benchmarks/build-cost.sh [runs]      (default 10)
# Needs the jars built first:  mvn -B -q install -DskipTests
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
version=0.1.0-SNAPSHOT
runtime_jar=$root/runtime/target/aadsts-runtime-$version.jar
processor_jar=$root/processor/target/aadsts-processor-$version.jar
bench_jar=$here/target/benchmarks.jar
runs=${1:-10}

for f in "$runtime_jar" "$processor_jar" "$bench_jar"; do
  [[ -f $f ]] || { echo "missing $f: run 'mvn -B -q install -DskipTests' first" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Private copies: a concurrent build may rewrite the jars under target/ while this runs.
cp "$runtime_jar" "$work/runtime.jar"
cp "$processor_jar" "$work/processor.jar"
runtime_jar=$work/runtime.jar
processor_jar=$work/processor.jar
cp "$bench_jar" "$work/benchmarks.jar"
bench_jar=$work/benchmarks.jar
mkdir -p "$work/src/buildcost"
cat > "$work/src/buildcost/package-info.java" <<'JAVA'
@dev.aadsts.AadstsCatalog(catalog = "reference-error-codes.en-us-2025.md")
package buildcost;
JAVA
cat > "$work/src/buildcost/Use.java" <<'JAVA'
package buildcost;

public final class Use {
  public static String describe(int code) {
    return AadstsCode.find(code).map(AadstsCode::description).orElse("unknown");
  }
}
JAVA
sources=$(find "$work/src" -name '*.java' | sort | tr '\n' ' ')

# The generated sources, once, for the -proc:none compile.
mkdir -p "$work/gen" "$work/gen-classes"
javac -nowarn -d "$work/gen-classes" -s "$work/gen" -cp "$runtime_jar" -processorpath "$processor_jar" $sources 2>/dev/null
generated=$(find "$work/gen" -name '*.java' | sort | tr '\n' ' ')
echo "generated: $(find "$work/gen" -name '*.java' | wc -l) source files," \
  "$(cat $generated | wc -c) bytes; $(find "$work/gen-classes" -name '*.class' | wc -l) class files"

with_processor="rm -rf $work/a && mkdir -p $work/a/c $work/a/s && javac -nowarn -d $work/a/c -s $work/a/s -cp $runtime_jar -processorpath $processor_jar $sources 2>/dev/null"
proc_none="rm -rf $work/b && mkdir -p $work/b && javac -nowarn -proc:none -d $work/b -cp $runtime_jar $sources $generated"
proc_only="rm -rf $work/c && mkdir -p $work/c && javac -nowarn -proc:only -s $work/c -cp $runtime_jar -processorpath $processor_jar $sources 2>/dev/null"

echo "java: $(java -version 2>&1 | head -1); javac: $(javac -version 2>&1); $(nproc) cores"
if command -v hyperfine >/dev/null; then
  hyperfine --style basic --warmup 1 --runs "$runs" \
    --export-markdown "$here/target/build-cost.md" \
    -n with-processor "$with_processor" \
    -n proc-none "$proc_none" \
    -n proc-only "$proc_only"
else
  echo "(hyperfine not found: a bash loop; 1 warm-up run, then $runs runs each)"
  for name in with-processor proc-none proc-only; do
    case $name in
      with-processor) cmd=$with_processor ;;
      proc-none) cmd=$proc_none ;;
      proc-only) cmd=$proc_only ;;
    esac
    bash -c "$cmd"
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s%N)
      bash -c "$cmd"
      echo $(( ($(date +%s%N) - start) / 1000000 ))
    done | awk -v n="$name" '{ s += $1; q += $1 * $1; c++ }
      END { m = s / c; printf "%-15s mean %7.1f ms  sd %6.1f ms  (%d runs)\n", n, m, sqrt(q / c - m * m), c }'
  done
fi

echo
echo "The processor's own time inside javac (init + process), fresh class loader each run:"
java -cp "$bench_jar" dev.aadsts.benchmarks.tools.ProcessorTime \
  "$processor_jar" "$runtime_jar" "$runs" $sources 2>/dev/null
