#!/usr/bin/env bash
# Times `registre export` of the real register (3 runs) and sizes the static site it writes.
# Usage: bench/publish/export.sh   (after `mvn -B -o -q package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)/site
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %U s user, %M KB max RSS" java -jar target/registre.jar export --site "$out" >/dev/null
done
echo "files: $(find "$out" -type f | wc -l), HTML pages: $(find "$out" -name '*.html' | wc -l), size: $(du -sh "$out" | cut -f1)"
rm -rf "$(dirname "$out")"
