-- wrk script for scripts/bench-serve.sh: each request asks ENDPOINT for the next query of
-- QUERIES (one query a line) or, for article, the next id of QUERIES (one id a line),
-- each wrk thread starting at its own place in the list. At the end it prints one line
--   RESULT requests=N seconds=S rps=R p50_ms=A p90_ms=B p99_ms=C max_ms=D non2xx=E errors=F
-- Usage: wrk ... -s benchmarks/serve_load.lua URL -- ENDPOINT QUERIES

local endpoint = "search"
local lines = {}
local next_line = 1
local thread_count = 0

local function url_encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function read_lines(path)
  local found = {}
  for line in io.lines(path) do
    if line ~= "" and line:sub(1, 1) ~= "#" then found[#found + 1] = line end
  end
  return found
end

function setup(thread)
  thread_count = thread_count + 1
  thread:set("first_line", thread_count * 7)
end

function init(args)
  endpoint = args[1] or "search"
  lines = read_lines(args[2])
  next_line = ((first_line or 0) % #lines) + 1
end

function request()
  local line = lines[next_line]
  next_line = next_line % #lines + 1
  local path
  if endpoint == "article" then
    path = "/api/v1/article/" .. url_encode(line)
  elseif endpoint == "histogram" then
    path = "/api/v1/histogram?interval=month&q=" .. url_encode(line)
  else
    path = "/api/v1/" .. endpoint .. "?q=" .. url_encode(line)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write +
      summary.errors.timeout
  io.write(string.format(
      "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f " ..
      "max_ms=%.3f non2xx=%d errors=%d\n",
      summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      summary.errors.status, errors))
end
