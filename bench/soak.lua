-- wrk script for the soak: each request takes the next line of the file in BENCH_SOAK_URLS ("<encoding> <path>",
-- written by the bench project's probe-site), asking for Brotli when the line says br. "{n}" in a path becomes a
-- number no request used before, so made-up addresses never repeat. Counts answers by status and prints
-- "Statuses: 200=<n> 404=<n> 400=<n> other=<n>" and "Unexpected responses: <other>" at the end: pages answer 200,
-- made-up addresses 404 and unreadable links 400, so anything else (a 5xx) is a failure.
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  lines = {}
  for line in io.lines(os.getenv("BENCH_SOAK_URLS")) do
    local encoding, path = line:match("^(%S+) (.+)$")
    table.insert(lines, { encoding = encoding, path = path })
  end
  next_line = 0
  made_up = 0
  ok, missing, refused, other = 0, 0, 0, 0
end

function request()
  next_line = next_line % #lines + 1
  local entry = lines[next_line]
  local path = entry.path
  if path:find("{n}", 1, true) then
    made_up = made_up + 1
    path = path:gsub("{n}", id .. "-" .. made_up)
  end
  local headers = {}
  if entry.encoding ~= "identity" then
    headers["Accept-Encoding"] = entry.encoding
  end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1
  elseif status == 404 then missing = missing + 1
  elseif status == 400 then refused = refused + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local totals = { ok = 0, missing = 0, refused = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for name in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  io.write(string.format("Statuses: 200=%d 404=%d 400=%d other=%d\n", totals.ok, totals.missing, totals.refused, totals.other))
  io.write(string.format("Unexpected responses: %d\n", totals.other))
end
