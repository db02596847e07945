# The flood run of bench/run.sh, sourced by it once the site runs and has been probed: one client floods one kind of
# uncached work at a time (distinct cards, searches with new words, distinct share links) while a reader reads the
# cached comparison page; then the uncached paths alone against the cached page, in the same rounds. First, the cards
# of 1,000 share links nobody asked for: how many were drawn (the site's /healthz counts), how many pictures differ.
BENCH_FLOOD_DURATION=${BENCH_FLOOD_DURATION:-8}          # seconds of each reader run; the flooder starts 1 s before, ends 1 s after
BENCH_FLOOD_ROUNDS=${BENCH_FLOOD_ROUNDS:-3}
BENCH_FLOODER_CONNECTIONS=${BENCH_FLOODER_CONNECTIONS:-32}  # one client, one wrk thread

# flood_wrk <name> <round> <connections> <threads> <seconds> <url> [NAME=value for bench/wrk.lua...]: one wrk run,
# appended to results.jsonl as a JSON line tagged with its name and round, and shown as it goes.
flood_wrk() {
  local name=$1 round=$2 connections=$3 threads=$4 seconds=$5 url=$6 json
  shift 6
  json=$(env "$@" wrk -t"$threads" -c"$connections" -d"${seconds}s" -s "$REPO/bench/wrk.lua" "$url" | grep '^{')
  printf '{"name":"%s","round":%s,%s\n' "$name" "$round" "${json#\{}" | tee -a "$WORK/results.jsonl" |
    jq -r '"\(.name) \(.round): \(.requests / .seconds | floor) req/s, p99 \(.p99_ms) ms, statuses \(.statuses), other \(.unexpected), socket errors \(.socket_errors)"'
}

flood_run() {
  local per=230000 round kind url before after answered distinct first
  say "Flood: $BENCH_FLOOD_ROUNDS rounds; reader $BENCH_CONNECTIONS connections for ${BENCH_FLOOD_DURATION}s, flooder $BENCH_FLOODER_CONNECTIONS"
  bench links "$WORK/questionnaire.json" $((BENCH_FLOOD_ROUNDS * per + 1000)) >"$WORK/answers" || die "making distinct share links failed"
  [ -z "$(curl -s -o /dev/null -w '%{redirect_url}' "$SITE/compare/$SLUG/choose/result?$(head -1 "$WORK/answers")")" ] ||
    die "bench links does not spell share links as the site does"

  mkdir -p "$WORK/card-check"
  before=$(curl -fsS "$SITE/healthz" | jq -e .cardsDrawn)
  tail -1000 "$WORK/answers" | awk -v card="$SITE/cards/compare/$SLUG/choose/result.png?" -v dir="$WORK/card-check" \
    '{ printf "url = \"%s%s\"\noutput = \"%s/%d.png\"\n", card, $0, dir, NR }' >"$WORK/card-check.curl"
  answered=$(curl -s -K "$WORK/card-check.curl" -w '%{http_code}\n' | grep -c '^200$' || true)
  after=$(curl -fsS "$SITE/healthz" | jq -e .cardsDrawn)
  distinct=$(md5sum "$WORK"/card-check/*.png | cut -d' ' -f1 | sort -u | wc -l)
  printf '{"links":1000,"drawn":%s,"distinct_pictures":%s,"answered":%s}\n' $((after - before)) "$distinct" "$answered" |
    tee "$WORK/card-check.jsonl"

  for round in $(seq 1 "$BENCH_FLOOD_ROUNDS"); do
    # Each round its own links: 100,000 for the cards flood, 100,000 for the share-link flood, 30,000 alone.
    first=$(((round - 1) * per + 1))
    sed -n "${first},$((first + 99999))p" "$WORK/answers" | sed "s|^|identity /cards/compare/$SLUG/choose/result.png?|" >"$WORK/flood-cards"
    sed -n "$((first + 100000)),$((first + 199999))p" "$WORK/answers" | sed "s|^|identity /compare/$SLUG/choose/result?|" >"$WORK/flood-links"
    sed -n "$((first + 200000)),$((first + 229999))p" "$WORK/answers" | sed "s|^|identity /compare/$SLUG/choose/result?|" >"$WORK/first-links"
    flood_wrk flood-quiet "$round" "$BENCH_CONNECTIONS" "$BENCH_THREADS" "$BENCH_FLOOD_DURATION" "$SITE$COMPARISON_PATH"
    for kind in cards search links; do
      case $kind in
        search) url=$SITE$SEARCH_PATH; set -- BENCH_UNIQUE=1 ;;
        *) url=$SITE/; set -- BENCH_URLS="$WORK/flood-$kind" ;;
      esac
      flood_wrk "flood-$kind" "$round" "$BENCH_FLOODER_CONNECTIONS" 1 $((BENCH_FLOOD_DURATION + 2)) "$url" BENCH_EXPECT=200,429,503 "$@" >"$WORK/flooder.out" &
      sleep 1
      flood_wrk "flood-reader-$kind" "$round" "$BENCH_CONNECTIONS" "$BENCH_THREADS" "$BENCH_FLOOD_DURATION" "$SITE$COMPARISON_PATH"
      wait $!
      cat "$WORK/flooder.out"
    done
    flood_wrk flood-cached "$round" "$BENCH_CONNECTIONS" "$BENCH_THREADS" "$BENCH_FLOOD_DURATION" "$SITE$COMPARISON_PATH"
    flood_wrk flood-link-first "$round" "$BENCH_CONNECTIONS" "$BENCH_THREADS" "$BENCH_FLOOD_DURATION" "$SITE/" \
      BENCH_URLS="$WORK/first-links" BENCH_SPLIT="$BENCH_THREADS" BENCH_EXPECT=200,503
    flood_wrk flood-search-new "$round" "$BENCH_CONNECTIONS" "$BENCH_THREADS" "$BENCH_FLOOD_DURATION" "$SITE$SEARCH_PATH" \
      BENCH_UNIQUE=1 BENCH_EXPECT=200,503
  done
}
