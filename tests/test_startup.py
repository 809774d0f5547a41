"""Start-up: what the reader imports (in a fresh interpreter) for --help, normalisation and export.

Timing itself is a benchmark (bench/bench_startup_cli.py); these tests pin the imports that
made it slow: camel-tools (0.6 s, replaced by a shipped table) and, for ``--help``, the layout
engine, the analysis and the third-party libraries a command only needs when it runs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "samples" / "00_seed_russia-north-korea.txt"

HEAVY = (
    "camel_tools",
    "textual",
    "rich",
    "dateparser",
    "yaml",
    "trafilatura",
    "charset_normalizer",
    "concurrent.futures.process",
    "reader.analysis",
    "reader.io.document",
    "reader.rtl",
    "reader.temporal",
    "reader.events",
)


def loaded_after(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it must print a JSON object (``sys.modules`` is ``mods``)."""
    prelude = "import json, sys\nmods = lambda: sorted(sys.modules)\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_normalize_does_not_import_camel_tools() -> None:
    out = loaded_after(
        "import reader.text.arabic\n"
        "assert reader.text.arabic.normalize('أَحْمَدُ') == 'احمد'\n"
        "print(json.dumps({'mods': mods()}))\n"
    )
    assert "camel_tools" not in out["mods"]
    assert not [name for name in out["mods"] if name.startswith("camel_tools.")]


def test_search_does_not_import_camel_tools() -> None:
    out = loaded_after(
        "from reader.text.search import SearchIndex\n"
        "assert SearchIndex('قالَ المدرسة').find('مدرسه')\n"
        "print(json.dumps({'mods': mods()}))\n"
    )
    assert "camel_tools" not in out["mods"]


def test_export_does_not_import_camel_tools() -> None:
    out = loaded_after(
        "import contextlib, io\n"
        "from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as text:\n"
        f"    status = main(['export', {str(SEED)!r}, '--format', 'json'])\n"
        "import reader.text.arabic\n"
        "print(json.dumps({'status': status, 'mods': mods(), 'json': text.getvalue()[:1],\n"
        "                  'normalised': reader.text.arabic._table.cache_info().currsize}))\n"
    )
    assert out["normalised"] == 1  # the analysis did normalise (with the shipped table)
    assert "camel_tools" not in out["mods"]
    assert (out["status"], out["json"]) == (0, "{")


def test_help_imports_nothing_heavy() -> None:
    out = loaded_after(
        "import contextlib, io\n"
        "from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as text:\n"
        "    try:\n"
        "        main(['--help'])\n"
        "    except SystemExit as exc:\n"
        "        status = exc.code\n"
        "print(json.dumps({'status': status, 'mods': mods(), 'help': text.getvalue()}))\n"
    )
    assert out["status"] == 0
    assert all(command in out["help"] for command in ("open", "export", "cat", "timeline"))
    heavy = [name for name in out["mods"] if any(name == h or name.startswith(h + ".") for h in HEAVY)]
    assert not heavy, f"`reader --help` imports {heavy}"


def test_parser_constants_agree_with_the_layout_engine() -> None:
    """commands.common repeats reader.rtl's names so that building the parser does not load it."""
    from reader import rtl
    from reader.commands import common

    assert (common.BIDI_ENV, common.BIDI_MODES) == (rtl.BIDI_ENV, rtl.BIDI_MODES)
