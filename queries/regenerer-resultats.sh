#!/usr/bin/env bash
# Regenerates the expected result beside every catalogue query, from the bundled data, with the real CLI.
# Régénère le résultat attendu de chaque requête du catalogue, avec la vraie ligne de commande.
#   mvn -B -q -DskipTests package && queries/regenerer-resultats.sh
# Then review the diff by hand (git diff queries/) before committing: these files are golden results.
# Ensuite relire le diff (git diff queries/) avant de valider : ce sont des résultats de référence.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/registre.jar
for rq in queries/*.rq; do
  name=$(basename "$rq" .rq)
  if grep -qiE '^\s*(CONSTRUCT|DESCRIBE)\b' "$rq"; then
    out="queries/$name.expected.ttl"; fmt=turtle
  else
    out="queries/$name.expected.tsv"; fmt=tsv
  fi
  # Written to a temporary file first, so a failed run never leaves a truncated golden file.
  # A question that compares registers names, in its "# comparaison:" header, the registers added to the Cnam's.
  extra=$(sed -n 's/^# comparaison: \([^(]*\).*/\1/p' "$rq")
  if [ -n "$extra" ]; then
    # shellcheck disable=SC2086
    java -jar "$jar" query "$rq" --format "$fmt" --data data/registre.ttl data/droit.ttl data/alignement.ttl $extra \
      > "$out.tmp"
  else
    java -jar "$jar" query "$rq" --format "$fmt" > "$out.tmp"
  fi
  mv "$out.tmp" "$out"
  echo "$out"
done
