#!/usr/bin/env bash
# Benchmark of the deployment of deploy/run-local.sh, on loopback only, in one run:
#  - the catalogue mix (every question of queries/, example parameters, as bench/serve) at 16 connections through nginx over 1, 2
#    and 3 replicas, beside one `registre serve` asked directly (the peer): requests/s, p50/p99, failed requests,
#    and the CPU time each request costs a replica and nginx (from /proc/<pid>/stat), which a capacity plan needs;
#  - a finalité page (and its Turtle document) from nginx's static export beside the same from `registre serve`.
# Bancs d'essai du déploiement (nginx devant N répliques), sur cette machine seulement.
#
#   bench/deploy/run.sh [--seconds 20] [--warmup 5] [--connections 16]
#
# Writes bench/deploy/target/results.md (figures are copied by hand into bench/deploy/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
seconds=20 warmup=5 conns=16
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) conns=$2; shift 2 ;;
    *) echo "usage: bench/deploy/run.sh [--seconds S] [--warmup S] [--connections C]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk est requis / wrk is needed (apt-get install wrk)" >&2; exit 2; }
[ -f target/registre.jar ] || mvn -B -q -DskipTests package
out=bench/deploy/target
mkdir -p "$out"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/registre-bench-deploy-XXXXXX")
runner=""
cleanup() {
  if [ -n "$runner" ]; then kill "$runner" 2>/dev/null || true; wait "$runner" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
java -cp target/registre.jar deploy/CatalogueMix.java > "$tmp/mix.tsv"
# One export for every run: the nginx figures do not include exporting.
java -Xmx1g -jar target/registre.jar export --site "$tmp/site" > /dev/null
tick=$(getconf CLK_TCK)

free_port() {
  local p
  for p in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  return 1
}
cpu_ticks() { # total user+system ticks of the given pids
  local t=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] || continue
    t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat")))
  done
  echo "$t"
}
nginx_pids() { local m; m=$(cat "$tmp/state/nginx/pid"); echo "$m $(ps -o pid= --ppid "$m" | tr '\n' ' ')"; }
replica_pids() { cat "$tmp"/state/replica-*/pid | tr '\n' ' '; }

start() { # $1: replicas
  port=$(free_port)
  rm -rf "$tmp/state"
  deploy/run-local.sh --port "$port" --replicas "$1" --site "$tmp/site" --state "$tmp/state" \
    > "$tmp/run.out" 2> "$tmp/run.err" &
  runner=$!
  for _ in $(seq 1 480); do
    grep -qx ready "$tmp/run.out" 2>/dev/null && return 0
    kill -0 "$runner" 2>/dev/null || { cat "$tmp/run.err" >&2; exit 1; }
    sleep 0.5
  done
  echo "not ready" >&2; cat "$tmp/run.err" >&2; exit 1
}
stop() { kill "$runner"; wait "$runner" 2>/dev/null || true; runner=""; }

# wrk at $conns connections on $1 (URL), mix or one path ($2: "mix" or a path, $3: Accept); prints
# "requests/s p50 p99 failed" and leaves wrk's report in $tmp/wrk.txt.
drive() {
  local url=$1 what=$2 accept=${3:-text/html}
  if [ "$what" = mix ]; then
    MIX="$tmp/mix.tsv" wrk -t2 -c"$conns" -d"${warmup}s" -s deploy/mix.lua "$url" > /dev/null 2>&1
    MIX="$tmp/mix.tsv" wrk -t2 -c"$conns" -d"${seconds}s" --timeout 30s --latency -s deploy/mix.lua "$url" \
      > "$tmp/wrk.txt" 2>&1
  else
    printf '%s\t%s\n' "$accept" "$what" > "$tmp/one.tsv"
    MIX="$tmp/one.tsv" wrk -t2 -c"$conns" -d"${warmup}s" -s deploy/mix.lua "$url" > /dev/null 2>&1
    MIX="$tmp/one.tsv" wrk -t2 -c"$conns" -d"${seconds}s" --timeout 30s --latency -s deploy/mix.lua "$url" \
      > "$tmp/wrk.txt" 2>&1
  fi
  local rps p50 p99 failed
  rps=$(awk '/^Requests\/sec/ {print $2}' "$tmp/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/wrk.txt")
  failed=$(awk '/^requests / {print $4 + $6 + $8 + $10 + $12 + $14}' "$tmp/wrk.txt")
  echo "$rps $p50 $p99 $failed"
}
requests_done() { awk '/^requests / {print $2}' "$tmp/wrk.txt"; }

