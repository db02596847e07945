#!/usr/bin/env bash
# The site's performance numbers in one command: cold start, throughput and latency next to nginx serving the
# same bytes, and content load time as the content grows. Run from anywhere: bash bench/run.sh
# It prints aligned tables as it goes and a Markdown summary at the end, exits 0 when every target passes and 1
# when one fails (or the bench itself could not run). Numbers from a busy machine are only good for a trial.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

# --- Settings: override any of these from the environment. -------------------------------------------------------
BENCH_DURATION=${BENCH_DURATION:-10s}       # each measured wrk run
BENCH_WARMUP=${BENCH_WARMUP:-3s}            # an unmeasured wrk run before each measured one
BENCH_ROUNDS=${BENCH_ROUNDS:-2}             # rounds over all endpoints; each endpoint keeps its best round
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-64}
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_COLD_STARTS=${BENCH_COLD_STARTS:-5}   # cold starts, each with a fresh database and port
BENCH_LOAD_RUNS=${BENCH_LOAD_RUNS:-5}       # timed content loads per size, after one warm-up load
BENCH_SCALES=${BENCH_SCALES:-1 10 100}      # content sizes, in multiples of the real content/
BENCH_KEEP=${BENCH_KEEP:-}                  # set to 1 to keep the work folder (logs, wrk output, generated content)
# Extra environment for every site process, as space-separated NAME=value pairs, for example a setting that lifts
# the API's rate limit so wrk measures the API rather than the limiter. Without it, 429s show up as errors.
# The default lifts the recommendation API's rate limit (60 a minute per client), which wrk would hit at once.
BENCH_SITE_ENV=${BENCH_SITE_ENV:-RateLimiting__RecommendationsPerWindow=1000000}

# Targets.
COMPARISON_MIN_RATIO=0.60   # comparison page requests/s over nginx's for the same bytes
RESULT_MIN_RATIO=0.40       # result (share link) page requests/s over nginx's
P99_MAX_MS=5                # every site endpoint, at BENCH_CONNECTIONS connections
COLD_START_MAX_MS=1000      # median, process start to the first 200 of the comparison page
LINEAR_MAX_GROWTH=2         # load ms per 1x unit at the largest size over that at the next size down

BENCH_DLL=bench/FrameworkAdvisor.Bench/bin/Release/net10.0/FrameworkAdvisor.Bench.dll

say() { printf '\n== %s\n' "$*"; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

# --- Work folder and cleanup (also on Ctrl-C and errors). -------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/framework-advisor-bench.XXXXXX")
# The site as it would be deployed: published in Release, with ReadyToRun code so start-up does not wait on the JIT.
SITE_DIR="$WORK/publish"
SITE_DLL="$SITE_DIR/FrameworkAdvisor.Web.dll"
# nginx workers may run as another user when started by root; they must be able to read the page.
chmod 755 "$WORK"
SITE_PID=""
NGINX_PID=""

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

cleanup() {
  stop_site
  stop_nginx
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
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v curl >/dev/null 2>&1 || missing+=(curl)
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
echo "wrk: $(wrk --version 2>&1 | head -1 | awk '{print $1, $2}'); nginx: $("$NGINX" -v 2>&1 | sed 's/.*version: //'); dotnet: $(dotnet --version)"

# --- 2. Build in Release. -------------------------------------------------------------------------------------
say "Build (Release, published with ReadyToRun)"
dotnet publish src/FrameworkAdvisor.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$SITE_DIR" --nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; die "the site did not build"; }
dotnet build bench/FrameworkAdvisor.Bench -c Release --nologo -v quiet >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; die "the bench timers did not build"; }
echo "built $SITE_DLL"

# Every site process gets these, plus BENCH_SITE_ENV; the cold-start timer adds its own port and database.
export ASPNETCORE_ENVIRONMENT=Production
export Content__Directory="$REPO/content"
for pair in $BENCH_SITE_ENV; do
  case "$pair" in *=*) export "${pair?}" ;; *) die "BENCH_SITE_ENV holds '$pair', which is not NAME=value" ;; esac
done

free_port() { dotnet "$BENCH_DLL" free-port; }

# Milliseconds from a wrk latency such as 812.00us, 1.20ms or 1.05s.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

# --- 4. Start the site in Production and find what to measure. -----------------------------------------------
say "Site"
SITE_PORT=$(free_port)
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

SLUG=$(curl -fsS "$SITE/api/comparisons" | jq -r '.[0].slug // empty')
[ -n "$SLUG" ] || die "GET /api/comparisons listed no comparison"
COMPARISON_PATH="/compare/$SLUG"

