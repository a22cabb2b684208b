#!/usr/bin/env bash
# Benchmark 8: the processor's own time against the size of the catalog (not a timed test).
#
# Synthetic catalogs given with -Aaadsts.catalog, javac -proc:only (generate, compile nothing),
# the processor timed inside javac by tools/ProcessorTime.java; warm medians (runs 2..n in one JVM),
# so class loading and JIT compilation of run 1 stay out of the slope.
#   codes         N rows of "| AADSTS<n> | ScaleCode<n> - Description of code <n> ... |"
#   description   one row whose description is N characters without a blank
# Linear means about twice the time per doubling.
#
# Usage: benchmarks/processor-scale.sh [runs]     (default 5)
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
cp "$here/target/benchmarks.jar" "$work/benchmarks.jar"
mkdir -p "$work/src/scale"
printf '@dev.aadsts.AadstsCatalog\npackage scale;\n' > "$work/src/scale/package-info.java"

measure() { # label, catalog file
  local line
  line=$(java -Djavac.options="-proc:only -Aaadsts.catalog=$2" -cp "$work/benchmarks.jar" \
    dev.aadsts.benchmarks.tools.ProcessorTime "$work/processor.jar" "$work/runtime.jar" "$runs" \
    "$work/src/scale/package-info.java" 2>/dev/null | tail -1)
  printf '%-22s %s\n' "$1" "$(sed -E 's/.*warm \(runs [0-9-]+\): processor median ([0-9.]+) ms.*/warm median \1 ms/' <<< "$line")"
}
header='# Scale\n\n| Error | Description |\n|---|---|\n'
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; $runs runs each"
for n in 250 500 1000 2000 4000; do
  { printf "$header"
    for ((i = 0; i < n; i++)); do
      printf '| AADSTS%d | ScaleCode%d - Description of code %d, long enough to be typical of the catalog. |\n' \
        $((1000000 + i)) "$i" "$i"
    done; } > "$work/codes-$n.md"
  measure "codes $n" "$work/codes-$n.md"
done
for n in 100000 200000 400000 800000 1600000; do
  { printf "$header| AADSTS50034 | UserAccountNotFound - "
    head -c "$n" /dev/zero | tr '\0' x
    printf ' |\n'; } > "$work/description-$n.md"
  measure "description $n" "$work/description-$n.md"
done
