-- wrk script for the recommendation API: every request is a POST of the JSON that bench/run.sh puts in
-- BENCH_BODY, shaped {"answers": {"<questionId>": "<optionId>", ...}}.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
