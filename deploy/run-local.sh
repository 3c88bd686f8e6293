#!/usr/bin/env bash
# Registre behind nginx: the static export served by nginx (content negotiation as `registre serve`), and the
# SPARQL, query-editor and search routes load-balanced over N read-only `registre serve` replicas — on loopback,
# for tests and demonstrations. Registre derrière nginx, sur cette machine seulement.
#
#   deploy/run-local.sh --port PORT --replicas N [--site DIR] [--edition DIR] [--tdb] [--state DIR]
#
#   --port PORT     nginx listens on 127.0.0.1:PORT
#   --replicas N    N replicas of `registre serve` on free loopback ports (0: the static export alone, needs --site)
#   --site DIR      an export (`registre export --site DIR`) to serve; without it, the edition is exported first
#   --edition DIR   the register's data (a folder of RDF files, as `serve --data`): the bundled register by
#                   default. A symbolic link is read anew on SIGHUP: point it at the next edition, then `kill -HUP`
#                   this script to roll the edition out replica by replica, without reloading nginx (no failed
#                   request: see roll below).
#   --tdb           each replica on its own TDB2 store (under the state folder) instead of in memory
#   --state DIR     where configurations, logs and pids go (a new temporary folder by default; removed at exit
#                   only when the script created it)
#
# Prints one line `ready` on standard output when nginx and every replica answer (everything else goes to
# standard error). A replica that dies is restarted on its port and rejoins; nginx routes around it meanwhile
# (passive health checks: max_fails, proxy_next_upstream). SIGTERM or Ctrl-C stops everything it started.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NGINX=${NGINX:-/usr/sbin/nginx}
NJS=${NJS:-/usr/lib/nginx/modules/ngx_http_js_module.so}
JAVA_OPTS=${REGISTRE_JAVA_OPTS:--Xmx512m}

usage() {
  echo "usage: deploy/run-local.sh --port PORT --replicas N [--site DIR] [--edition DIR] [--tdb] [--state DIR]" >&2
  echo "  $1" >&2
  exit 2
}

port="" replicas="" site="" edition="" tdb=0 state=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) [ $# -ge 2 ] || usage "--port : valeur manquante / missing value"; port=$2; shift 2 ;;
    --replicas) [ $# -ge 2 ] || usage "--replicas : valeur manquante / missing value"; replicas=$2; shift 2 ;;
    --site) [ $# -ge 2 ] || usage "--site : valeur manquante / missing value"; site=$2; shift 2 ;;
    --edition) [ $# -ge 2 ] || usage "--edition : valeur manquante / missing value"; edition=$2; shift 2 ;;
    --state) [ $# -ge 2 ] || usage "--state : valeur manquante / missing value"; state=$2; shift 2 ;;
    --tdb) tdb=1; shift ;;
    *) usage "option inconnue / unknown option: $1" ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] \
  || usage "--port : attendu 1 à 65535 / expected 1 to 65535 (reçu / got '$port')"
[[ "$replicas" =~ ^[0-9]+$ ]] && [ "$replicas" -le 32 ] \
  || usage "--replicas : attendu 0 à 32 / expected 0 to 32 (reçu / got '$replicas')"
if [ "$replicas" -eq 0 ] && [ -z "$site" ]; then
  usage "--replicas 0 sert un export statique : --site DIR est requis / serves a static export: --site DIR is required"
fi
if [ -n "$site" ] && [ ! -f "$site/.config/nginx/registre-site.conf" ]; then
  usage "--site $site : pas un export du registre (.config/nginx/registre-site.conf manquant) / not a register export"
fi
[ -z "$edition" ] || [ -d "$edition" ] || usage "--edition $edition : dossier introuvable / no such folder"
[ -x "$NGINX" ] && [ -f "$NJS" ] \
  || usage "nginx et son module njs sont requis / nginx and its njs module are needed (apt-get install nginx libnginx-mod-http-js)"
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  usage "127.0.0.1:$port : port déjà utilisé / port already in use"
fi

