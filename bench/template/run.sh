#!/usr/bin/env bash
# Benchmark: the Cnam register in and out of the CNIL template, two registers served beside one, and the diff of two
# editions — each end to end through the jar (JVM start included), beside a peer in the same run: `registre import`
# of the Cnam document (same JVM, same register, the project's own reader) for the template's import/export and the
# diff, and `serve` of the Cnam register alone for serving two registers.
# Banc d'essai : le registre de la Cnam dans le modèle de la CNIL et retour, deux registres servis à côté d'un seul,
# le diff de deux éditions ; chaque mesure à côté d'un pair, dans la même exécution.
#   bench/template/run.sh [--runs 10]
# Writes bench/template/target/results.md (figures copied by hand into bench/template/RESULTS.md), with `uptime`.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=10
if [ "${1:-}" = "--runs" ]; then runs=$2; fi
if [ ! -f target/registre.jar ]; then
  mvn -B -q -DskipTests package
fi
out=bench/template/target
mkdir -p "$out"
jar=$(pwd)/target/registre.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$(pwd)/data/source/traitements-assurance-maladie.txt
ville=$(pwd)/data/exemples/ville-fictive.ods
align=$(pwd)/data/exemples/ville-fictive-alignement.ttl
cd "$work"
java -jar "$jar" export --format cnil-ods --output cnam.ods >/dev/null 2>&1
java -jar "$jar" export --format cnil-xlsx --output cnam.xlsx >/dev/null 2>&1
java -jar "$jar" export --format cnil-csv > cnam.csv
{
  echo "# Template, serving and diff figures — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "load: $(uptime)"
  echo
} > "$OLDPWD/$out/results.md"
hyperfine --runs "$runs" --warmup 1 --export-markdown io.md \
  -n "peer: import Cnam document (.txt)" "java -jar $jar import $src --out txt" \
  -n "export cnil-ods" "java -jar $jar export --format cnil-ods --output e.ods" \
  -n "export cnil-xlsx" "java -jar $jar export --format cnil-xlsx --output e.xlsx" \
  -n "export cnil-csv" "java -jar $jar export --format cnil-csv --output e.csv" \
  -n "import cnil ods" "java -jar $jar import cnam.ods --out ods" \
  -n "import cnil xlsx" "java -jar $jar import cnam.xlsx --out xlsx" \
  -n "import cnil csv" "java -jar $jar import cnam.csv --out csv" \
  -n "diff two editions (.txt)" "java -jar $jar diff $src $src"
# Serving: from start to "Registre prêt", one register vs two, the process stopped right after.
ready() {
  local log=$work/serve.log
  java -jar "$jar" serve --port 0 "$@" > "$log" 2>&1 &
  local pid=$!
  until grep -q 'Registre prêt' "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; exit 1; fi
    sleep 0.05
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
export -f ready; export jar work
hyperfine --runs "$runs" --warmup 1 --export-markdown serve.md \
  -n "peer: serve Cnam alone" "bash -c 'ready'" \
  -n "serve Cnam + ville-fictive" "bash -c 'ready --data $OLDPWD/data --data $ville $align'"
{
  echo "## Import / export / diff (end to end, JVM start included)"; echo; cat io.md; echo
  echo "## Serving: start to ready"; echo; cat serve.md; echo
  echo "load after: $(uptime)"
} >> "$OLDPWD/$out/results.md"
cat "$OLDPWD/$out/results.md"
