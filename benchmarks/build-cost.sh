#!/usr/bin/env bash
# Benchmark 5: what the aadsts processor adds to a compilation.
#
# Compiles a two-file package over the largest bundled catalog (reference-error-codes.en-us-2025.md),
# whole javac processes, the variants interleaved run by run so that load on a shared machine hits
# them alike:
#   plain           the package without @AadstsCatalog: package-info and one class (the floor)
#   default         @AadstsCatalog(catalog = ...) and a class that uses the enum: generate + compile
#   no-exceptions   the same with exceptions = false
# "default" minus "plain" is what the processor and its generated code add to a compile. With
# BEFORE=<dir holding aadsts-processor-*.jar and aadsts-runtime-*.jar of an older build>, the two
# processor variants run with those jars too, in the same loop. Medians and means in ms, of wall
# time and of CPU time (user + system, all threads of javac).
# Then the processor's own time inside javac (its init and process calls), cold and warm.
#
# Usage: [BEFORE=dir] benchmarks/build-cost.sh [runs]      (default 10)
# Needs the jars built first:  mvn -B -o -q package -DskipTests
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
version=0.1.0-SNAPSHOT
runs=${1:-10}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Private copies: a concurrent build may rewrite the jars under target/ while this runs.
mkdir -p "$work/after" "$work/before"
cp "$root/runtime/target/aadsts-runtime-$version.jar" "$work/after/runtime.jar"
cp "$root/processor/target/aadsts-processor-$version.jar" "$work/after/processor.jar"
cp "$here/target/benchmarks.jar" "$work/benchmarks.jar"
sets=after
if [[ -n ${BEFORE:-} ]]; then
  cp "$BEFORE"/aadsts-runtime-*.jar "$work/before/runtime.jar"
  cp "$BEFORE"/aadsts-processor-*.jar "$work/before/processor.jar"
  sets="before after"
fi

package() { # dir, annotation or "", use the enum (yes/no)
  mkdir -p "$1/buildcost"
  if [[ -n $2 ]]; then
    printf '%s\npackage buildcost;\n' "$2" > "$1/buildcost/package-info.java"
  else
    printf '/** A package. */\npackage buildcost;\n' > "$1/buildcost/package-info.java"
  fi
  if [[ $3 == yes ]]; then
    body='return AadstsCode.find(code).map(AadstsCode::description).orElse("unknown");'
  else
    body='return code == 50034 ? "UserAccountNotFound" : "unknown";'
  fi
  printf 'package buildcost;\n\npublic final class Use {\n  public static String describe(int code) {\n    %s\n  }\n}\n' \
    "$body" > "$1/buildcost/Use.java"
}
catalog='catalog = "reference-error-codes.en-us-2025.md"'
package "$work/src-plain" "" no
package "$work/src-default" "@dev.aadsts.AadstsCatalog($catalog)" yes
package "$work/src-noexc" "@dev.aadsts.AadstsCatalog(exceptions = false, $catalog)" yes
sources() { find "$1" -name '*.java' | sort | tr '\n' ' '; }

commands=()
names=()
commands+=("javac -nowarn -d $work/out/plain -cp $work/after/runtime.jar $(sources "$work/src-plain")")
names+=(plain)
for set in $sets; do
  for variant in default noexc; do
    commands+=("javac -nowarn -d $work/out/$set-$variant -s $work/gen/$set-$variant -cp $work/$set/runtime.jar -processorpath $work/$set/processor.jar $(sources "$work/src-$variant")")
    names+=("$set-$variant")
  done
done

echo "java: $(java -version 2>&1 | head -1); javac: $(javac -version 2>&1); $(nproc) cores; $runs runs each, interleaved, after 1 warm-up"
for ((i = -1; i < runs; i++)); do
  for k in "${!commands[@]}"; do
    rm -rf "$work/out" "$work/gen" && mkdir -p "$work/out/${names[k]}" "$work/gen/${names[k]}"
    start=$(date +%s%N)
    # CPU time too (user + system, all threads): on a shared machine wall time includes waiting.
    cpu=$( { TIMEFORMAT='%U %S'; time bash -c "${commands[k]}" > /dev/null 2>&1; } 2>&1 ) \
      || { echo "failed: ${commands[k]}" >&2; exit 1; }
    end=$(date +%s%N)
    if ((i >= 0)); then
      echo "${names[k]} $(((end - start) / 1000000))" >> "$work/times"
      echo "${names[k]} $(awk '{ printf "%d", ($1 + $2) * 1000 }' <<< "$cpu")" >> "$work/cpu"
    fi
  done
done
for kind in times cpu; do
  echo "${kind/times/wall time}:"
  for name in "${names[@]}"; do
    grep "^$name " "$work/$kind" | awk '{ print $2 }' | sort -n | awk -v n="$name" '
      { t[NR] = $1; s += $1 }
      END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%-16s median %6.0f ms  mean %6.0f ms  min %6d  max %6d\n", n, m, s / NR, t[1], t[NR] }'
  done | tee "$work/summary-$kind"
  awk '$1 == "plain" { p = $3 } $1 != "plain" { printf "%-16s adds %+5.0f ms to the plain compile (medians)\n", $1, $3 - p }' \
    "$work/summary-$kind"
done

# Sizes of what was generated, from the last run of each variant.
for set in $sets; do
  for variant in default noexc; do
    dir="$work/cls-$set-$variant"
    mkdir -p "$dir" "$dir-src"
    javac -nowarn -d "$dir" -s "$dir-src" -cp "$work/$set/runtime.jar" -processorpath "$work/$set/processor.jar" \
      $(sources "$work/src-$variant") > /dev/null 2>&1
    echo "$set-$variant: $(find "$dir-src" -name '*.java' | wc -l) sources, $(cat $(find "$dir-src" -name '*.java') | wc -c) bytes;" \
      "$(find "$dir" -name '*.class' | wc -l) class files; AadstsCode.class $(stat -c %s "$dir/buildcost/AadstsCode.class") bytes"
  done
done

echo
for set in $sets; do
  echo "The processor's own time inside javac ($set; init + process), fresh class loader each run:"
  java -cp "$work/benchmarks.jar" dev.aadsts.benchmarks.tools.ProcessorTime \
    "$work/$set/processor.jar" "$work/$set/runtime.jar" "$runs" $(sources "$work/src-default") 2>/dev/null
done
