"""The held-out evaluation set (tests/heldout), scored with the evaluation's own scorer.

Each article is analysed in process, exported with ``reader.export_json.to_dict`` (what
``reader export --format json`` prints) and compared with its gold by ``score_article`` and
``summarize`` of ../shared/eval/score.py, loaded with importlib; skipped where that file is absent.
The floors sit a little under the figures reached when they were set: they guard against
regressions, they are not targets. The gold files are also checked against the rules they follow.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reader import analyse
from reader.document import load
from reader.export_json import to_dict

HELDOUT = Path(__file__).resolve().parent / "heldout"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
GOLD_FILES = sorted(HELDOUT.glob("[0-9][0-9].json"))
EVENT_TYPES = {"visit", "meeting", "statement", "accusation", "denial", "agreement", "warning", "attack", "measure"}
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?|PAST_REF|PRESENT_REF|FUTURE_REF")

# Figures when the floors were set (articles 20-36, events code of commit 7da14d8 and after):
# timex_f1 0.990, strict 0.977, value_acc 0.991, event_f1 0.866, core_f1 0.850, date_acc 0.962.
FLOORS = {
    "timex_f1": 0.97,
    "timex_strict_f1": 0.96,
    "value_acc": 0.97,
    "event_f1": 0.84,
    "core_f1": 0.82,
    "date_acc": 0.94,
}


def _scorer() -> ModuleType:
    if not SCORER.is_file():
        pytest.skip(f"no scorer at {SCORER}")
    spec = importlib.util.spec_from_file_location("heldout_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    score = _scorer()
    rows = []
    for gold_path in GOLD_FILES:
        gold = _gold(gold_path)
        published = dt.date.fromisoformat(gold["published"])
        analysis = analyse(load(str(HELDOUT / gold["file"]), published), published)
        rows.append(score.score_article(gold, to_dict(analysis)))
    return score.summarize(rows)


def test_the_set_has_its_articles() -> None:
    assert len(GOLD_FILES) >= 8
    for gold_path in GOLD_FILES:
        assert (HELDOUT / _gold(gold_path)["file"]).name.startswith(gold_path.stem + "_")


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_held_out_figures_stay_above_their_floors(figures: dict[str, float], metric: str) -> None:
    assert figures[metric] >= FLOORS[metric], f"{metric} = {figures[metric]:.3f} < {FLOORS[metric]}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_follows_the_annotation_rules(gold_path: Path) -> None:
    gold = _gold(gold_path)
    article = HELDOUT / gold["file"]
    text = article.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, _, body = text[4:].partition("\n---\n")
    assert f"published: {gold['published']}" in head.splitlines()
    dt.date.fromisoformat(gold["published"])
    texts = set()
    for timex in gold["timexes"]:
        assert body.count(timex["text"]) >= timex["occurrence"] >= 1, timex["text"]
        assert VALUE.fullmatch(timex["value"]), timex
        assert timex["granularity"] in {"day", "week", "month", "year", "vague"}
        assert (timex["granularity"] == "vague") == (timex["kind"] == "vague")
        texts.add(timex["text"])
    for event in gold["events"]:
        assert event["type"] in EVENT_TYPES
        assert body.count(event["sentence_contains"]) == 1, event["sentence_contains"]
        assert (event["date"] is None) == (event["timex"] is None)
        if event["timex"] is not None:
            assert event["timex"] in texts and VALUE.fullmatch(event["date"])
