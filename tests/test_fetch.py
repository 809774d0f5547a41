"""URLs against real local servers (127.0.0.1 only): a total deadline, the size limit, the
declared Content-Type and credentials that are never shown (issue 11)."""

from __future__ import annotations

import base64
import http.server
import json
import threading
import time

import pytest

from reader.errors import ReaderError
from reader.io.document import load
from reader.io.fetch import MAX_BYTES, fetch, redact

from .conftest import run_reader
from .html_page import news_page
from .local_http import answer, serve

PARAGRAPHS = [
    "قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة أمس إن المحادثات مع الوفد الزائر كانت مثمرة.",
    "وأضاف أن الاجتماع المقبل سيعقد الشهر المقبل لبحث الملفات العالقة بين البلدين.",
]
PAGE = news_page("وزير الخارجية يصف المحادثات بالمثمرة", "2023-11-15", PARAGRAPHS).encode("utf-8")
PASSWORD = "s3cr3t-pa55"


def trickle_body(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """Headers at once, then one byte of the promised 1000 every 0.5 s (at most 60 s)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    for _ in range(120):
        if stop.wait(0.5):
            return
        handler.wfile.write(b"a")
        handler.wfile.flush()


def trickle_headers(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """The status line and headers one byte every 0.5 s (at most 60 s)."""
    for byte in (b"HTTP/1.0 200 OK\r\n" + b"X-Slow: yes\r\n" * 10)[:120]:
        if stop.wait(0.5):
            return
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()


def endless(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """Text without a Content-Length, 1 MB a write, past the reader's limit (bounded)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.end_headers()
    chunk = ("خبر " * 131072).encode("utf-8")  # 1 MB
    for _ in range(MAX_BYTES // len(chunk) + 4):
        if stop.is_set():
            return
        handler.wfile.write(chunk)


def declared_huge(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", str(MAX_BYTES + 1))
    handler.end_headers()
    stop.wait(20)  # sends nothing: the header alone must be enough to refuse


def needs_password(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    expected = "Basic " + base64.b64encode(f"reporter:{PASSWORD}".encode()).decode()
    if handler.headers.get("Authorization") != expected:
        handler.send_error(401, "Unauthorized")
        return
    answer(PAGE, "text/html; charset=utf-8")(handler, stop)


def redirect_elsewhere(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    handler.send_response(302)
    handler.send_header("Location", "/echo-auth")
    handler.send_header("Content-Length", "0")
    handler.end_headers()


def echo_auth(handler: http.server.BaseHTTPRequestHandler, stop: threading.Event) -> None:
    said = "مع كلمة سر" if handler.headers.get("Authorization") else "بلا كلمة سر"
    answer(f"وصل الطلب {said} إلى الخادم أمس.".encode(), "text/plain; charset=utf-8")(handler, stop)


ROUTES = {
    "/trickle": trickle_body,
    "/trickle-headers": trickle_headers,
    "/endless": endless,
    "/declared-huge": declared_huge,
    "/news/42": answer(PAGE, "text/html; charset=utf-8"),
    "/story.html": answer("\n".join(PARAGRAPHS).encode(), "text/plain; charset=utf-8"),
    "/untyped.html": answer(PAGE, None),
    "/private/42": needs_password,
    "/redirect": redirect_elsewhere,
    "/echo-auth": echo_auth,
}


@pytest.fixture(scope="module")
def site():
    with serve(ROUTES) as base:
        yield base


def one_line(result) -> str:
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    assert result.err.startswith("reader: ") and len(result.err.splitlines()) == 1, result.err
    return result.err


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_trickling_server_meets_a_total_deadline(site: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(ReaderError, match=r"no complete answer within 1\.5 s"):
        fetch(site + path, deadline=1.5)
    assert time.monotonic() - started < 3


def test_the_cli_gives_up_on_a_trickle_after_10_s_in_one_line(site: str) -> None:
    started = time.monotonic()
    result = run_reader("export", f"{site}/trickle", timeout=60)
    elapsed = time.monotonic() - started
    assert result.code == 1 and result.out == ""
    assert one_line(result) == f"reader: {site}/trickle: no complete answer within 10 s\n"
    assert 9 < elapsed < 15, elapsed


def test_a_body_over_64_mb_is_refused_like_a_file(site: str) -> None:
    result = run_reader("export", f"{site}/endless")
    assert result.code == 1 and result.out == ""
    assert one_line(result) == f"reader: {site}/endless: larger than 64 MB, not an article\n"


def test_a_declared_length_over_the_limit_is_refused_before_reading(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(ReaderError, match="larger than 64 MB, not an article"):
        fetch(f"{site}/declared-huge")
    assert time.monotonic() - started < 2


def test_the_limit_applies_to_what_is_read(site: str) -> None:
    with pytest.raises(ReaderError, match="larger than"):
        fetch(f"{site}/news/42", max_bytes=100)
    assert fetch(f"{site}/news/42").data == PAGE


def test_an_html_page_is_read_as_a_page_whatever_its_url(site: str) -> None:
    article = load(f"{site}/news/42")
    assert article.meta.title == "وزير الخارجية يصف المحادثات بالمثمرة"
    assert article.body.split("\n") == PARAGRAPHS
    assert "<" not in article.body


def test_plain_text_is_text_even_at_an_html_url(site: str) -> None:
    assert load(f"{site}/story.html").body.split("\n") == PARAGRAPHS


def test_without_a_content_type_the_suffix_and_first_bytes_decide(site: str) -> None:
    assert load(f"{site}/untyped.html").body.split("\n") == PARAGRAPHS


def test_credentials_in_the_url_are_sent_and_never_shown(site: str) -> None:
    url = site.replace("http://", f"http://reporter:{PASSWORD}@") + "/private/42"
    result = run_reader("export", url)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["body"].split("\n") == PARAGRAPHS
    assert data["article"]["path"] == site.replace("http://", "http://reporter:***@") + "/private/42"
    assert PASSWORD not in result.out + result.err


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("{site}/private/42", "the server answered 401 Unauthorized"),
        ("http://127.0.0.1:1/news", "cannot be reached"),
        ("http://127.0.0.1:port/news", "not a valid URL"),
    ],
)
def test_failures_with_credentials_never_print_the_password(site: str, url: str, message: str) -> None:
    wrong = url.format(site=site).replace("http://", f"http://reporter:{PASSWORD}x@")
    for command in (["export", wrong], ["cat", wrong]):
        result = run_reader(*command)
        assert result.code == 1 and result.out == ""
        assert message in one_line(result) and PASSWORD not in result.err
        assert "reporter:***@" in result.err


def test_credentials_do_not_follow_a_redirect(site: str) -> None:
    url = site.replace("http://", f"http://reporter:{PASSWORD}@") + "/redirect"
    assert "بلا كلمة سر" in load(url).body


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pw@host/a", "http://user:***@host/a"),
        ("https://user@host/a", "https://user@host/a"),
        ("http://a:b:c@host:8080/x?q=1", "http://a:***@host:8080/x?q=1"),
        ("http://host/a@b:c", "http://host/a@b:c"),
        ("http://u:p@[::1/x", "http://u:***@[::1"),
    ],
)
def test_redact(url: str, shown: str) -> None:
    assert redact(url) == shown
