"""``reader index --jobs N``: batches of articles analysed by a pool of worker processes.

A task is a batch of articles (``POOL_BATCH``, not one: a task's round trip costs about as much as
a short article's analysis); results come back in the order of the files, so that the writing
process stores them as a serial run would. At most a few batches per worker are in flight, so the
memory held does not grow with the archive.
"""

from __future__ import annotations

import contextlib
import signal
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from reader.archive.work import Item, Outcome, process_batch

AHEAD = 4  # batches in flight per worker


def batches(items: Sequence[Item], size: int) -> Iterator[Sequence[Item]]:
    """``items`` cut into consecutive batches of ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def pool_outcomes(items: Sequence[Item], jobs: int, size: int) -> Iterator[tuple[Outcome, int]]:
    """Each file's outcome in order (with 1: one file done), analysed by ``jobs`` processes."""
    todo = batches(items, size)
    pending: deque[Future[list[Outcome]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        for chunk in todo:
            pending.append(pool.submit(process_batch, chunk))
            if len(pending) >= jobs * AHEAD:
                break
        while pending:
            results = pending.popleft().result()
            more = next(todo, None)
            if more is not None:
                pending.append(pool.submit(process_batch, more))
            for outcome in results:
                yield outcome, 1
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _worker_init() -> None:
    """Workers leave SIGINT to the main process (which commits what it has) and die on SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the workers at once (the executor has no public way to)."""
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            worker.terminate()
