#!/usr/bin/env bash
# Validation benchmark: Registre (Jena SHACL 5.6.0) beside TopBraid SHACL 1.4.4 and RDF4J ShaclSail 5.2.2, on the
# published register and on synthetic registers 10x, 100x and 1000x larger, with the same shapes (shapes/) and the
# same validation date. Each (engine, scale) runs in its own JVM, one after the other. The engines must report the
# same results: counts by (focus node, shape, severity) are compared, on every scale and on every test fixture.
#
#   bench/validation/run.sh                      # all scales: 1 10 100 1000 (HEAP=12g: 12 GB for each JVM from the start)
#   SCALES="1 10" bench/validation/run.sh        # a quick run
#   TIMEOUT=1800 HEAP=12g bench/validation/run.sh
#
# Output: bench/validation/target/run-<time>/results.tsv (scale, engine, triples, results, warm-ups, runs, median ms,
# min ms, garbage collection ms per timed run, median CPU ms of the JVM per timed run), the signatures, each run's GC
# log, and a summary on stdout. The recorded figures are in bench/validation/RESULTS.md.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SCALES=${SCALES:-"1 10 100 1000"}
ENGINES=${ENGINES:-"jena topbraid rdf4j"}
TIMEOUT=${TIMEOUT:-1800}
HEAP=${HEAP:-12g}
OUT=$ROOT/bench/validation/target/run-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"

echo "== build (main artifact, benchmark)"
mvn -B -o -q -ntp install -DskipTests || exit 2
(cd bench/validation && mvn -B -o -q -ntp compile \
  && mvn -B -o -q -ntp dependency:build-classpath -Dmdep.outputFile=target/cp-jena.txt \
  && mvn -B -o -q -ntp -Djena.version=5.2.0 dependency:build-classpath -Dmdep.outputFile=target/cp-topbraid.txt) || exit 2
# TopBraid SHACL 1.4.4 is built on Jena 5.2.0: on Jena 5.6.0 its sh:pattern fails (it loads
# org.apache.jena.sparql.expr.RegexJava, which 5.6.0 no longer has). It runs in its own JVM on the Jena it was built on.
CLASSES=$ROOT/bench/validation/target/classes
# This tree's own build (target/classes: code and bundled shapes, data, ontology) comes before the installed
# artifact, so that a run measures the shapes of this tree even if another build installs the same version.
cp_for() {
  if [ "$1" = topbraid ]; then echo "$CLASSES:$ROOT/target/classes:$(cat bench/validation/target/cp-topbraid.txt)"
  else echo "$CLASSES:$ROOT/target/classes:$(cat bench/validation/target/cp-jena.txt)"; fi
}
run_one() { # engine scale
  # The whole heap from the start (-Xms = -Xmx): at 1000x, a heap grown from 2 GB went through full collections of
  # 15-25 s under load (GC log of the per-shape profile), time spent resizing, not validating. Each run's collections
  # are logged beside its results (gc-SCALE-ENGINE.log; results.tsv gives their time per timed run).
  # Metaspace too: its first threshold (about 21 MB) is crossed while an engine loads its classes, inside the first
  # validation, and the collection it triggers is a full one — 9 s at 1000x (young 2.7 s + full 6.3 s over 1.7 GB of
  # live data, GC log of 2 December 2026), a cost of class loading, not of validating.
  # Transparent huge pages for the heap (the kernel's madvise mode): with 4 KB pages the translation misses grow with
  # the heap, and Jena's 1000x validation took 9% more CPU without them (85.9 s against 78.1 s on the validating
  # thread, warm runs of 2 December 2026) — a cost of the page size, not of the shapes.
  timeout "$TIMEOUT" java -Xms"$HEAP" -Xmx"$HEAP" -XX:MetaspaceSize=256m -XX:+UseTransparentHugePages -XX:+UseParallelGC -Xlog:gc:file="$OUT/gc-$2-$1.log" \
    -Dlog4j2.level=warn -cp "$(cp_for "$1")" \
    org.w3id.registre.bench.ValidationBench "$1" "$2" "$OUT" 2> "$OUT/stderr-$2-$1.txt"
  local rc=$?
  if [ $rc -eq 124 ]; then printf '%s\t%s\tTIMEOUT after %ss\n' "$2" "$1" "$TIMEOUT" | tee -a "$OUT/results.tsv"
  elif [ $rc -ne 0 ]; then printf '%s\t%s\tFAILED (exit %s, see stderr-%s-%s.txt)\n' "$2" "$1" "$rc" "$2" "$1" | tee -a "$OUT/results.tsv"
  fi
}
compare() { # scale
  local ref="$OUT/signature-$1-jena.tsv"
  for e in $ENGINES; do
    [ "$e" = jena ] && continue
    local other="$OUT/signature-$1-$e.tsv"
    if [ ! -f "$ref" ] || [ ! -f "$other" ]; then echo "agreement $1 jena/$e: not compared (a run is missing)"
    elif cmp -s "$ref" "$other"; then echo "agreement $1 jena/$e: same results ($(wc -l < "$ref") focus/shape/severity groups)"
    else echo "agreement $1 jena/$e: DIFFERENT ($(diff "$ref" "$other" | grep -c '^[<>]') lines differ)"; fi
  done | tee -a "$OUT/agreement.txt"
}

echo "== agreement on the test fixtures"
for e in $ENGINES; do run_one "$e" fixtures; done
compare fixtures

echo "== scales: $SCALES"
printf 'scale\tengine\ttriples\tresults\twarmups\truns\tmedian_ms\tmin_ms\tgc_ms_per_run\tcpu_median_ms\tthread_cpu_median_ms\tcold_ms\tcold_cpu_ms\n' > "$OUT/header.tsv"
for s in $SCALES; do
  for e in $ENGINES; do run_one "$e" "$s"; done
  compare "$s"
done
echo "== results in $OUT"
cat "$OUT/header.tsv" "$OUT/results.tsv"
