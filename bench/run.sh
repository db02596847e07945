#!/usr/bin/env bash
# The site's performance numbers in one command: cold start, throughput and latency next to nginx and a Python
# peer (a Flask app on gunicorn) serving the same bytes, the 404 and 400 pages, a soak of mixed traffic, and content load time as
# the content grows. Run from anywhere: bash bench/run.sh
# It prints aligned tables as it goes and a Markdown summary at the end, exits 0 when every target passes and 1
# when one fails (or the bench itself could not run). Numbers from a busy machine are only good for a trial.
# This script only starts and drives processes. Finding what to measure, reading wrk's output, the targets, the
# verdicts and the Markdown live in the bench project (bench/FrameworkAdvisor.Bench), called here as "bench <command>".
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

# --- Settings: override any of these from the environment. -------------------------------------------------------
# Exported because the bench project's report reads them too; their defaults live here only.
export BENCH_DURATION=${BENCH_DURATION:-8s}        # each measured wrk run
export BENCH_WARMUP=${BENCH_WARMUP:-2s}            # an unmeasured wrk run before each measured one
export BENCH_ROUNDS=${BENCH_ROUNDS:-5}             # rounds over all endpoints, alternating; the report takes medians
export BENCH_SOAK=${BENCH_SOAK:-60s}               # mixed traffic after the rounds; memory read before, half way and after
export BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-64}
export BENCH_THREADS=${BENCH_THREADS:-2}
export BENCH_COLD_STARTS=${BENCH_COLD_STARTS:-5}   # cold starts, each with a fresh database and port
export BENCH_LOAD_RUNS=${BENCH_LOAD_RUNS:-5}       # timed content loads per size, after one warm-up load
export BENCH_SCALES=${BENCH_SCALES:-1 10 100}      # content sizes, in multiples of the real content/
export BENCH_KEEP=${BENCH_KEEP:-}                  # set to 1 to keep the work folder (logs, wrk output, generated content)
export BENCH_CARDS=${BENCH_CARDS:-20}              # distinct result links whose picture card is timed cold and cached
# Extra environment for every site process, as space-separated NAME=value pairs, for example a setting that lifts
# the API's rate limit so wrk measures the API rather than the limiter. Without it, 429s show up as errors.
# The default lifts the recommendation API's rate limit (60 a minute per client), which wrk would hit at once.
export BENCH_SITE_ENV=${BENCH_SITE_ENV:-RateLimiting__RecommendationsPerWindow=1000000}

# The targets are in bench/FrameworkAdvisor.Bench/Targets.cs.
BENCH_DLL="$REPO/bench/FrameworkAdvisor.Bench/bin/Release/net10.0/FrameworkAdvisor.Bench.dll"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }
bench() { dotnet "$BENCH_DLL" "$@"; }

# --- Work folder and cleanup (also on Ctrl-C and errors). -------------------------------------------------------
# The bench project finds what this script leaves here by name (WorkFolder.cs): wrk-<endpoint>-<round>.txt,
# cold/timer.txt, load-x<scale>/timer.txt, and site/ and machine/ with one fact per file.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/framework-advisor-bench.XXXXXX")
# The site as it would be deployed: published in Release, with ReadyToRun code so start-up does not wait on the JIT.
SITE_DIR="$WORK/publish"
SITE_DLL="$SITE_DIR/FrameworkAdvisor.Web.dll"
# nginx workers may run as another user when started by root; they must be able to read the page.
chmod 755 "$WORK"
SITE_PID=""
NGINX_PID=""
PEER_PID=""

stop_site() {
  if [ -n "$SITE_PID" ] && kill -0 "$SITE_PID" 2>/dev/null; then
    kill "$SITE_PID" 2>/dev/null || true
    wait "$SITE_PID" 2>/dev/null || true
  fi
  SITE_PID=""
}

stop_nginx() {
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  NGINX_PID=""
}

stop_peer() {
  if [ -n "$PEER_PID" ] && kill -0 "$PEER_PID" 2>/dev/null; then
    kill "$PEER_PID" 2>/dev/null || true
    wait "$PEER_PID" 2>/dev/null || true
  fi
  PEER_PID=""
}