# The comparison page as wrk will see it: no Accept-Encoding, so identity bytes.
curl -fsS -D "$WORK/site/comparison.headers" -o "$WORK/site/comparison.html" "$SITE$COMPARISON_PATH" \
  || die "GET $COMPARISON_PATH failed"
CONTENT_TYPE=$(awk -F': ' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$WORK/site/comparison.headers")
PAGE_BYTES=$(stat -c %s "$WORK/site/comparison.html")
OFFERED_ENCODING=$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "$SITE$COMPARISON_PATH" \
  | awk -F': ' 'tolower($1) == "content-encoding" { sub(/\r$/, "", $2); print $2 }')
if [ -n "$OFFERED_ENCODING" ]; then
  ENCODING_NOTE="identity (wrk sends no Accept-Encoding; the site would send $OFFERED_ENCODING to a browser)"
else
  ENCODING_NOTE="identity (the site does not compress this page)"
fi
echo "comparison page: $COMPARISON_PATH, $PAGE_BYTES bytes, $CONTENT_TYPE, compared as $ENCODING_NOTE"

# A share link: the first option of the first three questions, in the canonical form the site redirects to.
curl -fsS "$SITE/api/comparisons/$SLUG/questionnaire" >"$WORK/site/questionnaire.json" \
  || die "GET /api/comparisons/$SLUG/questionnaire failed"