jar="$ROOT/target/registre.jar"
if [ ! -f "$jar" ]; then
  echo "construction / building target/registre.jar" >&2
  (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
fi

own_state=0
if [ -z "$state" ]; then
  state=$(mktemp -d "${TMPDIR:-/tmp}/registre-deploy-XXXXXX")
  own_state=1
fi
mkdir -p "$state/nginx/logs"
state=$(cd "$state" && pwd)
# The replicas run from a copy of the jar: a rebuild of target/ meanwhile does not touch them.
cp "$jar" "$state/registre.jar"
jar="$state/registre.jar"
[ -n "$site" ] && site=$(cd "$site" && pwd)

declare -a rport rpid
nginx_pid=""
generation=0

log() { echo "[run-local] $*" >&2; }

# The edition's data as the replicas and the export take it; a link is resolved now, so a replica started before
# the link moves keeps its edition, and one started after gets the new one.
data_args() { [ -n "$edition" ] && echo "--data $(readlink -f "$edition")" || true; }

stop_all() {
  trap - EXIT INT TERM HUP
  local p
  [ -n "${exporter:-}" ] && kill "$exporter" 2>/dev/null || true
  for p in "${rpid[@]:-}" "$nginx_pid"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null || true
  done
  for p in "${rpid[@]:-}" "$nginx_pid"; do
    [ -n "$p" ] && wait "$p" 2>/dev/null || true
  done
  [ "$own_state" -eq 1 ] && rm -rf "$state"
  log "arrêté / stopped"
}
trap stop_all EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

# The edition's own export, when no --site was given: pages and documents match what the replicas serve.
# Written beside the one being served; publish_site switches to it.
export_site() {
  local dir="$state/site-$generation"
  log "export de l'édition / exporting the edition ${edition:-(bundled)} → $dir"
  # In the background and waited for: bash runs a trap (SIGTERM, Ctrl-C) only once a foreground command ends.
  java $JAVA_OPTS -jar "$jar" export --site "$dir" $(data_args) >&2 &
  exporter=$!
  wait "$exporter"
  exporter=""
  site_root="$dir"
}

# nginx's root is the link $state/site: replacing the link (rename, atomic) switches the pages at the next request,
# without a reload. nginx opens each file by its path on every request (no open_file_cache), so a request in flight
# finishes on the folder it started with; old folders stay until exit.
publish_site() {
  ln -sfn "$site_root" "$state/site.new"
  mv -T "$state/site.new" "$state/site"
}

write_conf() {
  local i upstreams="" user=""
  for ((i = 0; i < replicas; i++)); do
    upstreams+="        server 127.0.0.1:${rport[$i]} max_fails=1 fail_timeout=2s;"$'\n'
  done
  # As root, workers would drop to "nobody", who may not read a private export folder.
  [ "$(id -u)" -eq 0 ] && user="user root;"
  local cfg="$state/site/.config/nginx"
  local proxies=""
  if [ "$replicas" -gt 0 ]; then
    proxies="
        # SPARQL (query, read-only graph store), the query editor, the search, liveness: to the replicas.
        location ^~ /registre { proxy_pass http://registre_replicas; }
        location ^~ /query { proxy_pass http://registre_replicas; }
        location ^~ /recherche { proxy_pass http://registre_replicas; }
        location = /\$/ping { proxy_pass http://registre_replicas; }"
    # zone: the workers share each replica's state (failed, back), so one worker's failed attempt spares the others
    # theirs, and a replica back on its port is seen back by all of them at once.
    upstreams="    upstream registre_replicas {
        zone registre_replicas 64k;
$upstreams        keepalive 32;
    }"
  fi
  cat > "$state/nginx/nginx.conf.new" <<EOF
# Written by deploy/run-local.sh — nginx in front of $replicas Registre replicas.
load_module $NJS;
$user
daemon off;
worker_processes auto;
pid $state/nginx/nginx.pid;
error_log $state/nginx/logs/error.log warn;
events {
    worker_connections 4096;
}
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 10000;
    client_body_temp_path $state/nginx/body;
    proxy_temp_path $state/nginx/proxy;
    fastcgi_temp_path $state/nginx/fastcgi;
    uwsgi_temp_path $state/nginx/uwsgi;
    scgi_temp_path $state/nginx/scgi;
    js_path $cfg;
    include $cfg/registre-http.conf;
$upstreams
    # Passive failover: a replica that refuses, resets or times out is skipped and the request retried on the
    # next one (POST too: every route is read-only). A 503 (query over its time limit) is not retried.
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$remote_addr;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_connect_timeout 1s;
    proxy_read_timeout 60s;
    proxy_next_upstream error timeout http_502 non_idempotent;
    proxy_next_upstream_tries 3;
    server {
        listen 127.0.0.1:$port;
        root $state/site;
$proxies
        include $cfg/registre-site.conf;
    }
}
EOF
  mv "$state/nginx/nginx.conf.new" "$state/nginx/nginx.conf"
}

nginx_cmd() { "$NGINX" -p "$state/nginx" -c "$state/nginx/nginx.conf" -e "$state/nginx/logs/error.log" "$@"; }

start_replica() { # $1: index; $2: port (0 = a free one, learnt from the replica's own output)
  local i=$1 p=$2
  # --metrics: the replicas listen on loopback only, and the failover test counts each one's requests from its
  # /$/metrics (off by default since serve hides it from the public); nginx does not proxy /$/.
  local args=(serve --host 127.0.0.1 --port "$p" --metrics)
  [ "$tdb" -eq 1 ] && args+=(--tdb "$state/replica-$i/tdb")
  mkdir -p "$state/replica-$i"
  # Appended, never truncated: a restarted replica's log follows its predecessor's (evidence for a failover).
  echo "[run-local] $(date -u +%FT%TZ) démarrage / start, port $p" >> "$state/replica-$i/log"
  args+=($(data_args))
  java $JAVA_OPTS -jar "$jar" "${args[@]}" >> "$state/replica-$i/log" 2>&1 &
  rpid[$i]=$!
  echo "${rpid[$i]}" > "$state/replica-$i/pid"
}

# Waits until replica i answers /$/ping (and, when it was started on port 0, learns its port).
await_replica() {
  local i=$1 deadline=$((SECONDS + 600)) line
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "${rpid[$i]}" 2>/dev/null; then
      log "réplique / replica $i arrêtée au démarrage / died at start:"; tail -5 "$state/replica-$i/log" >&2
      return 1
    fi
    if [ -z "${rport[$i]:-}" ] || [ "${rport[$i]}" = 0 ]; then
      line=$(grep -m1 -o 'http://127.0.0.1:[0-9]*/$' "$state/replica-$i/log" || true)
      [ -n "$line" ] && rport[$i]=$(echo "$line" | sed 's|.*:\([0-9]*\)/$|\1|') && echo "${rport[$i]}" > "$state/replica-$i/port"
    fi
    if [ -n "${rport[$i]:-}" ] && [ "${rport[$i]}" != 0 ] \
        && curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:${rport[$i]}/\$/ping"; then
      return 0
    fi
    sleep 0.2
  done
  log "réplique / replica $i : pas de réponse en 600 s / no answer within 600 s"
  return 1
}

# A new edition, one replica at a time, without reloading nginx: a reload closes every idle keep-alive client
# connection, and a client that sent its next request on one just then sees the connection closed (wrk counted
# 41 read errors in 330,956 requests). Instead each replica is stopped with SIGTERM on its port: it refuses new
# connections and closes the ones it has, which nginx's passive failover turns into a retry on another replica
# (proxy_next_upstream error, for POST queries too) — the same path as a kill -9, which loses no request. The
# replica restarts on the same port with the new edition; after /$/ping answers, nginx's fail_timeout (2 s) is
# let pass so that it takes requests again before the next one stops: never two replicas out at once. The pages
# switch with the link publish_site replaces; only an export whose nginx configuration changed needs a reload.
roll() {
  generation=$((generation + 1))
  log "nouvelle édition / new edition: $(data_args)"
  if [ "$exported" -eq 1 ]; then
    local before="$site_root/.config/nginx" f changed=0
    export_site
    for f in registre-http.conf registre-site.conf registre.js; do
      cmp -s "$before/$f" "$site_root/.config/nginx/$f" || changed=1
    done
    publish_site
    if [ "$changed" -eq 1 ]; then
      log "configuration nginx de l'export changée : rechargement / the export's nginx configuration changed: reload"
      write_conf; nginx_cmd -s reload
    fi
  fi
  local i
  for ((i = 0; i < replicas; i++)); do
    kill "${rpid[$i]}" 2>/dev/null || true; wait "${rpid[$i]}" 2>/dev/null || true
    start_replica "$i" "${rport[$i]}"
    await_replica "$i" || exit 1
    sleep 3
    log "réplique / replica $i : nouvelle édition / new edition"
  done
  log "édition déployée / edition rolled out"
}
rolling=0
trap 'rolling=1' HUP

exported=0
if [ -z "$site" ]; then
  exported=1
  export_site
else
  site_root="$site"
fi
publish_site
for ((i = 0; i < replicas; i++)); do
  rport[$i]=0
  start_replica "$i" 0
done
for ((i = 0; i < replicas; i++)); do
  await_replica "$i" || exit 1
  log "réplique / replica $i : 127.0.0.1:${rport[$i]} (pid ${rpid[$i]})"
done
write_conf
nginx_cmd -t 2>/dev/null || { nginx_cmd -t; exit 1; }
"$NGINX" -p "$state/nginx" -c "$state/nginx/nginx.conf" -e "$state/nginx/logs/error.log" &
nginx_pid=$!
echo "$nginx_pid" > "$state/nginx/pid"
deadline=$((SECONDS + 30))
until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; do
  kill -0 "$nginx_pid" 2>/dev/null || { log "nginx arrêté / stopped:"; cat "$state/nginx/logs/error.log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { log "nginx : pas de réponse / no answer"; exit 1; }
  sleep 0.1
done
log "nginx : http://127.0.0.1:$port/ (état / state: $state)"
echo ready

# Supervise: restart a replica that died (it rejoins: nginx tries it again after fail_timeout); roll on SIGHUP.
while true; do
  if [ "$rolling" -eq 1 ]; then
    rolling=0
    roll
  fi
  kill -0 "$nginx_pid" 2>/dev/null || { log "nginx s'est arrêté / nginx stopped"; exit 1; }
  for ((i = 0; i < replicas; i++)); do
    if ! kill -0 "${rpid[$i]}" 2>/dev/null; then
      wait "${rpid[$i]}" 2>/dev/null || true
      log "réplique / replica $i arrêtée, redémarrage / died, restarting on 127.0.0.1:${rport[$i]}"
      start_replica "$i" "${rport[$i]}"
      await_replica "$i" || exit 1
      log "réplique / replica $i de retour / back"
    fi
  done
  sleep 0.5 &
  wait $! || true
done
