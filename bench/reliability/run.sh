#!/usr/bin/env bash
# Reliability of the public endpoint (issue 14): `registre serve --timeout T` on 127.0.0.1 faced with pathological
# queries (each with a probe query every 100 ms), seeded fuzzing, and SIGTERM with queries in flight.
# Fiabilité du point d'accès public : requêtes pathologiques (avec une sonde toutes les 100 ms), fuzzing à graine
# fixe, puis SIGTERM pendant que des requêtes tournent.
#   bench/reliability/run.sh [--port 3940] [--timeout 5] [--fuzz 10000] [--seed 14] [--threads 8]
# Writes bench/reliability/target/results.md (figures are copied by hand into bench/reliability/RESULTS.md).
# Bounded: every case ends within the timeout + a few seconds; the fuzz run takes about a minute on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=3940; timeout=5; fuzz=10000; seed=14; threads=8
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2;;
    --timeout) timeout=$2; shift 2;;
    --fuzz) fuzz=$2; shift 2;;
    --seed) seed=$2; shift 2;;
    --threads) threads=$2; shift 2;;
    *) echo "option inconnue / unknown option: $1" >&2; exit 2;;
  esac
done
if [ ! -f target/registre.jar ]; then
  mvn -B -q -DskipTests package
fi
if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
  echo "port $port déjà utilisé / already in use" >&2; exit 2
fi
out=bench/reliability/target
mkdir -p "$out"
log="$out/serve.err"
results="$out/results.md"

java -jar target/registre.jar serve --port "$port" --timeout "$timeout" > "$out/serve.out" 2> "$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 180); do
  grep -q "prêt / ready" "$out/serve.out" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "serve s'est arrêté / serve stopped:" >&2; cat "$log" >&2; exit 1; }
  sleep 1
done
grep -q "prêt / ready" "$out/serve.out" || { echo "serve pas prêt / not ready after 180 s" >&2; exit 1; }

base="http://127.0.0.1:$port"
{
  echo "# Fiabilité / reliability — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "\`registre serve --port $port --timeout $timeout\`, $(nproc) cœurs / cores;"
  echo "charge / load average au début / at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  java bench/reliability/Reliability.java cases "$base" "$timeout" "$log"
  echo
  echo "charge / load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "## Fuzzing"
  echo
  echo '```'
  java src/test/java/org/w3id/registre/server/QueryFuzz.java "$base/registre/sparql" queries "$seed" "$fuzz" "$threads" \
    | tee "$out/fuzz.txt"
  echo '```'
  echo
  echo "charge / load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "## SIGTERM"
  echo
  echo "| cas / case | état / state | temps jusqu'à la fin du processus / time to process exit |"
  echo "|---|---|---|"
  java bench/reliability/Reliability.java sigterm "$base" "$timeout" "$pid" | tee "$out/sigterm.txt"
  echo
  echo "Journal / log: $(wc -l < "$log") lignes / lines, $(wc -c < "$log") octets / bytes;"
  echo "lignes de plus de 600 caractères / lines over 600 characters: $(awk 'length > 600' "$log" | wc -l)"
  echo "réponses 5xx hors 503 dans le journal / 5xx other than 503 in the log:"\
       "$(grep -c 'RequestLog :: .* 5[0-9][0-9] [0-9]* ms' "$log" | tr -d '\n') lignes 5xx dont / 5xx lines of which"\
       "$(grep 'RequestLog :: .* 5[0-9][0-9] [0-9]* ms' "$log" | grep -vc ' 503 [0-9]* ms' | tr -d '\n') hors / not 503"
} | tee "$results"
wait $pid 2>/dev/null || true
trap - EXIT
# Fails (exit 1) on what must never happen: a server error other than a timeout's 503, a request without an answer,
# a server still running after SIGTERM.
failed=0
if grep -E '^status (5[0-9][0-9]|sans)' "$out/fuzz.txt" | grep -v '^status 503 '; then failed=1; fi
if grep 'RequestLog :: .* 5[0-9][0-9] [0-9]* ms' "$log" | grep -v ' 503 [0-9]* ms'; then failed=1; fi
if ! grep -q 'arrêté / stopped' "$out/sigterm.txt"; then failed=1; fi
exit $failed
