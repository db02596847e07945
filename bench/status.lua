-- wrk script for the error pages: counts answers whose status is not BENCH_EXPECT (404 or 400), so the bench can
-- tell the page it measures from a failure (wrk itself only counts "non-2xx", which both are).
-- Prints "Unexpected responses: <n>" at the end, which the bench project reads.
local expected = tonumber(os.getenv("BENCH_EXPECT") or "200")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  unexpected = 0
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("unexpected")
  end
  io.write(string.format("Unexpected responses: %d\n", total))
end
