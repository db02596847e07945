#!/usr/bin/env bash
# The site's performance numbers in one command: cold start, throughput, latency and server CPU per request next to
# nginx and a Python peer (Flask on gunicorn) serving the same bytes, the 404 and 400 pages, search, picture cards, a
# soak of mixed traffic, a flood of uncached work beside a reader of a cached page (bench/flood.sh), and content load
# time as the content grows. Run from anywhere: bash bench/run.sh; BENCH_ONLY=flood bash bench/run.sh runs the flood alone.
# Exits 0 when every target passes, 1 when one fails or the bench could not run. Numbers from a busy machine are only
# good for a trial. This script drives processes (with bench/lib.sh); each wrk run reports itself as a JSON line
# (bench/wrk.lua), and the bench project does the arithmetic: medians, ratios, verdicts (Targets.cs), the Markdown.
BENCH_DURATION=${BENCH_DURATION:-8s}       # each measured wrk run
BENCH_WARMUP=${BENCH_WARMUP:-2s}           # an unmeasured wrk run before each measured one
BENCH_ROUNDS=${BENCH_ROUNDS:-5}            # rounds over all endpoints, alternating; the report takes medians
BENCH_SOAK=${BENCH_SOAK:-60s}              # mixed traffic after the rounds, in whole seconds; memory read before, half way, after
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-64}
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_COLD_STARTS=${BENCH_COLD_STARTS:-5}  # cold starts timed by hyperfine, each with a fresh database
BENCH_LOAD_RUNS=${BENCH_LOAD_RUNS:-5}      # timed content loads per size, after one warm-up load
BENCH_SCALES=${BENCH_SCALES:-1 10 100}     # content sizes, in multiples of the real content/
BENCH_CARDS=${BENCH_CARDS:-20}             # distinct result links whose picture card is timed cold, then cached
BENCH_KEEP=${BENCH_KEEP:-}                 # 1 keeps the work folder: logs, the JSON lines, summary.md, flood.md
BENCH_ONLY=${BENCH_ONLY:-}                 # "flood": only the flood run (bench/flood.sh), and its verdicts
# Extra environment for every site process, as NAME=value pairs. The default lifts the per-client limits, which wrk
# from one address would hit at once; the bounds on the machine stay.
BENCH_SITE_ENV=${BENCH_SITE_ENV:-RateLimiting__PerClientLimits=false}

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source=bench/flood.sh
source "$REPO/bench/flood.sh"
[[ $BENCH_SOAK =~ ^[0-9]+s$ ]] || die "BENCH_SOAK is '$BENCH_SOAK'; give it in whole seconds, such as 60s"
nginx_version=$("$NGINX" -v 2>&1) && nginx_version=${nginx_version##*version: }
flask_version=$("$(peer_python)" -c 'import importlib.metadata as m; print(m.version("flask"))')
echo "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $nginx_version; .NET $(dotnet --version); $(gunicorn --version 2>&1); Flask $flask_version; $(hyperfine --version)"
export Content__Directory="$REPO/content"
for pair in $BENCH_SITE_ENV; do [[ $pair == *=* ]] || die "BENCH_SITE_ENV holds '$pair', not NAME=value"; export "${pair?}"; done

say "Site"
SITE=http://127.0.0.1:$(free_port)
start site "$SITE/api/comparisons" env ASPNETCORE_URLS="$SITE" Content__DatabasePath="$WORK/site.db" dotnet FrameworkAdvisor.Web.dll
SITE_PID=$PID
probe "$SITE"
echo "comparison page $COMPARISON_PATH ($(wc -c <"$WORK/comparison.html") bytes, $CONTENT_TYPE); result page $RESULT_PATH;" \
  "API POST $API_PATH $API_BODY; 404 $NOTFOUND_PATH; 400 a share link of 65 parts; search $SEARCH_PATH"
# The soak's addresses: every page in identity and Brotli, the share link, a made-up address that never repeats,
# the 404 and 400 pages, and a share link with no answers.
{ sed 's/^/identity /' "$WORK/pages"; sed 's/^/br /' "$WORK/pages"; printf '%s\n' "identity $RESULT_PATH" "br $RESULT_PATH" \
  "identity /compare/$SLUG/aspects/made-up-{n}" "identity $NOTFOUND_PATH" "identity $BADREQUEST_PATH" "br /compare/$SLUG/choose/result"; } >"$WORK/soak-urls"
jq -n --arg cores "$(nproc)" --arg kernel "$(uname -sr)" --arg dotnet "$(dotnet --version)" --arg nginx "$nginx_version" \
  --arg flask "$flask_version" --arg duration "$BENCH_DURATION" --arg warmup "$BENCH_WARMUP" --arg rounds "$BENCH_ROUNDS" \
  --arg connections "$BENCH_CONNECTIONS" --arg threads "$BENCH_THREADS" --arg soak "$BENCH_SOAK" --arg cold_starts "$BENCH_COLD_STARTS" \
  --arg comparison_path "$COMPARISON_PATH" --arg page_bytes "$(wc -c <"$WORK/comparison.html")" --arg encoding "$ENCODING" \
  --arg result_path "$RESULT_PATH" --arg api_path "$API_PATH" --arg api_body "$API_BODY" --arg notfound_path "$NOTFOUND_PATH" \
  --arg badrequest_path "$BADREQUEST_PATH" --arg search_path "$SEARCH_PATH" --arg site_env "$BENCH_SITE_ENV" '$ARGS.named' >"$WORK/facts.json"
if [ "$BENCH_ONLY" = flood ]; then
  flood_run
  stop "$SITE_PID"
  bench flood "$WORK"
  exit
fi

say "Cold start: process start to the first 200 of $COMPARISON_PATH, $BENCH_COLD_STARTS runs (hyperfine)"
COLD=http://127.0.0.1:$(free_port)
# Each run starts the site on a fresh database and polls until the page answers. The next run's preparation stops
# it and waits until the port is free, so stopping is not timed.
cold_stop="[ ! -f $WORK/cold.pid ] || kill -9 \$(<$WORK/cold.pid) 2>/dev/null; while curl -so /dev/null $COLD; do sleep 0.01; done; rm -f $WORK/cold.pid $WORK/cold.db*"
hyperfine --shell=bash --style=basic --runs "$BENCH_COLD_STARTS" --export-json "$WORK/cold.json" --prepare "$cold_stop" \
  "ASPNETCORE_URLS=$COLD Content__DatabasePath=$WORK/cold.db dotnet FrameworkAdvisor.Web.dll >>$WORK/cold.log 2>&1 & echo \$! >$WORK/cold.pid
   for _ in {1..12000}; do curl -fso /dev/null $COLD$COMPARISON_PATH && exit 0; sleep 0.005; done; exit 1" \
  || { tail -30 "$WORK/cold.log"; die "a cold start failed"; }
bash -c "$cold_stop"

say "nginx and the Python peer (Flask on gunicorn), each serving the comparison page's bytes"
NGINX_PORT=$(free_port)
PEER_PORT=$(free_port)
mkdir -p "$WORK/www" && cp "$WORK/comparison.html" "$WORK/www/" && chmod -R a+rX "$WORK/www"
start_nginx "http://127.0.0.1:$NGINX_PORT/comparison.html" "
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;  # Kestrel keeps a connection for any number of requests; nginx's default 1000 would reconnect
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = /comparison.html { types { } default_type \"$CONTENT_TYPE\"; }
  }"
NGINX_PID=$PID
# 2 x cores + 1 sync workers, the deployment gunicorn's docs describe (bench/python_peer.py says more).
start peer "http://127.0.0.1:$PEER_PORT/comparison.html" env BENCH_PEER_FILE="$WORK/comparison.html" BENCH_PEER_CONTENT_TYPE="$CONTENT_TYPE" \
  gunicorn --chdir "$REPO/bench" --workers $((2 * $(nproc) + 1)) --worker-class sync --bind "127.0.0.1:$PEER_PORT" --log-level warning python_peer:app
PEER_PID=$PID
cmp -s "$WORK/nginx.check" "$WORK/comparison.html" && cmp -s "$WORK/peer.check" "$WORK/comparison.html" || die "nginx or the peer serves other bytes than the site"

# User and system CPU time of a server and the workers it forks (nginx and gunicorn do), in clock ticks.
cpu_ticks() {
  local total=0 pid stat fields
  for pid in "$1" $(pgrep -P "$1"); do
    stat=$(<"/proc/$pid/stat") 2>/dev/null || continue
    read -ra fields <<<"${stat##*) }"
    total=$((total + fields[11] + fields[12]))
  done
  echo "$total"
}
TICKS=$(getconf CLK_TCK)
# measure <name> <round> <server pid> <url> [NAME=value for bench/wrk.lua...]: an unmeasured warm-up, then the
# measured run with its server's CPU time read around it, appended to results.jsonl and shown as it goes.
measure() {
  local name=$1 round=$2 pid=$3 url=$4 before json
  shift 4
  env "$@" wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_WARMUP" -s "$REPO/bench/wrk.lua" "$url" >/dev/null
  before=$(cpu_ticks "$pid")
  json=$(env "$@" wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_DURATION" -s "$REPO/bench/wrk.lua" "$url" | grep '^{')
  printf '{"name":"%s","round":%s,"cpu_us":%s,%s\n' "$name" "$round" $((($(cpu_ticks "$pid") - before) * 1000000 / TICKS)) "${json#\{}" |
    tee -a "$WORK/results.jsonl" | jq -r '"\(.name) \(.round): \(.requests / .seconds | floor) req/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, " +
      "failed \(.unexpected + .socket_errors), server CPU \(.cpu_us / ([.requests, 1] | max) * 100 | round / 100) µs per request"'
}

say "wrk: $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_DURATION after a $BENCH_WARMUP warm-up, $BENCH_ROUNDS rounds"
# Within a round nginx, the site and the peer take turns, so a slow moment of the machine falls on all of them.
for round in $(seq 1 "$BENCH_ROUNDS"); do
  measure nginx "$round" "$NGINX_PID" "http://127.0.0.1:$NGINX_PORT/comparison.html"
  measure comparison "$round" "$SITE_PID" "$SITE$COMPARISON_PATH"
  measure peer "$round" "$PEER_PID" "http://127.0.0.1:$PEER_PORT/comparison.html"
  measure result "$round" "$SITE_PID" "$SITE$RESULT_PATH"
  measure api "$round" "$SITE_PID" "$SITE$API_PATH" BENCH_BODY="$API_BODY"
  measure notfound "$round" "$SITE_PID" "$SITE$NOTFOUND_PATH" BENCH_EXPECT=404
  measure badrequest "$round" "$SITE_PID" "$SITE$BADREQUEST_PATH" BENCH_EXPECT=400
done
stop "$NGINX_PID"
stop "$PEER_PID"

say "Search: $SEARCH_PATH cached, and uncached (a new query string every request)"
measure search-cached 1 "$SITE_PID" "$SITE$SEARCH_PATH"
measure search-uncached 1 "$SITE_PID" "$SITE$SEARCH_PATH" BENCH_UNIQUE=1

say "Picture cards: $BENCH_CARDS result links, each card cold then cached, over one connection"
# Links that answer one question each, so every card is new to the cache; the report shows the first apart, since
# it also loads the typeface.
jq -r --arg result "/compare/$SLUG/choose/result" --argjson n $((BENCH_CARDS + 1)) \
  '[.questions[] | .id as $q | .options[] | "\($result)?\($q)=\(.id)"][:$n][]' "$WORK/questionnaire.json" >"$WORK/card-links"
while read -r link; do
  card=$(curl -fsSL "$SITE$link" | grep -o 'property="og:image" content="[^"]*"' | cut -d'"' -f4 | sed 's/&amp;/\&/g' || true)
  [ -n "$card" ] || die "$link names no og:image"
  curl -fsS -w '%{time_total} %{size_download} %{content_type}\n' -o /dev/null "$card" -o /dev/null "$card" | paste -sd' ' |
    awk '$3 == "image/png" && $6 == "image/png" { printf "{\"cold_ms\":%.3f,\"cached_ms\":%.3f,\"bytes\":%d}\n", $1 * 1000, $4 * 1000, $2; ok = 1 }
      END { exit !ok }' >>"$WORK/cards.jsonl" || die "the card of $link is not a PNG"
done <"$WORK/card-links"
echo "$(wc -l <"$WORK/cards.jsonl") cards timed"

flood_run

say "Soak: $BENCH_SOAK of mixed traffic"
rss() { awk '/^VmRSS/ { print $2 }' "/proc/$SITE_PID/status"; }
# Memory is read before, half way and at the end: the first half fills the caches; a leak keeps growing in the second.
before=$(rss)
BENCH_URLS=$WORK/soak-urls BENCH_EXPECT=200,404,400 wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$BENCH_SOAK" \
  -s "$REPO/bench/wrk.lua" "$SITE/" >"$WORK/soak.txt" &
sleep $((${BENCH_SOAK%s} / 2))
half=$(rss)
wait $!
json=$(grep '^{' "$WORK/soak.txt")
printf '{"name":"soak","round":1,"rss_kb":[%s,%s,%s],%s\n' "$before" "$half" "$(rss)" "${json#\{}" | tee -a "$WORK/results.jsonl"
stop "$SITE_PID"

say "Content load + SQLite import, in-process (median of $BENCH_LOAD_RUNS runs after a warm-up), sizes: $BENCH_SCALES"
# shellcheck disable=SC2086 # one argument per size
bench content-load "$REPO/content" "$BENCH_LOAD_RUNS" "$WORK" $BENCH_SCALES >"$WORK/load.jsonl" || die "timing the content load failed"

# The verdicts and the Markdown; the exit code is the bench's.
status=0
bench report "$WORK" || status=1
bench flood "$WORK" || status=1
exit $status
