#!/usr/bin/env bash
# Benchmark: `registre serve` beside stock Fuseki 5.6.0 (--file on the same Turtle), same machine, same run.
# Banc d'essai : `registre serve` à côté de Fuseki 5.6.0 standard, même machine, même exécution.
#   bench/serve/run.sh [--seconds 20] [--warmup 10] [--levels 1,4,16] [--startup-runs 3] [--xmx 512m] [--serve-arg ARG]…
# Writes bench/serve/target/results.md (figures are copied by hand into bench/serve/RESULTS.md).
# Stock Fuseki stays out of the main artifact: it is copied into bench/serve/target only.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/registre.jar ]; then
  mvn -B -q -DskipTests package
fi
fuseki=bench/serve/target/jena-fuseki-server-5.6.0.jar
if [ ! -f "$fuseki" ]; then
  mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 \
      -DoutputDirectory=bench/serve/target
fi
for port in 3930 3931; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port déjà utilisé / already in use" >&2; exit 2
  fi
done
exec java -cp target/registre.jar bench/serve/LoadDriver.java --fuseki-jar "$fuseki" "$@"
