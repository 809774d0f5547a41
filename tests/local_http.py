"""A real HTTP server on 127.0.0.1 for the tests that fetch URLs: routes are functions of the handler."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Callable, Iterator

Route = Callable[[http.server.BaseHTTPRequestHandler, threading.Event], None]


@contextlib.contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """Serve ``routes`` (path -> function writing the answer) on 127.0.0.1; yields the base URL.

    Handlers get an event set when the server stops, so that a slow answer ends with the test.
    """
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404, "Not Found")
                return
            with contextlib.suppress(OSError):
                route(self, stop)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def answer(body: bytes, content_type: str | None = "text/plain; charset=utf-8", status: int = 200) -> Route:
    """A route answering ``body`` with a Content-Length and ``content_type`` (None: no header)."""

    def route(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route
