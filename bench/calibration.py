"""The CPU calibration figure: how fast this machine runs plain Python right now.

Absolute times drift up to 3× on a shared machine within a day, so the bench
states its render times as ratios to this loop, measured in the same run.
The loop is fixed (the same work every time, no allocation worth speaking of,
no I/O): best of ``rounds`` runs, so a run interrupted by another process
does not count.
"""

import time

#: Iterations of the fixed loop; about 40–100 ms on the 2-core machine the bench was written on.
LOOP_ITERATIONS = 1_000_000


def fixed_python_loop(iterations=LOOP_ITERATIONS):
    """The fixed workload: integer arithmetic and a branch, interpreted, nothing else."""
    total = 0
    for number in range(iterations):
        if number % 3:
            total += number * 7 % 11
        else:
            total -= 1
    return total


def calibration_loop_ms(rounds=5):
    """Best of ``rounds`` timings of fixed_python_loop(), in milliseconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fixed_python_loop()
        best = min(best, time.perf_counter() - start)
    return best * 1000


if __name__ == "__main__":
    print(f"calibration loop: {calibration_loop_ms():.1f} ms (best of 5)")
