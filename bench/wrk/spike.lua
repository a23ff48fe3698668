-- wrk script for bench/spike.py (a national spike); prints one line "BENCH {json}" at the end, as
-- bench.lua does, so bench/load.py reads both alike.
--
--   wrk -t N -c N -d <more than SECONDS> -s bench/wrk/spike.lua URL -- reach SECONDS [RATE]
--   wrk -t 1 -c 1 -d SECONDS -s bench/wrk/spike.lua URL -- unique
--
-- "reach": POST the reach beacon ($BENCH_REACH_BODY) as navigator.sendBeacon does. With RATE (beacons
-- a second, all threads together) each thread sends on a schedule of its own share of RATE (a beacon
-- every N / RATE seconds, however long the last answer took: a slow server falls behind the
-- schedule and the answered rate shows it). Each thread stops itself SECONDS after its first
-- request, right after an answer, so no beacon is left in flight: "sent" is exact.
-- "unique": GET the URL with a new query string each time (?spike=<thread>-<n>), so neither Varnish
-- nor the page cache has a copy: every request is rendered (an uncached route screen).

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_usec; } spike_timeval;
int gettimeofday(spike_timeval *tv, void *tz);
]]
local timeval = ffi.new("spike_timeval")
local function now()
   ffi.C.gettimeofday(timeval, nil)
   return tonumber(timeval.tv_sec) + tonumber(timeval.tv_usec) / 1e6
end

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("index", #threads)
end

function init(args)
   mode = args[1] or "reach"
   seconds = tonumber(args[2] or "10")
   rate = tonumber(args[3] or "0")
   sent, answered, statuses, counter = 0, 0, {}, 0
   checking = index == 1  -- wrk builds one request in the first thread to check it; never sent
   wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
   wrk.headers["Accept"] = "text/html,*/*"
   if mode == "reach" then
      wrk.method = "POST"
      wrk.body = os.getenv("BENCH_REACH_BODY") or error("no reach beacon body in $BENCH_REACH_BODY")
      wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
      wrk.headers["Sec-Fetch-Site"] = "same-origin"
   end
   fixed = wrk.format()
   base_path = wrk.path
end

function delay()
   if mode ~= "reach" or rate <= 0 or not started then return 0 end
   local interval = #threads / rate
   next_at = (next_at or started) + interval
   local wait = next_at - now()
   return wait > 0 and math.floor(wait * 1000) or 0
end

function request()
   if checking then
      checking = false
      return fixed
   end
   if not started then
      started = now()
      deadline = started + seconds
   end
   sent = sent + 1
   if mode == "unique" then
      counter = counter + 1
      local separator = base_path:find("?", 1, true) and "&" or "?"
      return wrk.format(nil, base_path .. separator .. "spike=" .. index .. "-" .. counter)
   end
   return fixed
end

function response(status, headers, body)
   answered = answered + 1
   statuses[status] = (statuses[status] or 0) + 1
   if mode == "reach" and now() >= deadline then
      finished = now()
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local total_sent, total_answered, codes, first, last, stopped = 0, 0, {}, nil, nil, 0
   for _, thread in ipairs(threads) do
      total_sent = total_sent + thread:get("sent")
      total_answered = total_answered + thread:get("answered")
      for code, count in pairs(thread:get("statuses")) do
         codes[code] = (codes[code] or 0) + count
      end
      local started, finished = thread:get("started"), thread:get("finished")
      if started and (not first or started < first) then first = started end
      if finished then
         stopped = stopped + 1
         if not last or finished > last then last = finished end
      end
   end
   local parts = {}
   for code, count in pairs(codes) do
      table.insert(parts, string.format('"%d": %d', code, count))
   end
   local e = summary.errors
   io.write(string.format(
      'BENCH {"duration_us": %d, "timed_us": %d, "threads": %d, "stopped_themselves": %d, "ran_out": 0, "requests": %d, '
      .. '"bytes": %d, "sent": %d, "answered": %d, "statuses": {%s}, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d}, '
      .. '"p50_us": %d, "p99_us": %d, "mean_us": %.1f, "max_us": %d}\n',
      summary.duration, (first and last) and (last - first) * 1e6 or 0, #threads, stopped, summary.requests,
      summary.bytes, total_sent, total_answered, table.concat(parts, ", "),
      e.connect, e.read, e.write, e.timeout, e.status,
      latency:percentile(50), latency:percentile(99), latency.mean, latency.max))
end