cleanup() {
  stop_site
  stop_nginx
  stop_peer
  if [ -n "$BENCH_KEEP" ]; then
    echo "bench/run.sh: kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. Tools. ------------------------------------------------------------------------------------------------
say "Tools"
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v gunicorn >/dev/null 2>&1 || missing+=(gunicorn)
# The peer runs on the Python that gunicorn's script names, so that is where Flask must be.
peer_python() { sed -n '1s/^#! *//p' "$(command -v gunicorn)"; }
if ! command -v gunicorn >/dev/null 2>&1 || ! "$(peer_python)" -c 'import flask' 2>/dev/null; then missing+=(python3-flask); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing from Debian: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is not installed; install the version pinned in global.json"
# "wrk <version> [epoll] Copyright ..." then its usage, with exit code 1; "nginx version: nginx/<version>".
read -r wrk_name wrk_version _ < <(wrk --version 2>&1) || true
nginx_version=$("$NGINX" -v 2>&1)
nginx_version=${nginx_version##*version: }
dotnet_version=$(dotnet --version)
gunicorn_version=$(gunicorn --version 2>&1)
flask_version=$("$(peer_python)" -c 'import importlib.metadata as m; print(m.version("flask"))')
echo "wrk: $wrk_name $wrk_version; nginx: $nginx_version; dotnet: $dotnet_version; $gunicorn_version; Flask $flask_version"
# What the Markdown summary says the figures were measured on.
mkdir -p "$WORK/machine"
nproc >"$WORK/machine/cores"
uname -sr >"$WORK/machine/kernel"
echo "$dotnet_version" >"$WORK/machine/dotnet-version"
echo "$nginx_version" >"$WORK/machine/nginx-version"

# --- 2. Build in Release. -------------------------------------------------------------------------------------
say "Build (Release, published with ReadyToRun)"
dotnet publish src/FrameworkAdvisor.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$SITE_DIR" --nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; die "the site did not build"; }
dotnet build bench/FrameworkAdvisor.Bench -c Release --nologo -v quiet >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; die "the bench project did not build"; }
echo "built $SITE_DLL"

# Every site process gets these, plus BENCH_SITE_ENV; the cold-start timer adds its own port and database.
export ASPNETCORE_ENVIRONMENT=Production
export Content__Directory="$REPO/content"
for pair in $BENCH_SITE_ENV; do
  case "$pair" in *=*) export "${pair?}" ;; *) die "BENCH_SITE_ENV holds '$pair', which is not NAME=value" ;; esac
done

# --- 3. Start the site in Production and find what to measure. -----------------------------------------------
say "Site"
SITE_PORT=$(bench free-port)
SITE="http://127.0.0.1:$SITE_PORT"
mkdir -p "$WORK/site"
(cd "$SITE_DIR" && ASPNETCORE_URLS="$SITE" Content__DatabasePath="$WORK/site/content.db" \
  exec dotnet "$SITE_DLL") >"$WORK/site/site.log" 2>&1 &
SITE_PID=$!
for _ in $(seq 1 600); do
  curl -fsS -o /dev/null "$SITE/api/comparisons" 2>/dev/null && break
  kill -0 "$SITE_PID" 2>/dev/null || { cat "$WORK/site/site.log"; die "the site exited while starting"; }
  sleep 0.1
done
curl -fsS -o /dev/null "$SITE/api/comparisons" || { cat "$WORK/site/site.log"; die "the site did not answer within 60 s"; }
echo "site (pid $SITE_PID) listening on $SITE"

# The first comparison page (kept as comparison.html for nginx), a share link and an API body, each checked to
# answer 200; what it found comes back one value per file.
bench probe-site "$SITE" "$WORK/site" || die "could not find what to measure on the site"
COMPARISON_PATH=$(<"$WORK/site/comparison-path")
CONTENT_TYPE=$(<"$WORK/site/content-type")
PAGE_BYTES=$(<"$WORK/site/page-bytes")
RESULT_PATH=$(<"$WORK/site/result-path")
API_PATH=$(<"$WORK/site/api-path")
API_BODY=$(<"$WORK/site/api-body")
NOTFOUND_PATH=$(<"$WORK/site/notfound-path")
BADREQUEST_PATH=$(<"$WORK/site/badrequest-path")

