# What bench/run.sh and bench/instances.sh share, sourced by both after their settings: the tools, the published
# site, a work folder cleaned up on exit, starting servers, and probing the running site for what to measure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$(pwd)
say() { printf '\n== %s\n' "$*"; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }
bench() { dotnet "$REPO/bench/FrameworkAdvisor.Bench/bin/Release/net10.0/FrameworkAdvisor.Bench.dll" "$@"; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
stop() { kill "-${2:-TERM}" "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/framework-advisor-bench.XXXXXX")
chmod 755 "$WORK"  # nginx's workers may run as another user, and must read what it serves
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do stop "$pid"; done
  [ ! -f "$WORK/cold.pid" ] || kill -9 "$(<"$WORK/cold.pid")" 2>/dev/null || true
  if [ -n "${BENCH_KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "Tools"
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("${2:-$1}"); }
need wrk; need curl; need jq; need hyperfine; need gunicorn; need python3; need pgrep procps
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
# The peer runs on the Python that gunicorn's script names, so that is where Flask must be.
peer_python() { sed -n '1s/^#! *//p' "$(command -v gunicorn)"; }
command -v gunicorn >/dev/null 2>&1 && "$(peer_python)" -c 'import flask' 2>/dev/null || missing+=(python3-flask)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing from Debian: ${missing[*]}"
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is not installed; install the version pinned in global.json"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

say "Build (Release, published with ReadyToRun as a deployment would be)"
{ dotnet publish src/FrameworkAdvisor.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$WORK/publish" --nologo -v quiet && dotnet build bench/FrameworkAdvisor.Bench -c Release --nologo -v quiet; } \
  >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; die "the build failed"; }
cd "$WORK/publish"  # the site's content root, for every site process
export ASPNETCORE_ENVIRONMENT=Production

# start <name> <url> <command...>: runs a server in the background and waits until <url> answers 200 (its body is
# kept as <name>.check); the server's pid is left in PID.
start() {
  local name=$1 url=$2
  shift 2
  "$@" >>"$WORK/$name.log" 2>&1 &
  PID=$!
  PIDS+=("$PID")
  for _ in $(seq 1 600); do
    curl -fso "$WORK/$name.check" "$url" && return 0
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/$name.log"; die "$name exited while starting"; }
    sleep 0.1
  done
  die "$name did not answer $url within 60 s"
}

# start_nginx <url> <http block>: nginx with everything it writes (pid, logs, temporary files) in $WORK/nginx; waits
# until <url> answers 200 and leaves its pid in PID.
start_nginx() {
  mkdir -p "$WORK/nginx"
  cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  $(for temp in client_body proxy fastcgi uwsgi scgi; do printf '%s_temp_path %s; ' "$temp" "$WORK/nginx/$temp"; done)
$2
}
EOF
  start nginx "$1" "$NGINX" -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" -g 'daemon off;'
}

# probe <site>: what to measure, each checked to answer as wrk will expect (wrk counts a redirect or another status
# as a failure). Sets SLUG, COMPARISON_PATH, CONTENT_TYPE, ENCODING, RESULT_PATH, API_PATH, API_BODY, NOTFOUND_PATH,
# BADREQUEST_PATH and SEARCH_PATH, and writes comparison.html, questionnaire.json and pages (the sitemap's paths).
probe() {
  local site=$1 answers canonical word
  expect() { # <status> <path> [curl options]
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' "${@:3}" "$site$2")
    [ "$status" = "$1" ] || die "$2 answered $status, not $1"
  }
  SLUG=$(curl -fsS "$site/api/comparisons" | jq -er '.[0].slug')
  COMPARISON_PATH=/compare/$SLUG
  CONTENT_TYPE=$(curl -fsS -o "$WORK/comparison.html" -w '%header{content-type}' "$site$COMPARISON_PATH")
  ENCODING=$(curl -fsS -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%header{content-encoding}' "$site$COMPARISON_PATH")
  curl -fsS "$site/api/comparisons/$SLUG/questionnaire" >"$WORK/questionnaire.json"
  # The first three questions answered with their first option, in the canonical form the site redirects to.
  answers=$(jq -ec '[.questions[:3][] | {(.id | tostring): (.options[0].id | tostring)}] | add' "$WORK/questionnaire.json")
  RESULT_PATH=/compare/$SLUG/choose/result?$(jq -r 'to_entries | map("\(.key)=\(.value)") | join("&")' <<<"$answers")
  canonical=$(curl -fsS -o /dev/null -w '%{redirect_url}' "$site$RESULT_PATH")
  [ -z "$canonical" ] || RESULT_PATH=/${canonical#*://*/}
  API_PATH=/api/comparisons/$SLUG/recommendation
  API_BODY=$(jq -c '{answers: .}' <<<"$answers")
  curl -fsS "$site/sitemap.xml" | grep -o '<loc>[^<]*' | sed 's|<loc>[a-z]*://[^/]*||' >"$WORK/pages"
  NOTFOUND_PATH=$(grep -m1 /aspects/ "$WORK/pages" | sed 's/.$//')  # an aspect's address less its last letter
  BADREQUEST_PATH="/compare/$SLUG/choose/result?$(seq -s '&' -f 'q%g=x' 1 65)"  # more parts than any share link has
  # A framework's name: most pages use it, so each uncached search ranks many hits.
  word=$(curl -fsS "$site/api/comparisons" | jq -er '[.[].frameworks[].title][0] | split(" ")[0] | ascii_downcase | @uri')
  SEARCH_PATH="/search?q=$word"
  expect 200 "$RESULT_PATH"
  expect 200 "$API_PATH" -H 'Content-Type: application/json' -d "$API_BODY"
  expect 404 "$NOTFOUND_PATH"
  expect 400 "$BADREQUEST_PATH"
  expect 200 "$SEARCH_PATH"
  [ "$(curl -fsS "$site/api/search?q=$word" | jq .total)" -gt 0 ] || die "a search for $word finds nothing"
}
