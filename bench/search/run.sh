#!/usr/bin/env bash
# Benchmark: full-text index build time (cold, in fresh JVMs, and warm) and search latency (median, p99) beside the
# substring-match peer, same machine, same run. Prints the figures and the load average before and after.
# Banc d'essai : construction de l'index plein texte et latence de la recherche, à côté d'un pair.
#   bench/search/run.sh [--cold-runs 5] [--builds 20] [--warmup 20] [--rounds 100]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/registre.jar ]; then
  mvn -B -q -DskipTests package
fi
cold=5
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --cold-runs) cold=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
echo "Run: $(date -u +%FT%TZ), $(nproc) CPUs, $(java -version 2>&1 | head -1)"
echo "load before: $(cat /proc/loadavg)"
times=()
for i in $(seq "$cold"); do
  line=$(java -cp target/registre.jar bench/search/SearchBench.java --build-once 2>/dev/null | grep '^build-ms')
  times+=("$(echo "$line" | awk '{print $2}')")
done
echo "cold-build-ms (fresh JVM, class loading included): ${times[*]} → median $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
java -cp target/registre.jar bench/search/SearchBench.java "${args[@]}" 2>/dev/null
echo "load after: $(cat /proc/loadavg)"
