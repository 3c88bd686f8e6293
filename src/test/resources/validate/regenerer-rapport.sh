#!/usr/bin/env bash
# Regenerates the pinned validation report of the bundled register (registre-2026-01-01.tsv, compared by
# RealRegisterReportTest), with the real CLI: validate as of 2026-01-01, then one line per result.
# Régénère le rapport de validation épinglé du registre embarqué, avec la vraie ligne de commande.
#   mvn -B -q -DskipTests package && src/test/resources/validate/regenerer-rapport.sh
# Then review the diff by hand (git diff src/test/resources/validate/) before committing: it is a golden result,
# and each line that appears or disappears is a finding of the shapes on the register.
# Ensuite relire le diff avant de valider : chaque ligne qui apparaît ou disparaît est un résultat des formes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../../.."
jar=target/registre.jar
golden="$here/registre-2026-01-01.tsv"
report="$golden.rapport.ttl"
trap 'rm -f "$report" "$golden.tmp"' EXIT
# --fail-on none: the register has warnings, and they are what is pinned.
java -jar "$jar" validate --date 2026-01-01 --format turtle --fail-on none --output "$report"
{
  printf '# registre validate --date 2026-01-01: focus (relative to https://w3id.org/registre/)\tshape (rsh:)\tseverity\n'
  # CSV, header line dropped: the lines hold no comma nor quote, so each is written as is.
  java -jar "$jar" query "$here/rapport-epingle.rq" --data "$report" --format csv | tail -n +2 | tr -d '\r'
} > "$golden.tmp"
# Moved into place only when whole: a failed run never leaves a truncated golden file.
mv "$golden.tmp" "$golden"
echo "$golden"
