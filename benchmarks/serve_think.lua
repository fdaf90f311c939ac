-- wrk script for scripts/bench-serve.sh: serve_load.lua's requests and RESULT line, but each
-- connection waits a think time after an answer before it sends its next request, as a
-- person reading the page does: random, exponential, THINK_MS on average. wrk times a request
-- from its sending, so the think time never counts as latency. (A separate file because wrk
-- decides whether a script has a delay hook before it passes the script its arguments.)
-- Usage: wrk ... -s benchmarks/serve_think.lua URL -- ENDPOINT QUERIES THINK_MS

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "serve_load.lua")

local think_ms = 0
local load_init = init

function init(args)
  load_init(args)
  think_ms = tonumber(args[3] or "") or error("serve_think.lua: THINK_MS is missing")
  math.randomseed((first_line or 0) * 7919 + os.time())
end

-- wrk's hook: how long this connection waits before its next request, in ms.
function delay()
  return math.floor(-think_ms * math.log(1 - math.random()) + 0.5)
end
