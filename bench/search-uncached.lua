-- wrk script for an uncached search: the search page that bench/run.sh puts in BENCH_SEARCH_PATH, with a query
-- string that is new on every request (an extra n=<thread>-<count>, which the search ignores), so the output cache
-- never has it and each request runs the full-text search and renders the page.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  count = 0
end

function request()
  count = count + 1
  return wrk.format("GET", os.getenv("BENCH_SEARCH_PATH") .. "&n=" .. id .. "-" .. count)
end
