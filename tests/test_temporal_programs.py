"""The date grammar's compiled regexes kept on disk: the same matches, used only for their own
source, rebuilt when a file is bad, and no error where nothing can be written."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.temporal import finder, grammar, prefilter, programs
from tests.conftest import REPO, SEED

SENTENCES = (
    "عاد الوفد إلى بلاده مساء الأحد بعد زيارة دامت يومين",
    "وكان الاجتماع الأول قد عقد في 4 شباط 2019، والثاني في الأسبوع التالي",
    "ومن المقرر أن يستأنف الطرفان المحادثات صباح الثلاثاء المقبل",
)


def _matches(pattern: prefilter.Finder, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("family", ["weekday", "date", "duration"])
def test_a_family_built_from_its_kept_programs_matches_as_compiled(regex_cache: Path, family: str) -> None:
    source = grammar.sources()[family]
    plain = grammar.pattern(family)
    guarded = grammar.guarded(family)
    kept = sorted(p.name for p in programs.folder().iterdir())
    assert kept == [f"{family}.bin", f"{family}.guarded{prefilter.PREFIX}.bin"]
    assert programs.folder().parent == regex_cache
    for cached in (grammar.pattern, grammar.guarded):
        cached.cache_clear()
    again, guarded_again = grammar.pattern(family), grammar.guarded(family)  # now built from the files
    assert again is not plain and guarded_again is not guarded
    for text in SENTENCES:
        expected = _matches(re.compile(source), text)
        assert _matches(again, text) == _matches(guarded_again, text) == expected, text


def test_programs_are_used_only_for_the_source_they_were_compiled_from(regex_cache: Path) -> None:
    old, new = r"(?<!\w)(?:أمس|اليوم)", r"(?<!\w)(?:أمس|اليوم|غدا)"
    programs.save("probe", old, prefilter.guarded_programs(old))
    assert programs.load("probe", old) == prefilter.guarded_programs(old)
    assert programs.load("probe", new) is None  # the grammar changed: compiled again
    built = programs.kept("probe", new, lambda: prefilter.guarded_programs(new), lambda s: prefilter.finder(s, new))
    assert [m.group() for m in built.finditer("غدا أو اليوم")] == ["غدا", "اليوم"]
    assert programs.load("probe", new) is not None and programs.load("probe", old) is None


def test_a_bad_file_is_compiled_again_and_replaced(regex_cache: Path) -> None:
    source = r"(?<!\w)(?:صباح|مساء) (?P<day>الأحد|الاثنين)"
    programs.save("probe", source, prefilter.guarded_programs(source))
    path = programs.folder() / "probe.bin"
    for bad in (b"", b"\x00not marshal", path.read_bytes()[:40]):
        path.write_bytes(bad)
        built = programs.kept(
            "probe", source, lambda: prefilter.guarded_programs(source), lambda s: prefilter.finder(s, source)
        )
        assert [m.group("day") for m in built.finditer("مساء الأحد ثم صباح الاثنين")] == ["الأحد", "الاثنين"]
        assert programs.load("probe", source) == prefilter.guarded_programs(source)  # written again


def test_a_program_the_engine_refuses_is_compiled_again(regex_cache: Path) -> None:
    source = r"(?<!\w)الخميس"
    flags, code, groups, names, index_names = prefilter.guarded_programs(source)[1][0]
    broken: programs.Stored = ("pattern", ((flags, [999_999, *code[1:]], groups, names, index_names),))
    programs.save("probe", source, broken)
    built = programs.kept(
        "probe", source, lambda: prefilter.guarded_programs(source), lambda s: prefilter.finder(s, source)
    )
    assert [m.span() for m in built.finditer("يوم الخميس")] == [(4, 10)]
    assert programs.load("probe", source) != broken


def test_a_family_whose_guarded_form_is_kept_runs_guarded_from_its_first_sentence(regex_cache: Path) -> None:
    plan = finder.GatePlan(finder._gate_plan().words, finder._gate_plan().families)
    assert plan.pattern("weekday") is grammar.pattern("weekday")  # nothing on disk: the plain form first
    grammar.guarded("weekday")  # compiled, and kept
    grammar.guarded_kept.cache_clear()
    fresh = finder.GatePlan(finder._gate_plan().words, finder._gate_plan().families)  # a later run
    assert fresh.pattern("weekday") is grammar.guarded("weekday")
    assert fresh.runs == {"weekday": finder.HOT_RUNS + 1}


def _export(cache: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, programs.CACHE_ENV: str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "reader", "export", str(SEED), "-o", str(out), "--force"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_reader_export_fills_the_cache_and_gives_the_same_timeline_from_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert _export(cache, first).returncode == 0
    kept = list(cache.glob("regex-*/*.bin"))
    assert kept, "nothing kept"
    assert _export(cache, second).returncode == 0
    assert json.loads(first.read_text(encoding="utf-8")) == json.loads(second.read_text(encoding="utf-8"))
    for path in kept:
        path.write_bytes(b"garbage")
    third = tmp_path / "third.json"
    assert _export(cache, third).returncode == 0
    assert json.loads(third.read_text(encoding="utf-8")) == json.loads(first.read_text(encoding="utf-8"))
    assert all(path.read_bytes() != b"garbage" for path in kept)


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = tmp_path / "out.json"
    run = _export(blocker / "cache", out)
    assert run.returncode == 0, run.stderr
    assert run.stderr == f"wrote {out}\n"  # no word of the cache
    assert json.loads(out.read_text(encoding="utf-8"))["events"]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_no_home_folder_means_no_cache_and_no_litter(tmp_path: Path) -> None:
    """A HOME that is no absolute path (and no cache folder named): nothing is kept, nothing is
    written into the working folder."""
    env = {k: v for k, v in os.environ.items() if k not in (programs.CACHE_ENV, "XDG_CACHE_HOME")}
    env["HOME"] = "relative-home"
    out = tmp_path / "out.json"
    run = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(SEED), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
