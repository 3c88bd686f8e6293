-- wrk script: cycles through a request list ("ACCEPT<TAB>PATH" lines, file named by the MIX environment variable),
-- each connection from its own offset; prints the statuses seen, so that a test can require "no failed request".
local requests = {}
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  local f = assert(io.open(os.getenv("MIX"), "r"))
  for line in f:lines() do
    local accept, path = line:match("^([^\t]+)\t(.+)$")
    if path then
      table.insert(requests, wrk.format("GET", path, {["Accept"] = accept}))
    end
  end
  f:close()
  index = id % #requests
  failed = 0
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function response(status, headers, body)
  if status >= 400 then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + t:get("failed")
  end
  local e = summary.errors
  io.write(string.format("requests %d failed_status %d connect %d read %d write %d timeout %d status %d\n",
    summary.requests, failed, e.connect, e.read, e.write, e.timeout, e.status))
end
