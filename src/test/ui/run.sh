#!/usr/bin/env bash
# Browser check of /query (not part of `mvn verify`: it needs Chromium and Node 20+ on the machine).
# Every host but 127.0.0.1 is unresolvable for the browser, so the page is shown to work with no outside call.
#   mvn -q -B package -DskipTests && src/test/ui/run.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
port=3945
java -jar target/registre.jar serve --port "$port" > /dev/null 2>&1 &
serve=$!
chromium --headless --disable-gpu --no-sandbox --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
    --remote-debugging-port=9333 --window-size=1400,900 about:blank > /dev/null 2>&1 &
browser=$!
trap 'kill "$serve" "$browser" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -s -o /dev/null "http://127.0.0.1:$port/\$/ping" && curl -s -o /dev/null http://127.0.0.1:9333/json/list && break
  sleep 1
done
questions=$(ls queries/*.rq | wc -l)
node --experimental-websocket --no-warnings src/test/ui/query-editor.mjs "http://127.0.0.1:$port" "$questions"
