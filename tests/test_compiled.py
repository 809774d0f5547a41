"""The compiled event passes: built from the sources beside them, or the sources run instead.

``setup.py`` compiles the hot passes with mypyc when it can; ``reader.events.compiled`` imports
the sources instead when they changed since (or with ``READER_PURE``). These tests run the real
installed package in subprocesses, and a copy of it whose source was edited after the build.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.events import compiled

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

WHICH = (
    "import reader.events, reader.events.actors as a, reader.events.compiled as c;"
    "print(c.running(), a.__file__.rsplit('.', 1)[-1])"
)


def _run(code: str, env_extra: dict[str, str] | None = None, path: Path | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "READER_PURE"}
    env.update(env_extra or {})
    if path is not None:
        env["PYTHONPATH"] = str(path)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=path or ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_setup_compiles_the_modules_the_guard_watches() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    listed = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets)
    )
    assert tuple(listed) == compiled.COMPILED
    assert all((compiled.HERE / f"{name}.py").exists() for name in compiled.COMPILED)


def _copy_sources(folder: Path) -> None:
    for name in compiled.COMPILED:
        shutil.copy(compiled.HERE / f"{name}.py", folder / f"{name}.py")


def test_manifest_matches_only_the_sources_it_was_made_from(tmp_path: Path) -> None:
    _copy_sources(tmp_path)
    assert not compiled.current(tmp_path)  # no manifest: nothing to trust
    digests = {n: hashlib.sha256((tmp_path / f"{n}.py").read_bytes()).hexdigest() for n in compiled.COMPILED}
    (tmp_path / "compiled.json").write_text(json.dumps(digests), encoding="utf-8")
    assert compiled.current(tmp_path)
    with (tmp_path / "frames.py").open("a", encoding="utf-8") as source:
        source.write("\n# edited after the build\n")
    assert not compiled.current(tmp_path)
    (tmp_path / "compiled.json").write_text("not json", encoding="utf-8")
    assert not compiled.current(tmp_path)


def test_built_needs_every_compiled_module(tmp_path: Path) -> None:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    for name in compiled.COMPILED[:-1]:
        (tmp_path / f"{name}{suffix}").write_bytes(b"")
    assert not compiled.built(tmp_path)
    (tmp_path / f"{compiled.COMPILED[-1]}{suffix}").write_bytes(b"")
    assert compiled.built(tmp_path)


def test_the_installed_package_runs_what_its_state_says() -> None:
    expected = "compiled so" if compiled.built() and compiled.current() else "source py"
    assert _run(WHICH) == expected
    assert _run(WHICH, {"READER_PURE": "1"}) == "source py"


@pytest.mark.skipif(not compiled.built(), reason="the passes were not compiled at install (no mypyc or C compiler)")
def test_compiled_and_source_passes_give_the_same_export() -> None:
    export = f"import sys; from reader.cli import main; sys.exit(main(['export', {str(SAMPLES)!r}]))"
    compiled_out = _run(export)
    source_out = _run(export, {"READER_PURE": "1"})
    assert sum(len(json.loads(line)["events"]) for line in compiled_out.splitlines()) >= 10
    assert compiled_out == source_out


@pytest.mark.skipif(not compiled.built(), reason="the passes were not compiled at install (no mypyc or C compiler)")
def test_a_source_edited_after_the_build_runs_as_written(tmp_path: Path) -> None:
    # a copy of the installed package and of mypyc's shared library beside it
    package = Path(compiled.__file__).resolve().parents[1]
    shutil.copytree(package, tmp_path / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    for shared in package.parent.glob("*__mypyc*"):
        shutil.copy(shared, tmp_path / shared.name)
    assert _run(WHICH, path=tmp_path) == ("compiled so" if compiled.current() else "source py")
    actors = tmp_path / "reader" / "events" / "actors.py"
    actors.write_text(actors.read_text(encoding="utf-8") + "\nEDITED_AFTER_BUILD = True\n", encoding="utf-8")
    assert _run(WHICH, path=tmp_path) == "source py"
    assert _run(WHICH + ";print(a.EDITED_AFTER_BUILD)", path=tmp_path).endswith("True")
