"""The reader's analysis in a child process: stopped at once when the reader quits, chunk by chunk.

A thread cannot be stopped, and Python waits for it at exit: an analysis running in one held
the terminal blank until it ended. Here the analysis (``reader.analysis.analyse_chunks``) runs
in a process of its own (``python -c``, this module's ``serve``), which loads its tables while
the reader paints, reads the article from a pipe, and writes back length-prefixed pickled
frames: the reference date, then each chunk's timexes and events, then ``done`` (or an error).
``AnalysisProcess.stop`` kills it; it also dies with the reader (``PR_SET_PDEATHSIG`` on Linux,
else when it next finds its parent gone). This module never imports Textual: the child loads
only the analysis.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reader.model import Article, ArticleMeta, Paragraph, Sentence

_LENGTH = struct.Struct("!Q")
Frame = tuple[Any, ...]  # ("reference", day, source), ("chunk", timexes, events, done), ("done",), ("error", line)
POLL_SECONDS = 0.05  # how often a waiting reader looks whether it was cancelled


class AnalysisError(Exception):
    """The analysis failed in the child process; the message is one line for the reader."""


def _request(article: Article, published: Any, size: int) -> bytes:
    """The article as the child needs it: the body once (sentences as spans of it)."""
    spans = [(s.id, s.paragraph, s.start, s.end) for s in article.sentences]
    paragraphs = [(p.id, p.start, p.end) for p in article.paragraphs]
    return pickle.dumps((article.meta, article.body, paragraphs, spans, published, size), protocol=5)


def _article(
    meta: ArticleMeta, body: str, paragraphs: list[tuple[int, int, int]], spans: list[tuple[int, int, int, int]]
) -> Article:
    return Article(
        meta,
        body,
        tuple(Paragraph(*p) for p in paragraphs),
        tuple(Sentence(i, paragraph, start, end, body[start:end]) for i, paragraph, start, end in spans),
    )


class AnalysisProcess:
    """One analysis in a child process. ``frames`` yields what it sends; ``stop`` ends it.

    With ``many`` the child stays for further articles (the list of articles counts their events
    with one child): each ``send_request(more=True)`` then ``frames`` until ``done``.
    """

    def __init__(self, article: Article, published: Any, size: int, many: bool = False) -> None:
        package_parent = str(Path(__file__).resolve().parents[2])  # the folder holding ``reader``
        code = (
            f"import sys; sys.path[0] = {package_parent!r}; "
            f"from reader.ui.analysis_process import serve; serve(many={many})"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=True,  # no terminal of its own: keys and signals from it are the reader's
        )
        self.work = (article, published, size)  # what send_request sends
        self._buffer = bytearray()

    def send_request(self, more: bool = False) -> None:
        """Write the article to the child (it reads it once its tables are loaded); ``more``: and
        keep the pipe open for another (a child started with ``many``)."""
        stdin = self.process.stdin
        assert stdin is not None
        request = _request(*self.work)
        try:
            stdin.write(_LENGTH.pack(len(request)))
            stdin.write(request)
            if more:
                stdin.flush()
            else:
                stdin.close()
        except (BrokenPipeError, ValueError, OSError):
            pass  # stopped meanwhile: frames() says so

    def frames(self, cancelled: Callable[[], bool]) -> Iterator[Frame]:
        """The child's frames as they come, until ``done``, an error or EOF; nothing more once
        ``cancelled()`` is true (looked at every ``POLL_SECONDS``)."""
        stdout = self.process.stdout
        assert stdout is not None
        fd = stdout.fileno()
        while not cancelled():
            frame = self._next_frame()
            if frame is not None:
                yield frame
                if frame[0] in ("done", "error"):
                    return
                continue
            ready, _, _ = select.select([fd], [], [], POLL_SECONDS)
            if not ready:
                continue
            data = os.read(fd, 1 << 20)
            if not data:
                code = self.process.wait()
                if cancelled() or code == -signal.SIGKILL:
                    return
                raise AnalysisError(f"the analysis process ended unexpectedly (exit status {code})")
            self._buffer += data

    def _next_frame(self) -> Frame | None:
        buffer = self._buffer
        if len(buffer) < _LENGTH.size:
            return None
        (length,) = _LENGTH.unpack_from(buffer)
        if len(buffer) < _LENGTH.size + length:
            return None
        frame: Frame = pickle.loads(buffer[_LENGTH.size : _LENGTH.size + length])
        del buffer[: _LENGTH.size + length]
        return frame

    def stop(self) -> None:
        """Kill the child (if it still runs) and reap it: no process is left behind."""
        process = self.process
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=2)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.close()

    def kill(self) -> None:
        """Kill the child now, from any thread (the thread reading it reaps it)."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()


# -- the child ------------------------------------------------------------------------------


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the reader goes (the reader may be killed itself)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _read_exactly(stream: BinaryIO, count: int) -> bytes:
    data = bytearray()
    while len(data) < count:
        piece = stream.read(count - len(data))
        if not piece:
            raise EOFError
        data += piece
    return bytes(data)


def serve(many: bool = False) -> None:
    """The child's main: load the tables, read the request, send the analysis chunk by chunk;
    with ``many``, the next request after that, until the pipe closes."""
    parent = os.getppid()
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from reader import analysis  # the tables load while the reader paints
    from reader.io.document import load_text

    analysis.analyse(load_text("وصل الوفد إلى القاهرة أمس الثلاثاء 14 نوفمبر 2023."))
    out = sys.stdout.buffer

    def send(frame: Frame) -> None:
        data = pickle.dumps(frame, protocol=5)
        out.write(_LENGTH.pack(len(data)) + data)
        out.flush()

    while _answer(send, parent) and many:
        pass


def _answer(send: Callable[[Frame], None], parent: int) -> bool:
    """Read one request and send its analysis; False when there was none or the reader is gone."""
    from reader import analysis, temporal
    from reader.errors import ReaderError

    try:
        (length,) = _LENGTH.unpack(_read_exactly(sys.stdin.buffer, _LENGTH.size))
        meta, body, paragraphs, spans, published, size = pickle.loads(_read_exactly(sys.stdin.buffer, length))
    except (EOFError, OSError):
        return False  # the reader went before sending anything (or sent all it had)
    article = _article(meta, body, paragraphs, spans)
    try:
        reference, source = temporal.reference_date(article, published)
        send(("reference", reference, source))
        done = 0
        chunks = analysis.sentence_chunks(article, size)  # the chunks analyse_chunks makes
        for part, sentences in zip(analysis.analyse_chunks(article, published, size), chunks, strict=True):
            if os.getppid() != parent:
                return False
            done += len(sentences)
            send(("chunk", part.timexes, part.events, done))
        send(("done",))
    except BrokenPipeError:
        return False
    except ReaderError as exc:
        send(("error", str(exc)))
    except Exception as exc:  # a bug of ours: one line for the reader
        send(("error", f"{type(exc).__name__}: {exc}"))
    return True
