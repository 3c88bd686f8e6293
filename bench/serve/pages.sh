#!/usr/bin/env bash
# Pages and RDF documents: `registre serve` beside stock Fuseki 5.6.0 serving the static export of the same site
# (--base), same machine, same run, with wrk on 127.0.0.1.
# Pages et documents RDF : `registre serve` à côté de Fuseki standard servant l'export statique (--base).
#   [REGISTRE_JAR=…] bench/serve/pages.sh [--seconds 10] [--rounds 3] [--connections 16,64] [--report FILE] [PATH…]
# Each round measures every path at every level on both servers, one after the other (registre first on odd rounds,
# Fuseki first on even ones); the table gives the median of the rounds and the load average of each round.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=10 rounds=3 connections=16,64 report=bench/serve/target/pages.md
paths=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --report) report=$2; shift 2 ;;
    *) paths+=("$1"); shift ;;
  esac
done
[ ${#paths[@]} -gt 0 ] || paths=(/cnam/finalite/04-03.html /cnam/finalite/04-03.ttl /download/registre.nt)
jar=${REGISTRE_JAR:-target/registre.jar}
[ -f "$jar" ] || mvn -B -q -DskipTests package
fuseki=bench/serve/target/jena-fuseki-server-5.6.0.jar
[ -f "$fuseki" ] || mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 \
    -DoutputDirectory=bench/serve/target
command -v wrk >/dev/null || { echo "wrk introuvable / not found (apt-get install wrk)" >&2; exit 2; }
for port in 3930 3931; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "port $port déjà utilisé / already in use" >&2; exit 2; fi
done
site=bench/serve/target/site
java -jar "$jar" export --site "$site" >/dev/null
out=bench/serve/target/pages-raw.tsv
: > "$out"
java -jar "$jar" serve --port 3930 >/dev/null 2>&1 & pr=$!
mkdir -p bench/serve/target/fuseki-base
FUSEKI_BASE=bench/serve/target/fuseki-base java -jar "$fuseki" --localhost --port 3931 --base="$site" --mem /registre \
    >/dev/null 2>&1 & pf=$!
trap 'kill $pr $pf 2>/dev/null || true' EXIT
for port in 3930 3931; do
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port${paths[0]}" && break
    sleep 0.5
  done
done
rss() { awk '/^VmRSS/ {print int($2/1024)}' /proc/$1/status; }
echo -e "rss-idle\t$(rss $pr)\t$(rss $pf)" >> "$out"
# Warm-up: every path on both servers (serve renders each answer once, then sends it from memory).
for p in "${paths[@]}"; do
  for port in 3930 3931; do wrk -t2 -c16 -d3s "http://127.0.0.1:$port$p" >/dev/null; done
done
measure() { # server port path connections round
  local r; r=$(wrk -t2 -c"$4" -d"${seconds}s" --latency "http://127.0.0.1:$2$3")
  local rps p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$r")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$r")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$r" | tr '\n' ' ')
  echo -e "$1\t$3\t$4\t$5\t$rps\t$p99\t$(cut -d' ' -f1-3 /proc/loadavg)\t$errors" >> "$out"
}
for round in $(seq 1 "$rounds"); do
  for p in "${paths[@]}"; do
    for c in ${connections//,/ }; do
      if [ $((round % 2)) -eq 1 ]; then
        measure serve 3930 "$p" "$c" "$round"; measure fuseki 3931 "$p" "$c" "$round"
      else
        measure fuseki 3931 "$p" "$c" "$round"; measure serve 3930 "$p" "$c" "$round"
      fi
    done
  done
done
echo -e "rss-load\t$(rss $pr)\t$(rss $pf)" >> "$out"
echo -e "hwm\t$(awk '/^VmHWM/ {print int($2/1024)}' /proc/$pr/status)\t$(awk '/^VmHWM/ {print int($2/1024)}' /proc/$pf/status)" >> "$out"
python3 - "$out" "$report" "$seconds" "$rounds" <<'PY'
import sys, statistics, collections, datetime, os
raw, report, seconds, rounds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
rows = [l.rstrip('\n').split('\t') for l in open(raw)]
mem = {r[0]: (int(r[1]), int(r[2])) for r in rows if r[0] in ('rss-idle', 'rss-load', 'hwm')}
data = collections.defaultdict(list)
loads = collections.defaultdict(list)
errs = []
for r in rows:
    if r[0] in ('serve', 'fuseki'):
        data[(r[1], int(r[2]), r[0])].append((float(r[4]), float(r[5])))
        loads[r[3]].append(r[6].split()[0])
        if r[7].strip():
            errs.append(' '.join(r[:4]) + ': ' + r[7].strip())
out = []
out.append(f"Run: {datetime.datetime.now().isoformat(timespec='seconds')}, {os.cpu_count()} CPUs, wrk -t2, "
           f"{seconds} s per measure, {rounds} rounds (median shown); 1-min load average at each measure, by round: "
           + '; '.join(f"round {k}: {min(v)}–{max(v)}" for k, v in sorted(loads.items())) + "\n")
out.append("| path | connections | serve req/s | Fuseki --base req/s | ratio | serve p99 (ms) | Fuseki p99 (ms) | ratio |")
out.append("|---|---:|---:|---:|---:|---:|---:|---:|")
for (path, c) in sorted({(k[0], k[1]) for k in data}, key=lambda x: (x[0], x[1])):
    s = data[(path, c, 'serve')]; f = data[(path, c, 'fuseki')]
    srps = statistics.median(x[0] for x in s); frps = statistics.median(x[0] for x in f)
    sp = statistics.median(x[1] for x in s); fp = statistics.median(x[1] for x in f)
    out.append(f"| `{path}` | {c} | {srps:,.0f} | {frps:,.0f} | **{srps/frps:.2f}** | {sp:.2f} | {fp:.2f} | **{sp/fp:.2f}** |")
    out.append(f"| | | rounds: {', '.join(f'{x[0]:,.0f}' for x in s)} | {', '.join(f'{x[0]:,.0f}' for x in f)} | "
               f"{', '.join(f'{a[0]/b[0]:.2f}' for a, b in zip(s, f))} | | | |")
for k, label in (('rss-idle', 'RSS after start, idle (MiB)'), ('rss-load', 'RSS after the load (MiB)'),
                 ('hwm', 'peak RSS, VmHWM (MiB)')):
    a, b = mem[k]
    out.append(f"| {label} | | {a} | {b} | **{a/b:.2f}** | | | |")
if errs:
    out.append("\nErrors / non-2xx: " + '; '.join(errs))
text = '\n'.join(out) + '\n'
open(report, 'w').write(text)
print(text)
PY
