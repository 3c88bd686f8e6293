#!/usr/bin/env bash
# The replica set under load, on loopback only (run by .ci/run; about 2 minutes):
#  1. 3 replicas behind nginx, 16 connections of the catalogue mix for 20 s (wrk); at 5 s one replica is killed
#     with kill -9: the clients must see 0 failed requests; the replica is restarted and serves again (it rejoins).
#  2. A new edition is rolled out replica by replica under the same load: 0 failed requests, and afterwards every
#     replica answers with the new edition.
# Prints one line per check and "N passed, N failed" at the end; exit 1 on any failure.
#   deploy/test-failover.sh [--seconds 20]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
seconds=20
[ "${1:-}" = "--seconds" ] && seconds=$2
command -v wrk >/dev/null || { echo "wrk est requis / wrk is needed (apt-get install wrk)" >&2; exit 2; }
[ -f target/registre.jar ] || mvn -B -q -DskipTests package

tmp=$(mktemp -d "${TMPDIR:-/tmp}/registre-failover-XXXXXX")
runner="" wrk_pid=""
cleanup() {
  if [ -n "$wrk_pid" ]; then kill "$wrk_pid" 2>/dev/null || true; fi
  if [ -n "$runner" ]; then kill "$runner" 2>/dev/null || true; wait "$runner" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

passed=0 failed=0
check() { # $1: description; $2…: command that must succeed
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}

free_port() {
  local p
  for p in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  return 1
}

# Two editions of the register: A (the bundled one) and B (the same with one more statement, to tell them apart).
for e in a b; do
  mkdir -p "$tmp/editions/$e"
  cp data/*.ttl "$tmp/editions/$e/"
done
cat > "$tmp/editions/b/edition.ttl" <<'EOF'
<https://w3id.org/registre/cnam/registre> <http://purl.org/dc/terms/hasVersion> "B" .
EOF
ln -s "$tmp/editions/a" "$tmp/current"
java -cp target/registre.jar deploy/CatalogueMix.java > "$tmp/mix.tsv"

port=$(free_port)
deploy/run-local.sh --port "$port" --replicas 3 --state "$tmp/state" --edition "$tmp/current" \
  > "$tmp/run.out" 2> "$tmp/run.err" &
runner=$!
# Exporting and starting 3 replicas takes about 30 s on a quiet 2-core machine; much longer on a busy one.
for _ in $(seq 1 1200); do
  grep -qx ready "$tmp/run.out" 2>/dev/null && break
  kill -0 "$runner" 2>/dev/null || { cat "$tmp/run.err" >&2; exit 1; }
  sleep 0.5
done
grep -qx ready "$tmp/run.out" || { echo "run-local.sh not ready in 600 s" >&2; cat "$tmp/run.err" >&2; exit 1; }
echo "# nginx 127.0.0.1:$port, replicas on $(cat "$tmp"/state/replica-*/port | tr '\n' ' '); load $(cut -d' ' -f1-3 /proc/loadavg)"

load() { # $1: seconds; output file $2 (run in the background: exec, so that its pid is wrk's)
  MIX="$tmp/mix.tsv" exec wrk -t2 -c16 -d"$1"s --timeout 30s -s deploy/mix.lua "http://127.0.0.1:$port" > "$2" 2>&1
}
no_failure() { # the wrk summary line of deploy/mix.lua: requests, then every kind of failure at 0
  local line
  line=$(grep '^requests ' "$1")
  echo "#   $line"
  [[ "$line" =~ ^requests\ ([0-9]+)\ failed_status\ 0\ connect\ 0\ read\ 0\ write\ 0\ timeout\ 0\ status\ 0$ ]] \
    && [ "${BASH_REMATCH[1]}" -gt 0 ]
}
ask_version() { # $1: port of a replica; prints true or false: does it serve edition B?
  curl -sf --max-time 10 -H 'Accept: text/csv' --data-urlencode \
    'query=ASK { <https://w3id.org/registre/cnam/registre> <http://purl.org/dc/terms/hasVersion> "B" }' \
    "http://127.0.0.1:$1/registre/sparql" | tr -d '\r' | tail -1
}

# 1. kill -9 one replica under load.
victim_pid=$(cat "$tmp/state/replica-1/pid")
load "$seconds" "$tmp/wrk-kill.txt" &
wrk_pid=$!
sleep 5
kill -9 "$victim_pid"
wait "$wrk_pid"
check "kill -9 of one replica of 3 under 16 connections: 0 failed requests" no_failure "$tmp/wrk-kill.txt"
restarted() {
  local deadline=$((SECONDS + 600))
  while [ $SECONDS -lt $deadline ]; do
    if [ "$(cat "$tmp/state/replica-1/pid")" != "$victim_pid" ] \
        && curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$(cat "$tmp/state/replica-1/port")/\$/ping"; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}
check "the killed replica is restarted on its port" restarted
rejoined() { # once nginx's fail_timeout (2 s) is over, nginx sends it its share again
  sleep 3
  local k i n counts=""
  # Each probe a different query: the replica's own request log says which one it answered (its /$/metrics
  # counter is no evidence: read right after the probes it said 0 while the log showed 3 answered).
  for k in $(seq 1 12); do
    curl -sf -o /dev/null --max-time 60 -H 'Accept: text/csv' --data-urlencode \
      "query=ASK { ?s ?p \"sonde-$k\" }" "http://127.0.0.1:$port/registre/sparql" \
      || { echo "#   probe $k through nginx failed"; return 1; }
  done
  sleep 1 # a replica logs a request once it has answered it
  for i in 0 1 2; do counts+=" $(grep -c 'sonde-[0-9]*' "$tmp/state/replica-$i/log")"; done
  n=$(grep -c 'sonde-[0-9]*' "$tmp/state/replica-1/log")
  echo "#   12 probes through nginx after the restart, answered by replicas 0, 1, 2:$counts"
  [ "$n" -gt 0 ]
}
check "the restarted replica rejoins (nginx sends it requests again)" rejoined

# 2. roll edition B out under load.
ln -sfn "$tmp/editions/b" "$tmp/current"
# The load runs until the roll-out is over (wrk stops and reports on SIGINT): about a minute on a quiet machine
# (export of the edition, then each replica drained, restarted and put back), at most 20 minutes on a busy one.
load 1200 "$tmp/wrk-roll.txt" &
wrk_pid=$!
sleep 2
kill -HUP "$runner"
rolled() {
  local deadline=$((SECONDS + 1150))
  while [ $SECONDS -lt $deadline ]; do
    grep -q 'edition rolled out' "$tmp/run.err" && return 0
    sleep 0.5
  done
  return 1
}
check "edition B rolled out replica by replica under load" rolled
sleep 2
kill -INT "$wrk_pid" 2>/dev/null || true
wait "$wrk_pid" || true
check "rolling edition under 16 connections: 0 failed requests" no_failure "$tmp/wrk-roll.txt"
all_b() {
  local i v
  for i in 0 1 2; do
    v=$(ask_version "$(cat "$tmp/state/replica-$i/port")")
    echo "#   replica $i: edition B? $v"
    [ "$v" = "true" ] || return 1
  done
}
check "every replica serves edition B" all_b
site_b() { # the static pages were re-exported from edition B and nginx serves them
  curl -sf -H 'Accept: text/turtle' "http://127.0.0.1:$port/cnam/registre.ttl" | grep -q 'hasVersion\|dcterms:hasVersion'
}
check "nginx serves the pages of edition B" site_b

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
