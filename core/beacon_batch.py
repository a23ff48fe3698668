"""The beacon pool's counts, sent to Redis in batches from its event loop (campaign/beacon_asgi.py).

Why. On the fast path a reach beacon's own work is small; one Redis round trip each, sent and
awaited with redis-py's blocking client, was the largest part of a worker's time (py-spy in the
spike: 30 %), and the loop could take no other beacon while it waited. Here a worker keeps one
batch on its way at a time: the counts of the beacons that arrive meanwhile wait for the next
batch, which goes as soon as the last one is back. An idle worker sends a beacon at once (a batch
of one); a busy one sends many per round trip. Each beacon still gets its own answer (counted,
refused, stale: core/beacon_count.py's script takes a batch), and is answered only once its count
is in Redis.

Fail-open as every Redis call of the site: a batch Redis does not answer (or during the pause after
an outage, core/cache_backend.py) is STALE for each of its beacons, and the pool answers them by
Django's handler, which counts them in the database.
"""

import asyncio

from .beacon_count import COUNT, STALE, script_call

#: The most beacons in one script call: a batch is one atomic script, which Redis runs alone.
MOST = 256


class CountBatches:
    """One per worker process, used on its event loop only."""

    def __init__(self, buffer):
        self.buffer = buffer  # core.cache_backend.FailOpenRedisCache
        self.waiting = []  # [(Count, future)]
        self.sending = False
        self.loop = self.client = self.script = None
        self.batches = 0  # batches sent (for tests and the bench's curiosity)

    async def count(self, count):
        """The script's answer for one beacon's Count: COUNTED, REFUSED or STALE."""
        loop = asyncio.get_running_loop()
        if loop is not self.loop:  # a client belongs to one loop (a test runs several, one after another)
            self.loop, self.client = loop, self.buffer.async_client()
            self.script = self.client.register_script(COUNT)
            self.waiting, self.sending = [], False
        future = loop.create_future()
        self.waiting.append((count, future))
        if not self.sending:
            self.sending = True
            loop.create_task(self._send())
        return await future

    async def _send(self):
        batch = []
        try:
            while self.waiting:
                batch, self.waiting = self.waiting[:MOST], self.waiting[MOST:]
                answers = await self._answers([count for count, _future in batch])
                for (_count, future), answer in zip(batch, answers, strict=True):
                    if not future.done():
                        future.set_result(answer)
        except BaseException:
            for _count, future in batch:
                if not future.done():
                    future.set_result(STALE)
            raise
        finally:
            self.sending = False

    async def _answers(self, counts):
        self.batches += 1
        keys, args = script_call(self.buffer, counts)
        client = self.client
        answer = await self.buffer.araw(lambda: self.script(keys=keys, args=args, client=client), None)
        if not isinstance(answer, list) or len(answer) != len(counts):
            return [STALE] * len(counts)
        return [int(value) for value in answer]
