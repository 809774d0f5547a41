"""Loading articles: files in any encoding, stdin, front matter, saved HTML pages and URLs."""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.io.document import load, load_text, seed_path

from .conftest import SAMPLES, SEED, run_reader
from .html_page import news_page


@pytest.fixture(scope="module")
def seed():
    return load(SEED)


def seed_page(seed) -> str:
    paragraphs = [seed.body[p.start : p.end] for p in seed.paragraphs]
    return news_page(seed.meta.title, "2023-11-15", paragraphs)


def test_front_matter_gives_title_source_and_date(seed) -> None:
    assert seed.meta.title == "وفد روسي يزور كوريا الشمالية"
    assert seed.meta.source == "Euronews Arabic"
    assert seed.meta.published == dt.date(2023, 11, 15)
    assert not seed.body.startswith("---")
    assert seed.body.startswith("وحذر محللون")


def test_published_argument_wins_over_front_matter() -> None:
    article = load(SEED, published=dt.date(2020, 1, 2))
    assert article.meta.published == dt.date(2020, 1, 2)


def test_bundled_seed_is_package_data_and_the_sample(seed) -> None:
    assert load(seed_path()).body == seed.body
    assert seed_path().read_bytes() == SEED.read_bytes()


def test_windows_1256_copy_with_crlf_loads_to_the_same_body(seed) -> None:
    raw = (SAMPLES / "05_seed_windows-1256.txt").read_bytes()
    assert b"\r\n" in raw and raw.decode("cp1256")  # really a Windows-1256 file with CRLF
    copy = load(SAMPLES / "05_seed_windows-1256.txt")
    assert copy.body == seed.body
    assert copy.meta.title == seed.meta.title


def test_stdin_loads_to_the_same_body(seed) -> None:
    result = run_reader("export", "-", "--format", "json", stdin=SEED.read_bytes())
    assert result.code == 0, result.err
    import json

    assert json.loads(result.out)["body"] == seed.body


def test_saved_html_page_loads_to_the_same_body_with_its_metadata(seed, tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(seed_page(seed), encoding="utf-8")
    article = load(page)
    assert article.body == seed.body
    assert article.meta.title == seed.meta.title
    assert article.meta.published == dt.date(2023, 11, 15)
    assert "اقرأ أيضا" not in article.body and "الرئيسية" not in article.body


def test_html_page_without_an_article_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><div></div></body></html>")
    with pytest.raises(ReaderError, match="no article text"):
        load(page)


def test_control_characters_never_reach_the_body() -> None:
    article = load(SAMPLES / "04_control_characters.txt")
    for text in (article.body, article.meta.title):
        assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)
        assert "[2J" not in text and "pwned" not in text
    assert article.meta.title == "خبر يحمل رموز تحكم"


def test_offsets_index_the_body_for_every_sample() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        article = load(path)
        assert article.sentences, path
        for sentence in article.sentences:
            assert article.body[sentence.start : sentence.end] == sentence.text


def test_invalid_front_matter_is_a_clear_error() -> None:
    with pytest.raises(ReaderError, match="front matter is not valid YAML"):
        load_text("---\ntitle: [unclosed\n---\nنص")


class _PageHandler(http.server.BaseHTTPRequestHandler):
    page = b""

    def do_GET(self) -> None:
        if self.path.startswith("/news/"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(self.page)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def news_server(seed) -> Iterator[str]:
    _PageHandler.page = seed_page(seed).encode("utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_url_is_fetched_and_extracted(seed, news_server: str) -> None:
    article = load(f"{news_server}/news/seed")
    assert article.body == seed.body
    assert article.meta.published == dt.date(2023, 11, 15)


def test_url_answering_404_is_a_clear_error(news_server: str) -> None:
    with pytest.raises(ReaderError, match="answered 404"):
        load(f"{news_server}/missing")


def test_unreachable_url_is_a_clear_error() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ReaderError, match="cannot be reached"):
        load(f"http://127.0.0.1:{port}/news")
