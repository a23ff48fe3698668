-- wrk script for bench/run.py; prints one line "BENCH {json}" at the end for the script to read.
--
--   wrk -t N -c N ... -s bench/wrk/bench.lua URL -- get
--   wrk -t N -c N -d <more than SECONDS> ... -s bench/wrk/bench.lua URL -- beacon SECONDS
--   wrk -t N -c N -d <more than SECONDS> ... -s bench/wrk/bench.lua URL -- reach SECONDS
--   wrk -t 1 -c 1 -d SECONDS ... -s bench/wrk/bench.lua URL -- unique
--
-- "get": GET the URL as a browser would (with a browser's User-Agent: wrk sends
-- none, and the site treats a request without one as a bot).
-- "reach": POST the reach beacon to the URL as navigator.sendBeacon does (text/plain, same origin),
-- the body $BENCH_REACH_BODY; no cookie (the reach beacon reads none). Timed as "beacon". With
-- $BENCH_THREAD_RATE (beacons a second per thread; bench/spike.py's flood) each thread sends on a
-- schedule (a beacon every 1 / RATE seconds, however long the last answer took: a
-- slow server falls behind the schedule and the answered rate shows it).
-- "unique": GET the URL with a new query string each time (?spike=<thread>-<n>), so neither Varnish
-- nor the page cache has a copy: every request is rendered (bench/spike.py's uncached route screen).
-- "beacon": POST an exposure beacon to the URL, every request from a new visitor
-- (a fresh vib_visitor cookie and no vib_ab cookie, so each one counts once),
-- same-origin, with the JSON body site.js sends. The site counts only visitor ids
-- it signed, and Lua cannot sign them, so bench/run.py signs random ids with the
-- server's SECRET_KEY and writes one file per thread, $BENCH_VISITORS/<thread>.txt,
-- one cookie value a line; each is sent once. A thread that runs out stops and
-- reports "ran_out" (a bench problem, never a reused id). With one connection per thread,
-- each thread stops itself SECONDS after its first request, right after a
-- response: no beacon is left in flight, "sent" is exact, and the rate is
-- measured here (wrk's own duration is the -d it sleeps, longer than SECONDS).

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_usec; } bench_timeval;
int gettimeofday(bench_timeval *tv, void *tz);
]]
local timeval = ffi.new("bench_timeval")
local function now()
   ffi.C.gettimeofday(timeval, nil)
   return tonumber(timeval.tv_sec) + tonumber(timeval.tv_usec) / 1e6
end

local USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
local threads = {}

-- wrk paces requests only when the script defines delay() when it is loaded: only for a paced run.
-- Each thread has a Lua state of its own (the table above is filled in the main one only), so the
-- rate comes per thread: $BENCH_THREAD_RATE, beacons a second of one thread (bench/load.py).
local THREAD_RATE = tonumber(os.getenv("BENCH_THREAD_RATE") or "0")
if THREAD_RATE > 0 then
   function delay()
      if not started then return 0 end
      next_at = (next_at or started) + 1 / THREAD_RATE
      local wait = next_at - now()
      return wait > 0 and math.floor(wait * 1000) or 0
   end
end

function setup(thread)
   table.insert(threads, thread)
   thread:set("index", #threads)
end

function init(args)
   mode = args[1] or "get"
   seconds = tonumber(args[2] or "10")
   sent, answered, statuses, counter = 0, 0, {}, 0
   -- wrk calls request() once in the first thread to check the request; that one is never sent.
   checking = index == 1
   wrk.headers["User-Agent"] = USER_AGENT
   wrk.headers["Accept"] = "text/html,*/*"
   if mode == "beacon" then
      visitors, next_visitor, ran_out = {}, 0, false
      local path = (os.getenv("BENCH_VISITORS") or "") .. "/" .. index .. ".txt"
      local file = io.open(path, "r")
      if not file then error("no signed visitor ids in " .. path .. " (bench/run.py writes them)") end
      for line in file:lines() do visitors[#visitors + 1] = line end
      file:close()
      wrk.method = "POST"
      wrk.body = '{"language":"nl"}'
      wrk.headers["Content-Type"] = "application/json"
      wrk.headers["Sec-Fetch-Site"] = "same-origin"
      wrk.headers["Origin"] = wrk.scheme .. "://" .. wrk.headers["Host"]
   elseif mode == "reach" then
      wrk.method = "POST"
      wrk.body = os.getenv("BENCH_REACH_BODY") or error("no reach beacon body in $BENCH_REACH_BODY")
      wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
      wrk.headers["Sec-Fetch-Site"] = "same-origin"
      wrk.headers["Origin"] = wrk.scheme .. "://" .. wrk.headers["Host"]
   end
   fixed = wrk.format()
   base_path = wrk.path
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
   if mode == "beacon" then
      next_visitor = next_visitor + 1
      wrk.headers["Cookie"] = "vib_visitor=" .. visitors[next_visitor]
      return wrk.format()
   end
   return fixed
end

function response(status, headers, body)
   answered = answered + 1
   statuses[status] = (statuses[status] or 0) + 1
   if mode == "reach" and now() >= deadline then
      finished = now()
      wrk.thread:stop()
   elseif mode == "beacon" and (now() >= deadline or next_visitor >= #visitors) then
      ran_out = now() < deadline
      finished = now()
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local total_sent, total_answered, codes, first, last, stopped, ran_out = 0, 0, {}, nil, nil, 0, 0
   for _, thread in ipairs(threads) do
      if thread:get("ran_out") then ran_out = ran_out + 1 end
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
      'BENCH {"duration_us": %d, "timed_us": %d, "threads": %d, "stopped_themselves": %d, "ran_out": %d, "requests": %d, '
      .. '"bytes": %d, "sent": %d, "answered": %d, "statuses": {%s}, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d}, '
      .. '"p50_us": %d, "p99_us": %d, "mean_us": %.1f, "max_us": %d}\n',
      summary.duration, (first and last) and (last - first) * 1e6 or 0, #threads, stopped, ran_out, summary.requests,
      summary.bytes, total_sent, total_answered, table.concat(parts, ", "),
      e.connect, e.read, e.write, e.timeout, e.status,
      latency:percentile(50), latency:percentile(99), latency.mean, latency.max))
end
