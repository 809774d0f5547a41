"""Fetching an article over http(s): a total deadline, a size limit, the declared type, credentials.

- ``DEADLINE_SECONDS`` bounds the whole exchange (connection, redirects, headers and body), not
  each read: a watchdog shuts the connection down when it runs out, so a server trickling a byte
  at a time cannot hold the reader.
- A body larger than ``MAX_BYTES`` (said by Content-Length or found while reading) is refused in
  one line, like a file of that size.
- The Content-Type is returned: ``text/html`` and ``application/xhtml+xml`` are pages,
  ``text/plain`` is text, whatever the URL ends with.
- ``user:password@`` in a URL is sent as HTTP basic authentication (to that host only, not to a
  redirect's) and never shown: messages and the article's path name the URL without the password.
"""

from __future__ import annotations

import base64
import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from reader.errors import ReaderError

if TYPE_CHECKING:
    import ssl

DEADLINE_SECONDS = 10.0
MAX_BYTES = 64 * 1024 * 1024
CHUNK = 64 * 1024
USER_AGENT = "reader/0.1 (Arabic news reader)"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Fetched:
    """A fetched body and what the server said it is (the media type, lower case, or None)."""

    data: bytes
    media_type: str | None

    @property
    def is_html(self) -> bool | None:
        """True for a page, False for plain text, None when the server did not say."""
        if self.media_type in HTML_TYPES:
            return True
        if self.media_type == "text/plain":
            return False
        return None


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def redact(url: str) -> str:
    """The URL as it may be shown: a password in it replaced by ``***``."""
    scheme, netloc, path, query, fragment = _split(url)
    userinfo, at, host = netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return urlunsplit((scheme, f"{user}:***@{host}", path, query, fragment))


def _split(url: str) -> tuple[str, str, str, str, str]:
    try:
        return tuple(urlsplit(url))  # type: ignore[return-value]
    except ValueError:  # an unbalanced [ in the host: show the text before the host part
        scheme, _, rest = url.partition("://")
        return scheme, rest.split("/", 1)[0], "", "", ""


def split_credentials(url: str) -> tuple[str, str | None]:
    """The URL without ``user:password@`` and the Authorization header value they make (or None).

    ValueError for a URL without a host or with a bad port.
    """
    parts = urlsplit(url)
    if not parts.hostname:
        raise ValueError("no host")
    parts.port  # noqa: B018 - raises ValueError for a port that is not a number from 0 to 65535
    scheme, netloc, path, query, fragment = parts
    userinfo, at, host = netloc.rpartition("@")
    if not at:
        return url, None
    user, _, password = userinfo.partition(":")
    token = base64.b64encode(f"{unquote(user)}:{unquote(password)}".encode()).decode("ascii")
    return urlunsplit((scheme, host, path, query, fragment)), f"Basic {token}"


@dataclass
class Watchdog:
    """Shuts down every connection it was given when the deadline passes."""

    deadline: float
    expired: bool = False
    sockets: list[Any] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def over(self) -> bool:
        """Has the deadline passed (whether or not the timer has fired yet)?"""
        return self.expired or self.remaining() <= 0

    def watch(self, sock: Any) -> None:
        with self.lock:
            self.sockets.append(sock)
            if self.expired:
                _shutdown(sock)

    def fire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                _shutdown(sock)


def _shutdown(sock: Any) -> None:
    import socket

    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _opener(watchdog: Watchdog) -> Any:
    """A urllib opener whose connections the watchdog can cut, with a per-step timeout."""
    import http.client
    import urllib.request

    def watched(connection: http.client.HTTPConnection, connect: Callable[[], None]) -> None:
        connection.timeout = max(0.01, watchdog.remaining())
        connect()
        watchdog.watch(connection.sock)

    class HTTPConnection(http.client.HTTPConnection):
        def connect(self) -> None:
            watched(self, super().connect)

    class HTTPSConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            watched(self, super().connect)  # the socket watched is the TLS one

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(HTTPConnection, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        _context: ssl.SSLContext | None  # set by urllib.request.HTTPSHandler.__init__ (not in its stubs)

        def https_open(self, req: Any) -> Any:
            return self.do_open(HTTPSConnection, req, context=self._context)

    return urllib.request.build_opener(HTTPHandler, HTTPSHandler)


def fetch(url: str, deadline: float = DEADLINE_SECONDS, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET ``url`` within ``deadline`` seconds in all; any failure is a one-line ReaderError."""
    name = redact(url)
    watchdog = Watchdog(time.monotonic() + deadline)
    timer = threading.Timer(deadline, watchdog.fire)
    timer.daemon = True
    timer.start()
    try:
        return _get(url, name, watchdog, max_bytes)
    except ReaderError:
        raise
    except Exception as exc:  # every other way a download fails, said in one line
        if watchdog.over():
            raise ReaderError(f"{name}: no complete answer within {deadline:g} s") from None
        raise ReaderError(f"{name}: cannot be fetched ({_reason(exc)})") from None
    finally:
        timer.cancel()


def _reason(exc: Exception) -> str:
    """A short reason for a failed download (never the URL: it may hold a password)."""
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        return f"the server answered {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return f"cannot be reached: {exc.reason}"
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if text != type(exc).__name__ else text


def _get(url: str, name: str, watchdog: Watchdog, max_bytes: int) -> Fetched:
    import urllib.error
    import urllib.request

    try:
        bare, authorization = split_credentials(url)
    except ValueError as exc:
        raise ReaderError(f"{name}: not a valid URL ({exc})") from None
    request = urllib.request.Request(bare, headers={"User-Agent": USER_AGENT})
    if authorization:
        request.add_unredirected_header("Authorization", authorization)
    try:
        response = _opener(watchdog).open(request, timeout=max(0.01, watchdog.remaining()))
    except urllib.error.HTTPError as exc:
        exc.close()
        if watchdog.over():
            raise
        raise ReaderError(f"{name}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if watchdog.over():
            raise
        raise ReaderError(f"{name}: cannot be reached ({exc.reason})") from None
    with response:
        _check_length(response.headers.get("Content-Length"), name, max_bytes)
        data = _read(response, name, watchdog, max_bytes)
        media_type = response.headers.get_content_type() if response.headers.get("Content-Type") else None
    return Fetched(data, media_type)


def _check_length(header: str | None, name: str, max_bytes: int) -> None:
    if header and header.strip().isdigit() and int(header) > max_bytes:
        raise ReaderError(f"{name}: larger than {max_bytes // (1024 * 1024)} MB, not an article")


def _read(response: Any, name: str, watchdog: Watchdog, max_bytes: int) -> bytes:
    """The body, read a chunk at a time until the end, the size limit or the deadline."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if watchdog.over():
            raise TimeoutError("deadline")
        chunk = response.read1(CHUNK)
        if not chunk:
            if watchdog.over():
                raise TimeoutError("deadline")
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ReaderError(f"{name}: larger than {max_bytes // (1024 * 1024)} MB, not an article")
        chunks.append(chunk)