# --- 4. Cold start (the site above sits idle meanwhile). -----------------------------------------------------
say "Cold start: process start to the first 200 of $COMPARISON_PATH, $BENCH_COLD_STARTS runs"
mkdir -p "$WORK/cold"
(cd "$SITE_DIR" && bench cold-start "$COMPARISON_PATH" "$BENCH_COLD_STARTS" "$WORK/cold" \
  -- dotnet "$SITE_DLL") | tee "$WORK/cold/timer.txt" || die "the cold-start timer failed"

# --- 5. nginx serving exactly the comparison page's bytes. ---------------------------------------------------
say "nginx"
NGINX_PORT=$(bench free-port)
mkdir -p "$WORK/nginx/www" "$WORK/nginx/temp"
cp "$WORK/site/comparison.html" "$WORK/nginx/www/comparison.html"
chmod -R a+rX "$WORK/nginx/www"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Generated by bench/run.sh: a static copy of the comparison page, with everything in this folder.
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/temp/body;
  proxy_temp_path $WORK/nginx/temp/proxy;
  fastcgi_temp_path $WORK/nginx/temp/fastcgi;
  uwsgi_temp_path $WORK/nginx/temp/uwsgi;
  scgi_temp_path $WORK/nginx/temp/scgi;
  sendfile on;
  tcp_nopush on;
  # Kestrel keeps a connection for any number of requests; nginx's default of 1000 would make it reconnect.
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/www;
    location = /comparison.html {
      types { }
      default_type "$CONTENT_TYPE";
    }
  }
}
EOF
"$NGINX" -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" -g 'daemon off;' \
  >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT/comparison.html"
for _ in $(seq 1 100); do
  curl -fsS -o "$WORK/nginx/check.html" "$NGINX_URL" 2>/dev/null && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/error.log" "$WORK/nginx/stdout.log"; die "nginx exited while starting"; }
  sleep 0.1
done
cmp -s "$WORK/nginx/check.html" "$WORK/site/comparison.html" || die "nginx does not serve the same bytes as the site"
echo "nginx (pid $NGINX_PID) serves the same $PAGE_BYTES bytes as $CONTENT_TYPE on $NGINX_URL"

# --- 6. The Python peer: a Flask app on gunicorn's sync workers, the same bytes from memory (bench/python_peer.py).
say "Python peer (Flask on gunicorn)"
PEER_PORT=$(bench free-port)
PEER_WORKERS=$((2 * $(nproc) + 1))
(cd "$REPO/bench" && BENCH_PEER_FILE="$WORK/site/comparison.html" BENCH_PEER_CONTENT_TYPE="$CONTENT_TYPE" \
  exec gunicorn --workers "$PEER_WORKERS" --worker-class sync --bind "127.0.0.1:$PEER_PORT" --log-level warning python_peer:app) \
  >"$WORK/peer.log" 2>&1 &
PEER_PID=$!
PEER_URL="http://127.0.0.1:$PEER_PORT/comparison.html"
for _ in $(seq 1 100); do
  curl -fsS -o "$WORK/peer-check.html" "$PEER_URL" 2>/dev/null && break
  kill -0 "$PEER_PID" 2>/dev/null || { cat "$WORK/peer.log"; die "gunicorn exited while starting"; }
  sleep 0.1
done
cmp -s "$WORK/peer-check.html" "$WORK/site/comparison.html" || die "the Python peer does not serve the same bytes as the site"
echo "Flask $flask_version on gunicorn (pid $PEER_PID, $PEER_WORKERS sync workers) serves the same bytes on $PEER_URL"

# --- 7. Throughput and latency, in rounds that alternate nginx, the site and the peer. ------------------------
say "wrk: $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION after a $BENCH_WARMUP warm-up, $BENCH_ROUNDS alternating rounds"

# One wrk run of an endpoint, printed as a line and kept for the report, which takes medians and ratios per round.
measure() {
  local name=$1 url=$2 round=$3
  shift 3
  local out="$WORK/wrk-$name-$round.txt"
  wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_WARMUP" "$@" "$url" >/dev/null
  wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_DURATION" --latency "$@" "$url" >"$out"
  bench wrk-round "$name" "$round" "$out" || die "could not read wrk's output for $name"
}