load0=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# bench/deploy — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average at start $load0"
  echo
  echo "Catalogue mix ($(wc -l < "$tmp/mix.tsv") questions), $conns connections, ${seconds} s measured after ${warmup} s of warm-up."
  echo
  echo "| target | requests/s | ratio to one serve | p50 | p99 | failed | CPU ms per request: replicas | nginx |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
} > "$out/results.md"

base_rps=""
for n in 1 2 3; do
  start "$n"
  if [ "$n" -eq 1 ]; then
    # The peer: the same replica asked directly, without nginx.
    rport=$(cat "$tmp"/state/replica-0/port)
    c0=$(cpu_ticks $(replica_pids))
    read -r rps p50 p99 failed < <(drive "http://127.0.0.1:$rport" mix)
    c1=$(cpu_ticks $(replica_pids))
    reqs=$(requests_done)
    base_rps=$rps
    per=$(awk -v c=$((c1 - c0)) -v t="$tick" -v r="$reqs" 'BEGIN {printf "%.2f", c * 1000 / t / r}')
    echo "| one \`registre serve\`, direct | $rps | 1.00 | $p50 | $p99 | $failed | $per | — |" >> "$out/results.md"
  fi
  r0=$(cpu_ticks $(replica_pids)); n0=$(cpu_ticks $(nginx_pids))
  read -r rps p50 p99 failed < <(drive "http://127.0.0.1:$port" mix)
  r1=$(cpu_ticks $(replica_pids)); n1=$(cpu_ticks $(nginx_pids))
  reqs=$(requests_done)
  perR=$(awk -v c=$((r1 - r0)) -v t="$tick" -v r="$reqs" 'BEGIN {printf "%.2f", c * 1000 / t / r}')
  perN=$(awk -v c=$((n1 - n0)) -v t="$tick" -v r="$reqs" 'BEGIN {printf "%.3f", c * 1000 / t / r}')
  ratio=$(awk -v a="$rps" -v b="$base_rps" 'BEGIN {printf "%.2f", a / b}')
  echo "| nginx + $n replica(s) | $rps | $ratio | $p50 | $p99 | $failed | $perR | $perN |" >> "$out/results.md"
  if [ "$n" -eq 1 ]; then
    # Static pages: nginx from the export beside serve rendering the same documents.
    rport=$(cat "$tmp"/state/replica-0/port)
    {
      echo
      echo "A finalité page and its Turtle document, $conns connections (nginx sends the exported file; serve renders it)."
      echo
      echo "| document | nginx requests/s | p50 | p99 | serve requests/s | p50 | p99 | nginx / serve |"
      echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    } > "$tmp/static.md"
    for doc in /cnam/finalite/03-01.html /cnam/finalite/03-01.ttl; do
      read -r nr np50 np99 nf < <(drive "http://127.0.0.1:$port" "$doc")
      read -r sr sp50 sp99 sf < <(drive "http://127.0.0.1:$rport" "$doc")
      ratio=$(awk -v a="$nr" -v b="$sr" 'BEGIN {printf "%.1f", a / b}')
      echo "| \`$doc\` | $nr | $np50 | $np99 | $sr | $sp50 | $sp99 | $ratio |" >> "$tmp/static.md"
    done
  fi
  stop
done
cat "$tmp/static.md" >> "$out/results.md"
echo >> "$out/results.md"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." >> "$out/results.md"
cat "$out/results.md"
