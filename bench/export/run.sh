#!/usr/bin/env bash
# Static export: the current jar beside an earlier one (the peer), same machine, same run, same output folder, runs
# alternated; then proves the two exports are the same site (bench/export/SameSite.java).
# Export statique : le jar courant à côté d'un jar antérieur, mêmes conditions ; puis preuve « mêmes octets ».
#   bench/export/run.sh EARLIER-JAR [RUNS]
# EARLIER-JAR: e.g. a build of main before the change (git archive <commit> | tar -x -C /tmp/x && mvn package there).
# The figure of record for issue 13 (quiet machine, nobody else on it): EARLIER-JAR built from 6461c48, RUNS 3; the
# full command is in bench/export/RESULTS.md. Compare CPU time (user+sys) when the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
earlier=$1 runs=${2:-3}
[ -f target/registre.jar ] || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load before: $(cat /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  for which in earlier current; do
    jar=target/registre.jar; [ $which = earlier ] && jar=$earlier
    # The same output path for both: the nginx example configuration names it.
    /usr/bin/time -f "$which run $run: %e s wall, %U s user, %S s sys, %M KB max RSS" \
        java -jar "$jar" export --site "$work/site" >/dev/null
    rm -rf "$work/$which"; mv "$work/site" "$work/$which"
  done
  echo "  load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "load after: $(cat /proc/loadavg)"
java -cp target/registre.jar bench/export/SameSite.java "$work/earlier" "$work/current"
