"""The local Dask cluster's fork server as a fork of the client, not a fresh interpreter.

``multiprocessing`` starts its fork server as a new Python process that imports the preload
(``reader.archive.warm``: distributed, pyarrow, the analysis) from nothing, while the client
imports distributed too: two imports of distributed (0.3-0.4 s of CPU each) before a worker
exists. ``start`` imports distributed here first, then forks this process and runs
``multiprocessing.forkserver.main`` in the child, which inherits distributed and imports the rest
of the preload; the client goes on as before and its workers fork from that server as from the
other. It forks only while this process has one thread (a lock held by another thread at the fork
would stay held in the child) and only a ``ForkServer`` whose private state it knows (CPython
3.11's; one with an authentication key, as newer versions have, is not); otherwise ``start``
returns False and ``multiprocessing`` starts the server its own way.
"""

from __future__ import annotations

import functools
import os
import socket
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

_STATE = ("_lock", "_forkserver_address", "_forkserver_alive_fd", "_forkserver_pid", "_preload_modules")


def alone() -> bool:
    """Whether this process runs one thread (Linux: its ``/proc/self/task`` entries; ``threading``
    does not see threads started in C, such as a BLAS library's)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def start(preload: Sequence[str]) -> bool:
    """Start the fork server as a fork of this process, ``preload`` imported in it, distributed
    before the fork; False (nothing started) where that is not safe or not known to work."""
    from multiprocessing import connection, forkserver, resource_tracker, util

    from reader.archive.fastyaml import import_distributed

    server: Any = getattr(forkserver, "_forkserver", None)  # the module's one ForkServer (private)
    if sys.platform != "linux" or not all(hasattr(server, name) for name in _STATE):
        return False
    if hasattr(server, "_forkserver_authkey") or server._forkserver_pid is not None:
        return False  # a newer protocol, or a server already there: multiprocessing's own way
    import_distributed()
    if not alone():
        return False
    sys.stdout.flush()  # nothing buffered here to be written again by a child
    sys.stderr.flush()
    with server._lock:
        if not _fork_tracker():
            resource_tracker.ensure_running()  # a new interpreter, as multiprocessing starts it
        address = getattr(connection, "arbitrary_address")("AF_UNIX")  # noqa: B009  (private, untyped)
        with socket.socket(socket.AF_UNIX) as listener:
            listener.bind(address)
            if not util.is_abstract_socket_namespace(address):
                os.chmod(address, 0o600)
            listener.listen()
            alive_r, alive_w = os.pipe()  # the server ends when its read end sees this process gone
            pid = os.fork()
            if pid == 0:  # the child: never returns into the caller
                _child(functools.partial(forkserver.main, preload=list(preload)), listener.fileno(), alive_r)
            os.close(alive_r)
        server._forkserver_address = address
        server._forkserver_alive_fd = alive_w
        server._forkserver_pid = pid
    return True


def _fork_tracker() -> bool:
    """Start ``multiprocessing``'s resource tracker (the workers report to it) as a fork of this
    process, not a new interpreter (0.08-0.1 s of CPU as the fork server starts); False where its
    state is not the one known or it runs already."""
    import signal
    from multiprocessing import resource_tracker

    tracker: Any = getattr(resource_tracker, "_resource_tracker", None)
    if not all(hasattr(tracker, name) for name in ("_lock", "_fd", "_pid")) or tracker._fd is not None:
        return False
    blocked = {signal.SIGINT, signal.SIGTERM}  # as multiprocessing: none before its handlers are set
    with tracker._lock:
        r, w = os.pipe()
        signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
        try:
            pid = os.fork()
            if pid == 0:
                _child(resource_tracker.main, r)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)
        os.close(r)
        tracker._fd, tracker._pid = w, pid
    return True


def _child(run: Callable[..., object], *fds: int) -> NoReturn:
    """A forked child's life: every descriptor but the standard ones and ``fds`` closed (as
    ``multiprocessing`` passes them to a new interpreter), ``run(*fds)``, then out, never back
    into the caller's code."""
    code = 1
    try:
        start = 3
        for fd in sorted(fds):
            os.closerange(start, fd)
            start = fd + 1
        os.closerange(start, os.sysconf("SC_OPEN_MAX"))
        run(*fds)
        code = 0
    except SystemExit:  # the way a fork server ends, its client gone
        code = 0
    except BaseException:  # whatever happens, never back into the caller's code
        code = 1
    finally:
        os._exit(code)
