"""The evaluation sets, scored in process with the evaluation's own scorer (../shared/eval/score.py).

- ``../shared/eval/real``: real news (BBC, CNN, France 24, Sky News Arabia, Al Arabiya) with gold
  timelines written by careful readers; the measure the events engine is judged by.
- ``../shared/eval/dev``: the development set (the seed and three more real articles).
- ``tests/regression``: 17 articles written for the project. Rules were later tuned on some of
  them, so they are a regression set, not evidence of how the reader does on news it has not seen.

Each article is analysed, exported with ``reader.exports.json_export.to_dict`` (what ``reader export
--format json`` prints) and scored by ``score_article`` and ``summarize``; a set (and the
scorer) absent from this checkout is skipped. The floors sit a little under the figures of the
last measurement: they guard against regressions, they are not targets. The regression set's
gold files are also checked against the rules they follow.
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
from reader.exports.json_export import to_dict
from reader.io.document import load
from reader.text.search import fold

REGRESSION = Path(__file__).resolve().parent / "regression"
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SCORER = SHARED_EVAL / "score.py"
SETS = {"real": SHARED_EVAL / "real", "dev": SHARED_EVAL / "dev", "regression": REGRESSION}
GOLD_FILES = sorted(REGRESSION.glob("[0-9][0-9].json"))
EVENT_TYPES = {"visit", "meeting", "statement", "accusation", "denial", "agreement", "warning", "attack", "measure"}
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4]|-(SP|SU|FA|WI))?|\d{2,3}|PAST_REF|PRESENT_REF|FUTURE_REF")
DURATION = re.compile(r"P(\d+|X)[YMWD]|PT(\d+|X)[HM]")

# Floors under the figures of the last measurement (see README, "How well it does").
FLOORS = {
    "real": {"timex_f1": 0.96, "value_acc": 0.93, "event_f1": 0.81, "event_precision": 0.79, "date_acc": 0.86},
    "dev": {"timex_f1": 0.97, "value_acc": 0.98, "event_f1": 0.83, "event_precision": 0.83, "date_acc": 0.85},
    "regression": {"timex_f1": 0.98, "value_acc": 0.98, "event_f1": 0.86, "event_precision": 0.80, "date_acc": 0.85},
}


def _scorer() -> ModuleType:
    if not SCORER.is_file():
        pytest.skip(f"no scorer at {SCORER}")
    spec = importlib.util.spec_from_file_location("eval_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


_FIGURES: dict[str, dict[str, float]] = {}
# Who acts, on the events matched as the scorer matches them (its type, the gold sentence): the share
# of gold actors the reader names, in full or in part (its words among the gold's, or the gold's among
# its own: الحكومة اليمنية for الحكومة اليمنية المعترف بها). The scorer does not weigh actors; an
# archive's actor filter does. Floors under the figures of the last measurement (README).
ACTOR_FLOORS = {"real": 0.69, "dev": 0.72, "regression": 0.74}
_ACTORS: dict[str, tuple[int, int]] = {}


def figures(name: str) -> dict[str, float]:
    """The scorer's summary of one set (computed once per session)."""
    if name not in _FIGURES:
        score = _scorer()
        folder = SETS[name]
        if not folder.is_dir():
            pytest.skip(f"no evaluation set at {folder}")
        rows = []
        for gold_path in sorted(folder.glob("[0-9][0-9].json")):
            gold = _gold(gold_path)
            published = dt.date.fromisoformat(gold["published"][:10])
            analysis = analyse(load(str(folder / gold["file"]), published), published)
            rows.append(score.score_article(gold, to_dict(analysis)))
        _FIGURES[name] = score.summarize(rows)
    return _FIGURES[name]


def _actor_words(actor: str) -> set[str]:
    """An actor's words, folded (alef, ta marbuta, ya, harakat), without و or the article in front."""
    words = re.sub(r"[^\w ]", " ", fold(actor)).split()
    return {w.removeprefix("و").removeprefix("ال") if len(w) > 3 else w for w in words}


def actors_named(name: str) -> tuple[int, int]:
    """How many gold actors of one set the reader names in full or in part, and how many there are,
    on the events matched one to one by type and gold sentence (computed once per session)."""
    if name not in _ACTORS:
        folder = SETS[name]
        if not folder.is_dir():
            pytest.skip(f"no evaluation set at {folder}")
        agree = total = 0
        for gold_path in sorted(folder.glob("[0-9][0-9].json")):
            gold = _gold(gold_path)
            published = dt.date.fromisoformat(gold["published"][:10])
            out = to_dict(analyse(load(str(folder / gold["file"]), published), published))
            texts = {s["id"]: s["text"] for s in out["sentences"]}
            used: set[int] = set()
            for event in gold["events"]:
                cited = event["sentence_contains"]
                found = [
                    j
                    for j, e in enumerate(out["events"])
                    if j not in used and e["type"] == event["type"] and cited in texts[e["sentence"]]
                ]
                if not found:
                    continue
                used.add(found[0])
                if not event.get("actor"):
                    continue
                total += 1
                named, wanted = _actor_words(out["events"][found[0]]["actor"] or ""), _actor_words(event["actor"])
                agree += bool(named) and (named <= wanted or wanted <= named)
        _ACTORS[name] = (agree, total)
    return _ACTORS[name]


@pytest.mark.parametrize("name", sorted(ACTOR_FLOORS))
def test_actors_named_stay_above_their_floors(name: str) -> None:
    agree, total = actors_named(name)
    assert total > 0
    assert agree / total >= ACTOR_FLOORS[name], f"{name}: actors named {agree}/{total} = {agree / total:.3f}"


def test_the_regression_set_has_its_articles() -> None:
    assert len(GOLD_FILES) >= 8
    for gold_path in GOLD_FILES:
        assert (REGRESSION / _gold(gold_path)["file"]).name.startswith(gold_path.stem + "_")


@pytest.mark.parametrize(("name", "metric"), [(n, m) for n, floors in FLOORS.items() for m in sorted(floors)])
def test_figures_stay_above_their_floors(name: str, metric: str) -> None:
    value = figures(name)[metric]
    assert value >= FLOORS[name][metric], f"{name}: {metric} = {value:.3f} < {FLOORS[name][metric]}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_follows_the_annotation_rules(gold_path: Path) -> None:
    gold = _gold(gold_path)
    article = REGRESSION / gold["file"]
    text = article.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, _, body = text[4:].partition("\n---\n")
    assert f"published: {gold['published']}" in head.splitlines()
    dt.date.fromisoformat(gold["published"])
    texts = set()
    for timex in gold["timexes"]:
        assert body.count(timex["text"]) >= timex["occurrence"] >= 1, timex["text"]
        duration = timex["kind"] == "duration"
        assert (DURATION if duration else VALUE).fullmatch(timex["value"]), timex
        assert timex["granularity"] in {
            "day",
            "week",
            "month",
            "quarter",
            "season",
            "year",
            "decade",
            "century",
            "vague",
            "duration",
        }
        assert (timex["granularity"] == "vague") == (timex["kind"] == "vague")
        assert (timex["granularity"] == "duration") == duration
        texts.add(timex["text"])
    for event in gold["events"]:
        assert event["type"] in EVENT_TYPES
        assert body.count(event["sentence_contains"]) == 1, event["sentence_contains"]
        assert (event["date"] is None) == (event["timex"] is None)
        if event["timex"] is not None:
            assert event["timex"] in texts and VALUE.fullmatch(event["date"])
