"""FriBidi agreement: ``reader cat`` output checked line by line by ../shared/tools/bidi-oracle."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.commands.cat import paragraphs, render
from reader.io.document import load
from reader.rtl import LayoutOptions, Paragraph

from .conftest import SAMPLES, SEED, run_reader, shared_or_skip

WIDTHS = (40, 63, 80, 120)
ARTICLES = 200
NO_SHAPE = {mode: LayoutOptions(bidi=mode, shape=False) for mode in ("visual", "terminal")}
ALL_MODES = [*NO_SHAPE.values(), LayoutOptions(), LayoutOptions(harakat=False)]


@pytest.fixture(scope="module")
def oracle() -> Path:
    tool = shared_or_skip("tools", "bidi-oracle")
    if shutil.which("fribidi") is None:
        pytest.skip("fribidi is not installed (Debian package libfribidi-bin)")
    return tool


@pytest.fixture(scope="module")
def bench_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 200 articles of ../shared/bench/ant-news.txt in one file."""
    source = shared_or_skip("bench", "ant-news.txt")
    articles = source.read_text(encoding="utf-8").split("\n\n")[:ARTICLES]
    path = tmp_path_factory.mktemp("bench") / "ant-news-200.txt"
    path.write_text("\n\n".join(articles) + "\n", encoding="utf-8")
    return path


def sources() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def check(oracle: Path, logical: list[str], visual: list[str], width: int, folder: Path) -> str:
    (folder / "logical.txt").write_text("\n".join(logical) + "\n", encoding="utf-8")
    (folder / "visual.txt").write_text("\n".join(visual) + "\n", encoding="utf-8")
    result = subprocess.run(
        [str(oracle), str(folder / "logical.txt"), str(folder / "visual.txt"), str(width)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip().splitlines()[-1]


def agree(oracle: Path, source: Path, folder: Path) -> None:
    article = load(source)
    for width in WIDTHS:
        logical = list(render(article, width, NO_SHAPE["terminal"]))
        visual = list(render(article, width, NO_SHAPE["visual"]))
        summary = check(oracle, logical, visual, width, folder)
        assert f"; 0 wider than {width}" in summary
        for options in ALL_MODES:
            assert all(cell_len(line) <= width for line in render(article, width, options))


@pytest.mark.parametrize("source", sources(), ids=lambda p: p.name)
def test_samples_agree_with_fribidi(oracle: Path, source: Path, tmp_path: Path) -> None:
    agree(oracle, source, tmp_path)


def test_first_200_bench_articles_agree_with_fribidi(oracle: Path, bench_articles: Path, tmp_path: Path) -> None:
    agree(oracle, bench_articles, tmp_path)


def shaped_lines(source: Path, width: int, options: LayoutOptions) -> tuple[list[str], list[str]]:
    """Logical lines (the text each shaped line shows, composed, controls left out) and the shaped lines."""
    logical: list[str] = []
    visual: list[str] = []
    for index, (text, _) in enumerate(paragraphs(load(source))):
        if index:
            logical.append("")
            visual.append("")
        for line in Paragraph(text, options).lines(width):
            span = unicodedata.normalize("NFC", text[line.start : line.end])  # as terminal mode prints it
            logical.append("".join(c for c in span if unicodedata.category(c) != "Cc"))
            visual.append(line.padded(width))
    return logical, visual


@pytest.mark.parametrize("width", WIDTHS)
def test_shaped_lines_agree_with_fribidi_given_their_own_wrapping(
    oracle: Path, bench_articles: Path, width: int, tmp_path: Path
) -> None:
    # shaped lines wrap differently (lam-alef takes one cell): compare each with its own logical text
    for source in [SEED, SAMPLES / "02_full_diacritics.txt", bench_articles]:
        logical, visual = shaped_lines(source, width, LayoutOptions())
        check(oracle, logical, visual, width, tmp_path)


def test_cli_output_agrees_with_fribidi(oracle: Path, tmp_path: Path) -> None:
    logical = run_reader("cat", str(SEED), "--width", "63", "--bidi", "terminal", "--no-shape")
    visual = run_reader("cat", str(SEED), "--width", "63", "--bidi", "visual", "--no-shape")
    assert logical.code == visual.code == 0
    summary = check(oracle, logical.out.splitlines(), visual.out.splitlines(), 63, tmp_path)
    assert summary.endswith("lines agree with FriBidi; 0 wider than 63")
