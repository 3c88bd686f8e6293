#!/usr/bin/env bash
# Import benchmark: median import time of the whole document, in-process and warm, beside Jena parsing the result.
# Usage: bench/import/run.sh        (from anywhere; writes bench/import/results.txt)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mvn -q -B -ntp install -DskipTests
mvn -q -B -ntp -f bench/import/pom.xml package
java -Dregistre.root="$root" -jar bench/import/target/bench-import.jar -rf text -rff bench/import/results.txt \
  ImportBenchmark | tee bench/import/last-run.log | grep -E 'Benchmark|p0.50|importDocument |peer'
