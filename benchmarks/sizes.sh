#!/usr/bin/env bash
# Benchmark 6: sizes of what users ship and what the processor generates.
# Usage: benchmarks/sizes.sh        Needs: ./mvnw -B -q verify -DskipTests (the jars and both generated packages)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
version=0.1.0-SNAPSHOT

bytes() { stat -c %s "$1"; }
classes() { # directory, file-name pattern -> "count files, bytes"
  find "$1" -maxdepth 1 -name "$2" -printf '%s\n' | awk '{ s += $1; c++ } END { printf "%d files, %d bytes", c, s }'
}

printf '%-58s %s\n' "what" "size"
printf '%-58s %s bytes\n' "runtime jar (aadsts-runtime-$version.jar)" \
  "$(bytes "$root/runtime/target/aadsts-runtime-$version.jar")"
printf '%-58s %s bytes\n' "processor jar, self-contained (aadsts-processor-$version.jar)" \
  "$(bytes "$root/processor/target/aadsts-processor-$version.jar")"
# What the processor jar holds, by compressed size in the jar: its own classes, the relocated
# dependencies (dev/aadsts/processor/shaded/), the bundled catalogs (META-INF/aadsts/).
unzip -v "$root/processor/target/aadsts-processor-$version.jar" | awk '
  $8 ~ /\/$/ || NF < 8 || $1 !~ /^[0-9]+$/ { next }
  $8 ~ /^dev\/aadsts\/processor\/shaded\// { dep += $3; next }
  $8 ~ /^META-INF\/aadsts\// { cat += $3; next }
  $8 ~ /\.class$/ { own += $3; next }
  { other += $3 }
  END {
    printf "  %-56s %d bytes\n", "of which the processor'"'"'s own classes", own
    printf "  %-56s %d bytes\n", "of which relocated dependencies", dep
    printf "  %-56s %d bytes\n", "of which bundled catalogs", cat
    printf "  %-56s %d bytes\n", "of which other resources and metadata", other
  }'
# The runtime has no dependencies.
unzip -l "$root/runtime/target/aadsts-runtime-$version.jar" | awk '$4 ~ /\/shaded\// { n++ } END { if (n) print "runtime jar holds relocated classes!" }'

report() { # label, classes directory, generated-sources directory
  local dir=$2 gen=$3
  [[ -d $dir ]] || { echo "$1: $dir not built"; return; }
  local codes
  codes=$(grep -cE '^  [A-Z][A-Z0-9_]*\([0-9]+, [0-9]+\)[,;]$' "$gen/AadstsCode.java" || true)
  echo
  echo "$1 ($codes codes)"
  printf '  %-56s %s bytes\n' "AadstsCode.class (the enum alone)" "$(bytes "$dir/AadstsCode.class")"
  printf '  %-56s %s\n' "AadstsCode.class and its holder classes" "$(classes "$dir" 'AadstsCode*.class')"
  printf '  %-56s %s\n' "AadstsExceptions.class + exception classes" "$(classes "$dir" 'AadstsExceptions*.class')"
  printf '  %-56s %s\n' "all generated classes" "$(find "$dir" -maxdepth 1 -name 'Aadsts*.class' -printf '%s\n' \
      | awk '{ s += $1; c++ } END { printf "%d files, %d bytes", c, s }')"
  printf '  %-56s %s\n' "generated sources" "$(find "$gen" -maxdepth 1 -name 'Aadsts*.java' -printf '%s\n' \
      | awk '{ s += $1; c++ } END { printf "%d files, %d bytes", c, s }')"
}
report "benchmarks package, reference-error-codes.en-us-2025.md" \
  "$here/target/classes/dev/aadsts/benchmarks" \
  "$here/target/generated-sources/annotations/dev/aadsts/benchmarks"
report "examples package, default catalog" \
  "$root/examples/target/classes/dev/aadsts/examples" \
  "$root/examples/target/generated-sources/annotations/dev/aadsts/examples"
