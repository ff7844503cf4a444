-- wrk script: POSTs the files listed in $BODIES_LIST in turn, each with a unique suffix so that every report is new
local threads = 0
local bodies = {}
local counter = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  for path in io.lines(os.getenv("BODIES_LIST")) do
    local f = io.open(path, "rb")
    bodies[#bodies + 1] = f:read("*a")
    f:close()
  end
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1] .. "\n\nLoad test report " .. counter .. " from wrk thread " .. thread_id .. " at " .. os.time() .. "."
  return wrk.format("POST", nil, {["Content-Type"] = "text/plain; charset=utf-8", ["X-API-Key"] = os.getenv("API_KEY") or "dev-key"}, body)
end

function done(summary, latency, requests)
  local non2xx = (summary.errors.status or 0)
  io.write(string.format("wrk: requests=%d seconds=%.1f throughput=%.0f non2xx=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), non2xx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
