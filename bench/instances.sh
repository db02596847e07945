#!/usr/bin/env bash
# Many instances, proven: nginx as a load balancer in front of three instances of the site, each with its own
# content database built from the same content, under load. Run from anywhere: bash bench/instances.sh
# It checks that every page is the same bytes with the same ETag from every instance, that killing one instance
# (SIGKILL) and then restarting all three one at a time (SIGTERM) fail no client request, and that a content edit
# reaches all three, timing it, with no page mixing old and new. Exits 0 when every check passes, 1 otherwise.
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-32}  # clients' connections to nginx during each load phase
BENCH_THREADS=${BENCH_THREADS:-2}
BENCH_KEEP=${BENCH_KEEP:-}                  # 1 keeps the work folder: logs, configs, instances.jsonl
# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

# One copy of content/ that every instance reads and watches, so the edit below reaches all three and never the repo.
cp -r "$REPO/content" "$WORK/content"
declare -a PORTS INSTANCE_PIDS
start_instance() { # <index>: starts it and waits until /readyz answers 200
  start "instance-$1" "http://127.0.0.1:${PORTS[$1]}/readyz" env ASPNETCORE_URLS="http://127.0.0.1:${PORTS[$1]}" \
    Content__Directory="$WORK/content" Content__DatabasePath="$WORK/instance-$1.db" Content__WatchForChanges=true \
    ForwardedHeaders__TrustedProxies__0=127.0.0.1 Shutdown__TimeoutSeconds=10 dotnet FrameworkAdvisor.Web.dll
  INSTANCE_PIDS[$1]=$PID
}
say "Instances"
for i in 1 2 3; do PORTS[i]=$(free_port) && start_instance "$i" && echo "instance $i ready on http://127.0.0.1:${PORTS[i]}"; done

say "nginx load balancer (the configuration the deployment docs show)"
LB_HOST=127.0.0.1:$(free_port)
LB=http://$LB_HOST
start_nginx "$LB/readyz" "
  upstream site {
    $(for port in "${PORTS[@]}"; do printf 'server 127.0.0.1:%s max_fails=1 fail_timeout=5s; ' "$port"; done)
    keepalive 32;
  }
  server {
    listen $LB_HOST;
    location / {
      proxy_pass http://site;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
    }
  }"
echo "nginx balances $LB over ports ${PORTS[*]}"

say "Same URL, same bytes and ETag from every instance"
probe "$LB"
{ cat "$WORK/pages"; echo "$RESULT_PATH"; } | awk '{ print "identity " $0; print "br " $0 }' >"$WORK/load-urls"
compared=0
differing=0
while read -r encoding path; do
  # Each instance asked directly, with the Host the balancer passes on; status, ETag and a hash of the body.
  answers=$(for port in "${PORTS[@]}"; do
    echo "$(curl -s -o "$WORK/body" -w '%{http_code} %header{etag}' -H "Host: $LB_HOST" -H "Accept-Encoding: $encoding" \
      "http://127.0.0.1:$port$path") $(sha256sum <"$WORK/body")"
  done | sort -u)
  compared=$((compared + 1))
  [[ $answers =~ ^200\ [^\ ] && $answers != *$'\n'* ]] || { differing=$((differing + 1)) && echo "  differs: $encoding $path"; }
done <"$WORK/load-urls"
echo "{\"name\":\"same\",\"compared\":$compared,\"differing\":$differing}" | tee -a "$WORK/instances.jsonl"

load() { # <phase> <duration>: wrk through nginx over every page and the share link, in the background
  BENCH_URLS=$WORK/load-urls BENCH_EXPECT=200 wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$2" -s "$REPO/bench/wrk.lua" "$LB/" \
    >"$WORK/wrk-$1.txt" &
  LOAD_PID=$!
}
loaded() { # <phase>: waits for the load phase to end and keeps its line
  wait "$LOAD_PID"
  local json
  json=$(grep '^{' "$WORK/wrk-$1.txt")
  echo "{\"name\":\"$1\",\"round\":1,${json#\{}" | tee -a "$WORK/instances.jsonl"
}

say "Kill: SIGKILL instance 2 mid-run"
load kill 20s
sleep 6
stop "${INSTANCE_PIDS[2]}" KILL
echo "instance 2 killed"
loaded kill
start_instance 2

say "Rolling restart, one instance at a time (SIGTERM lets in-flight requests finish)"
load rolling 40s
sleep 4
for i in 1 2 3; do stop "${INSTANCE_PIDS[i]}" && start_instance "$i" && echo "instance $i restarted and ready" && sleep 3; done
loaded rolling

say "Content edit under load"
load reload 20s
sleep 3
version() { curl -fsS "http://127.0.0.1:$1/healthz" | jq -er .content.version; }
old=$(version "${PORTS[1]}")
file=$(find "$WORK/content/compare" -mindepth 1 -maxdepth 1 -type d | sort | head -1)/_index.md
# The title and the overview change in one write; one page shows them from two reads of the store, so every page
# read must show both or neither, with an ETag naming the version it shows.
edited=$(sed '0,/^title: .*/s//& (revised)/' "$file" && printf '\n\nRevised edition.')
started=$(date +%s%3N)
printf '%s\n' "$edited" >"$file"
declare -A served=()
new=""
pages=0
mixed=0
while [ ${#served[@]} -lt 3 ] && [ $(($(date +%s%3N) - started)) -lt 60000 ]; do
  for port in "${PORTS[@]}" "${LB_HOST#*:}"; do
    etag=$(curl -s -o "$WORK/page" -w '%header{etag}' -H "Host: $LB_HOST" "http://127.0.0.1:$port$COMPARISON_PATH")
    etag=${etag#W/}
    title=$(grep -c ' (revised)' "$WORK/page" || true)
    overview=$(grep -c 'Revised edition\.' "$WORK/page" || true)
    pages=$((pages + 1))
    if [ "$title" -gt 0 ] && [ "$overview" -gt 0 ]; then
      # The new version is read from an instance that serves it; the balancer's /healthz may reach one that does not yet.
      [ -n "$new" ] || [ "$port" = "${LB_HOST#*:}" ] || new=$(version "$port")
      [ -z "$new" ] || [[ $etag == \"$new-* ]] || mixed=$((mixed + 1))
      [ "$port" = "${LB_HOST#*:}" ] || [ -n "${served[$port]:-}" ] || served[$port]=$(($(date +%s%3N) - started))
    elif [ "$title" -gt 0 ] || [ "$overview" -gt 0 ] || [[ $etag != \"$old-* ]]; then
      mixed=$((mixed + 1))
    fi
  done
  sleep 0.02
done
all=$([ ${#served[@]} -eq 3 ] && printf '%s\n' "${served[@]}" | sort -n | tail -1 || echo null)
echo "{\"name\":\"edit\",\"all_ms\":$all,\"pages\":$pages,\"mixed\":$mixed}" | tee -a "$WORK/instances.jsonl"
loaded reload

say "Verdicts"
bench instances "$WORK"
