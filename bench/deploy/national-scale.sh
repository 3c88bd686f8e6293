#!/usr/bin/env bash
# National-scale sizing: synthetic registers n times the published one (bench/validation's SyntheticRegister rule:
# every mission and finalité copied under renamed IRIs, the law and the ontology single), each loaded into a fresh
# TDB2 store with Jena's parallel loader. One line per scale: triples, finalités, load time, store size on disk.
#   bench/deploy/national-scale.sh [SCALE…]        (default: 10 100 1000)
# Needs about 1 GB of disk per 1000×; HEAP (default 8g) for the loader.
set -euo pipefail
cd "$(dirname "$0")/../.."
scales=${*:-10 100 1000}
[ -f target/registre.jar ] || mvn -B -q -DskipTests package
work=$(mktemp -d "${TMPDIR:-/tmp}/registre-national-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes"
javac -cp target/registre.jar -d "$work/classes" \
  bench/validation/src/main/java/org/w3id/registre/bench/SyntheticRegister.java \
  bench/validation/src/main/java/org/w3id/registre/bench/TdbScale.java
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'scale\ttriples\tfinalites\tntriples_bytes\tload_s\tload_cpu_s\tstore_apparent_bytes\tstore_disk_bytes\tcount_query_s\n'
for n in $scales; do
  line=$(java -Xmx"${HEAP:-8g}" -cp "target/registre.jar:$work/classes" org.w3id.registre.bench.TdbScale "$n" "$work" \
    2>/dev/null | tail -1)
  disk=$(du -sk "$work/tdb2-x$n" | cut -f1)
  printf '%s\n' "$line" | awk -v d=$((disk * 1024)) 'BEGIN {FS = OFS = "\t"} {print $1, $2, $3, $4, $5, $6, $7, d, $8}'
  rm -rf "$work/tdb2-x$n"
done
echo "# load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
