"""The load: wrk with bench/wrk/bench.lua, and the numbers taken from what it measured."""

import json
import os
import subprocess
import time

from bench.environment import LUA, BenchError
from bench.processes import give_way


def wrk(url, seconds, connections, mode="get", rate=None, nice=0):
    """wrk with bench/wrk/bench.lua; ``rate``: beacons a second on a schedule (mode "reach" only);
    ``nice``: its CPU priority (bench/spike.py's load generators give way to the servers)."""
    timed = mode in ("beacon", "reach")
    if timed:
        # Each thread stops itself after `seconds`, right after a response; -d is only a safety net.
        arguments = ["-d", f"{seconds + 3}s", "-s", str(LUA), url, "--", mode, str(seconds)]
    else:
        arguments = ["-d", f"{seconds}s", "-s", str(LUA), url, "--", mode]
    command = [
        *(["nice", "-n", str(nice)] if nice else []),
        "wrk",
        "-t",
        str(connections),
        "-c",
        str(connections),
        "--timeout",
        "10s",
        *arguments,
    ]
    # bench.lua paces only then; one thread a connection here, each with its share of the rate.
    env = {**os.environ, "BENCH_THREAD_RATE": str(rate / connections)} if rate else None
    if nice:
        # A session of its own, so that its priority counts against the servers' (bench/processes.py).
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True
        )
        give_way(process.pid, nice)
        stdout, stderr = process.communicate()
        result = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    else:
        result = subprocess.run(command, capture_output=True, text=True, env=env)
    line = next((line for line in result.stdout.splitlines() if line.startswith("BENCH ")), None)
    if result.returncode or line is None:
        raise BenchError(f"wrk failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    data = json.loads(line[len("BENCH ") :])
    data["statuses"] = {int(code): count for code, count in data["statuses"].items()}
    if timed and data["stopped_themselves"] == data["threads"] and data["timed_us"]:
        # wrk's duration is the -d it slept; the threads stopped themselves and timed it.
        data["rps"] = data["answered"] / (data["timed_us"] / 1e6)
    else:
        data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    return data


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def settled(read, interval=0.5, limit=10):
    """The value once it stops changing (a beacon still in flight when wrk stopped is counted by then)."""
    value, deadline = read(), time.monotonic() + limit
    while time.monotonic() < deadline:
        time.sleep(interval)
        again = read()
        if again == value:
            return value
        value = again
    return value