QUERY=$(jq -r '.questions[:3] | map("\(.id)=\(.options[0].id)") | join("&")' "$WORK/site/questionnaire.json")
API_BODY=$(jq -c '{answers: (.questions[:3] | map({(.id): .options[0].id}) | add)}' "$WORK/site/questionnaire.json")
[ -n "$QUERY" ] || die "the questionnaire of $SLUG has no questions"
RESULT_PATH="/compare/$SLUG/choose/result?$QUERY"
read -r status location < <(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}\n' "$SITE$RESULT_PATH")
if [ "$status" = 301 ] || [ "$status" = 308 ]; then
  RESULT_PATH=${location#"$SITE"}
  status=$(curl -sS -o /dev/null -w '%{http_code}' "$SITE$RESULT_PATH")
fi
[ "$status" = 200 ] || die "the result page $RESULT_PATH answered $status, not 200"
echo "result page: $RESULT_PATH"

API_PATH="/api/comparisons/$SLUG/recommendation"
status=$(curl -sS -o "$WORK/site/recommendation.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  --data "$API_BODY" "$SITE$API_PATH")
[ "$status" = 200 ] || die "POST $API_PATH with $API_BODY answered $status: $(head -c 400 "$WORK/site/recommendation.json")"
echo "recommendation API: POST $API_PATH $API_BODY"

# --- 3. Cold start (the site above sits idle meanwhile). -----------------------------------------------------
say "Cold start: process start to the first 200 of $COMPARISON_PATH, $BENCH_COLD_STARTS runs"
mkdir -p "$WORK/cold"
(cd "$SITE_DIR" && dotnet "$REPO/$BENCH_DLL" cold-start "$COMPARISON_PATH" "$BENCH_COLD_STARTS" "$WORK/cold" \
  -- dotnet "$SITE_DLL") | tee "$WORK/cold/timer.txt" || die "the cold-start timer failed"
COLD_MEDIAN=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' "$WORK/cold/timer.txt")
COLD_WORST=$(sed -n 's/.*worst_ms=\([0-9.]*\).*/\1/p' "$WORK/cold/timer.txt")

# --- 5. nginx serving exactly the comparison page's bytes. ---------------------------------------------------
say "nginx"
NGINX_PORT=$(free_port)
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

# --- 6. Throughput and latency. ----------------------------------------------------------------------------
say "wrk: $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION after a $BENCH_WARMUP warm-up, best of $BENCH_ROUNDS rounds"
declare -A RPS P50 P99 NON2XX SOCKET
ENDPOINTS=(comparison result api nginx)
declare -A LABEL=(
  [comparison]="comparison page GET $COMPARISON_PATH"
  [result]="result page GET (share link, 3 answers)"
  [api]="recommendation API POST (3 answers)"
  [nginx]="nginx, same bytes as comparison"
)

# One wrk run of an endpoint; the round with the most requests/s is kept, with that run's own latencies. A shared
# 2-core VM has slow moments, and the best of a few rounds is the figure least moved by them.
measure() {
  local name=$1 url=$2 round=$3
  shift 3
  local out="$WORK/wrk-$name-$round.txt"
  wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_WARMUP" "$@" "$url" >/dev/null
  wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_DURATION" --latency "$@" "$url" >"$out"
  local rps non2xx socket
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  # wrk counts 3xx as errors too; each URL was checked above to answer 200 without a redirect.
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
  socket=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
  # Errors are never forgiven: they add up over all rounds.
  NON2XX[$name]=$(( ${NON2XX[$name]:-0} + ${non2xx:-0} ))
  SOCKET[$name]=$(( ${SOCKET[$name]:-0} + ${socket:-0} ))
  printf '  %-11s round %s: %8s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  socket errors %s\n' "$name" "$round" "$rps" \
    "$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")" "$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")" \
    "${non2xx:-0}" "${socket:-0}"
  if [ -z "${RPS[$name]:-}" ] || [ "$rps" -gt "${RPS[$name]}" ]; then
    RPS[$name]=$rps
    P50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    P99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  fi
}

export BENCH_BODY="$API_BODY"
for round in $(seq 1 "$BENCH_ROUNDS"); do
  measure comparison "$SITE$COMPARISON_PATH" "$round"
  measure result "$SITE$RESULT_PATH" "$round"
  measure api "$SITE$API_PATH" "$round" -s "$REPO/bench/post-json.lua"
  measure nginx "$NGINX_URL" "$round"
done
stop_site
stop_nginx

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# --- 7. Content load time as the content grows. --------------------------------------------------------------
say "Content load + SQLite import, in-process (median of $BENCH_LOAD_RUNS runs after a warm-up), sizes: $BENCH_SCALES"

# A tree n times the real one: each comparison folder again under <folder>-copy-<i>, with its links, and its slug
# if the front matter sets one, pointed at the copy, so the loader sees n valid, distinct comparisons.
make_scaled_content() {
  local scale=$1 target=$2
  cp -R "$REPO/content" "$target"
  local folder name slug copy i
  for folder in "$target"/compare/*/; do
    folder=${folder%/}
    name=$(basename "$folder")
    slug=$(awk '/^---/ { n++; next } n == 1 && /^slug:/ { print $2; exit }' "$folder/_index.md")
    slug=${slug:-$name}
    for i in $(seq 2 "$scale"); do
      copy="$target/compare/$name-copy-$i"
      cp -R "$folder" "$copy"
      find "$copy" -name '*.md' -exec sed -i -E \
        -e "s#/compare/$slug([^a-z0-9-]|\$)#/compare/$slug-copy-$i\\1#g" \
        -e "s#^slug: *$slug *\$#slug: $slug-copy-$i#" {} +
    done
  done
}

declare -A LOAD_MS LOAD_FILES LOAD_UNIT
for scale in $BENCH_SCALES; do
  tree="$WORK/content-x$scale/content"
  mkdir -p "$(dirname "$tree")" "$WORK/load-x$scale"
  make_scaled_content "$scale" "$tree"
  echo "-- ${scale}x: $(find "$tree" -name '*.md' | wc -l) files"
  dotnet "$BENCH_DLL" content-load "$tree" "$BENCH_LOAD_RUNS" "$WORK/load-x$scale" | tee "$WORK/load-x$scale/timer.txt" \
    || die "loading the ${scale}x content failed"
  LOAD_MS[$scale]=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' "$WORK/load-x$scale/timer.txt")
  LOAD_FILES[$scale]=$(sed -n 's/.*files=\([0-9]*\).*/\1/p' "$WORK/load-x$scale/timer.txt")
  LOAD_UNIT[$scale]=$(awk -v ms="${LOAD_MS[$scale]}" -v n="$scale" 'BEGIN { printf "%.1f", ms / n }')
  rm -rf "$WORK/content-x$scale"
done

read -r -a scales <<<"$BENCH_SCALES"
LINEAR="n/a (needs two sizes)"
LINEAR_PASS=""
if [ ${#scales[@]} -ge 2 ]; then
  largest=${scales[-1]}
  previous=${scales[-2]}
  growth=$(ratio "${LOAD_UNIT[$largest]}" "${LOAD_UNIT[$previous]}")
  if awk -v g="$growth" -v m="$LINEAR_MAX_GROWTH" 'BEGIN { exit !(g <= m) }'; then LINEAR=yes; LINEAR_PASS=PASS; else LINEAR=no; LINEAR_PASS=FAIL; fi
  LINEAR="$LINEAR (ms per 1x at ${largest}x is ${growth}x that at ${previous}x; linear means at most ${LINEAR_MAX_GROWTH}x)"
fi

# --- Verdicts. ----------------------------------------------------------------------------------------------
VERDICTS=()
check() {  # what the target is, what was measured, then a command that succeeds when the target is met
  local target=$1 measured=$2
  shift 2
  if "$@"; then VERDICTS+=("PASS|$target|$measured"); else VERDICTS+=("FAIL|$target|$measured"); fi
}
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
no_errors() { [ "${NON2XX[$1]}" -eq 0 ] && [ "${SOCKET[$1]}" -eq 0 ]; }

COMPARISON_RATIO=$(ratio "${RPS[comparison]}" "${RPS[nginx]}")
RESULT_RATIO=$(ratio "${RPS[result]}" "${RPS[nginx]}")
check "comparison page >= ${COMPARISON_MIN_RATIO} x nginx requests/s" "${COMPARISON_RATIO} x" at_least "$COMPARISON_RATIO" "$COMPARISON_MIN_RATIO"
check "result page >= ${RESULT_MIN_RATIO} x nginx requests/s" "${RESULT_RATIO} x" at_least "$RESULT_RATIO" "$RESULT_MIN_RATIO"
for name in comparison result api; do
  check "$name p99 <= ${P99_MAX_MS} ms at $BENCH_CONNECTIONS connections" "${P99[$name]} ms" at_most "${P99[$name]}" "$P99_MAX_MS"
done
for name in "${ENDPOINTS[@]}"; do
  check "$name: no non-2xx responses or socket errors" "${NON2XX[$name]} non-2xx, ${SOCKET[$name]} socket errors" no_errors "$name"
done
check "cold start median <= ${COLD_START_MAX_MS} ms" "median ${COLD_MEDIAN} ms, worst ${COLD_WORST} ms" at_most "$COLD_MEDIAN" "$COLD_START_MAX_MS"
if [ -n "$LINEAR_PASS" ]; then
  check "content load grows linearly" "$LINEAR" test "$LINEAR_PASS" = PASS
fi

say "Verdicts"
failed=0
for line in "${VERDICTS[@]}"; do
  IFS='|' read -r state name measured <<<"$line"
  printf '%s  %s: %s\n' "$state" "$name" "$measured"
  [ "$state" = PASS ] || failed=1
done
if [ "${NON2XX[api]}" -gt 0 ] && [ -z "$BENCH_SITE_ENV" ]; then
  echo "note: the API answered non-2xx under load; if that is the rate limiter, lift it with BENCH_SITE_ENV (see the top of bench/run.sh)"
fi

# --- 8. Markdown for the README. ---------------------------------------------------------------------------
say "Markdown"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -sr)), .NET $(dotnet --version), $("$NGINX" -v 2>&1 | sed 's/.*version: //'); wrk $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION after a $BENCH_WARMUP warm-up, best of $BENCH_ROUNDS rounds. Comparison page: $PAGE_BYTES bytes, compared as $ENCODING_NOTE."
  echo
  echo "Measured: \`GET $COMPARISON_PATH\`, \`GET $RESULT_PATH\`, \`POST $API_PATH\` with \`$API_BODY\`."
  echo
  echo "| endpoint | requests/s | p50 | p99 | non-2xx / socket errors | vs nginx |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for name in "${ENDPOINTS[@]}"; do
    echo "| ${LABEL[$name]} | ${RPS[$name]} | ${P50[$name]} ms | ${P99[$name]} ms | ${NON2XX[$name]} / ${SOCKET[$name]} | $(ratio "${RPS[$name]}" "${RPS[nginx]}") |"
  done
  echo
  echo "| cold start (process start to first 200 of the comparison page) | median | worst |"
  echo "| --- | ---: | ---: |"
  echo "| $BENCH_COLD_STARTS runs, fresh database each | ${COLD_MEDIAN} ms | ${COLD_WORST} ms |"
  echo
  echo "| content size | files | load + import | per 1x |"
  echo "| --- | ---: | ---: | ---: |"
  for scale in $BENCH_SCALES; do
    echo "| ${scale}x | ${LOAD_FILES[$scale]} | ${LOAD_MS[$scale]} ms | ${LOAD_UNIT[$scale]} ms |"
  done
  echo
  echo "Linear: $LINEAR."
  echo
  echo "| target | measured | |"
  echo "| --- | --- | --- |"
  for line in "${VERDICTS[@]}"; do
    IFS='|' read -r state name measured <<<"$line"
    echo "| $name | $measured | $state |"
  done
} | tee "$WORK/summary.md"

exit "$failed"
