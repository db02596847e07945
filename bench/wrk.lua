-- Every wrk run of the bench loads this script. Its done() prints the run as one JSON line, which bench/run.sh
-- tags and the bench project reads, so nothing parses wrk's text. What a run does is set from the environment:
--   BENCH_BODY    POST this JSON body instead of a GET
--   BENCH_URLS    a file of "<encoding> <path>" lines to take in turn ("br" asks for Brotli); "{n}" in a path
--                 becomes a number no request used before, so made-up addresses never repeat
--   BENCH_SPLIT   the number of threads sharing BENCH_URLS: each starts its own share of the lines, so a file of
--                 distinct addresses (bench links) is never asked for twice within a run
--   BENCH_UNIQUE  when set, a new query string on every request, so no cache has the answer
--   BENCH_EXPECT  the statuses that count as answered, such as "404" or "200,404,400"; any other is a failure.
--                 Without it wrk's own count of 4xx and 5xx answers is the failures, and no response() hook
--                 is defined, since wrk then skips reading each answer into Lua and stays as fast as it can be.
--                 A 429 or 503 counts as answered only with a Retry-After header.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local body, urls, unique, expect = os.getenv("BENCH_BODY"), os.getenv("BENCH_URLS"), os.getenv("BENCH_UNIQUE"), os.getenv("BENCH_EXPECT")

if body then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

if urls or unique then
  function init(args)
    lines, next_line, count = {}, 0, 0
    for line in io.lines(urls or "/dev/null") do
      local encoding, path = line:match("^(%S+) (.+)$")
      table.insert(lines, { encoding = encoding, path = path })
    end
    if #lines == 0 then table.insert(lines, { encoding = "identity", path = wrk.path }) end
    next_line = math.floor((id - 1) * #lines / tonumber(os.getenv("BENCH_SPLIT") or "1"))
  end

  function request()
    next_line, count = next_line % #lines + 1, count + 1
    local entry, n = lines[next_line], id .. "-" .. count
    local path = entry.path:gsub("{n}", n)
    if unique then path = path .. (path:find("?", 1, true) and "&" or "?") .. "n=" .. n end
    return wrk.format(nil, path, entry.encoding ~= "identity" and { ["Accept-Encoding"] = entry.encoding } or {})
  end
end

if expect then
  local accepted = {}
  for status in expect:gmatch("%d+") do accepted[tonumber(status)] = true end
  statuses, unexpected = {}, 0

  function response(status, headers, body)
    statuses[tostring(status)] = (statuses[tostring(status)] or 0) + 1
    local refused = status == 429 or status == 503
    if not accepted[status] or (refused and not headers["Retry-After"]) then unexpected = unexpected + 1 end
  end
end

function done(summary, latency, requests)
  local e, unexpected, statuses = summary.errors, 0, {}
  for _, thread in ipairs(threads) do
    unexpected = unexpected + (thread:get("unexpected") or 0)
    for status, n in pairs(thread:get("statuses") or {}) do statuses[status] = (statuses[status] or 0) + n end
  end
  local counts = {}
  for status, n in pairs(statuses) do table.insert(counts, string.format('"%s":%d', status, n)) end
  table.sort(counts)
  io.write(string.format(
    '{"requests":%d,"seconds":%.6f,"p50_ms":%.3f,"p99_ms":%.3f,"unexpected":%d,"socket_errors":%d,"statuses":{%s}}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    expect and unexpected or e.status, e.connect + e.read + e.write + e.timeout, table.concat(counts, ",")))
end