# The endpoint names are those of the bench project's Endpoint.cs. Within a round nginx, the site and the peer take
# turns, so a slow moment of the machine falls on all of them rather than on one.
export BENCH_BODY="$API_BODY"
for round in $(seq 1 "$BENCH_ROUNDS"); do
  measure nginx "$NGINX_URL" "$round"
  measure comparison "$SITE$COMPARISON_PATH" "$round"
  measure peer "$PEER_URL" "$round"
  measure result "$SITE$RESULT_PATH" "$round"
  measure api "$SITE$API_PATH" "$round" -s "$REPO/bench/post-json.lua"
  BENCH_EXPECT=404 measure notfound "$SITE$NOTFOUND_PATH" "$round" -s "$REPO/bench/status.lua"
  BENCH_EXPECT=400 measure badrequest "$SITE$BADREQUEST_PATH" "$round" -s "$REPO/bench/status.lua"
done

# --- 7b. Picture cards: each result link's og:image, drawn cold and then served from the output cache. ----------
say "Picture cards: $BENCH_CARDS result links, each card cold then cached, one connection"
mkdir -p "$WORK/cards"
bench card-timer "$SITE" "$BENCH_CARDS" | tee "$WORK/cards/timer.txt" || die "the card timer failed"


# --- 7c. Search: one query served from the output cache, and the same words with a new query string on every
# request (bench/search-uncached.lua), so each runs the full-text search and renders the page. Printed, not judged.
bench search-probe "$SITE" "$WORK/site" || die "could not find a search to measure"
BENCH_SEARCH_PATH=$(<"$WORK/site/search-path")
export BENCH_SEARCH_PATH
say "Search: $BENCH_SEARCH_PATH cached, and uncached (a new query string every request)"
measure search-cached "$SITE$BENCH_SEARCH_PATH" 1
measure search-uncached "$SITE$BENCH_SEARCH_PATH" 1 -s "$REPO/bench/search-uncached.lua"
stop_nginx
stop_peer

# --- 8. Soak: mixed traffic for BENCH_SOAK, the site's memory read before and after. --------------------------
say "Soak: $BENCH_SOAK of mixed traffic (bench/soak.lua)"
mkdir -p "$WORK/soak"
# Memory is read before, half way and at the end: the first half fills caches and lets the GC size its heap; a leak
# shows as growth over the second half.
cp "/proc/$SITE_PID/status" "$WORK/soak/memory-start"
BENCH_SOAK_URLS="$WORK/site/soak-urls.txt" wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_SOAK" --latency \
  -s "$REPO/bench/soak.lua" "$SITE/" >"$WORK/soak/wrk.txt" &
SOAK_PID=$!
sleep "$(bench half-duration "$BENCH_SOAK")"
cp "/proc/$SITE_PID/status" "$WORK/soak/memory-middle"
wait "$SOAK_PID"
cp "/proc/$SITE_PID/status" "$WORK/soak/memory-end"
bench soak-line "$WORK/soak" || die "could not read the soak's output"
stop_site

# --- 9. Content load time as the content grows. --------------------------------------------------------------
say "Content load + SQLite import, in-process (median of $BENCH_LOAD_RUNS runs after a warm-up), sizes: $BENCH_SCALES"
for scale in $BENCH_SCALES; do
  tree="$WORK/content-x$scale/content"
  mkdir -p "$WORK/load-x$scale"
  bench scale-content "$REPO/content" "$scale" "$tree" || die "making the ${scale}x content failed"
  bench content-load "$tree" "$BENCH_LOAD_RUNS" "$WORK/load-x$scale" | tee "$WORK/load-x$scale/timer.txt" \
    || die "loading the ${scale}x content failed"
  rm -rf "$WORK/content-x$scale"
done

# --- 10. Verdicts, and the Markdown for the README (also saved as summary.md). --------------------------------
# Its exit code is the bench's: 0 when every target passes, 1 when one fails or an output is missing.
bench report "$WORK"
