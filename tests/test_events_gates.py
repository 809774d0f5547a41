"""The rules of classify that run only when a sentence holds some word of the lists they read (the
``held`` gates): every list such a rule reads is in its gate, or the rule would silently not run."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.events import classify

LIST_READ = re.compile(r"""lex\.(?:has|members|any_of)\(\s*"(\w+)\"""")

GATED = [  # a rule, the lists of its gate, and lists it reads only to keep itself from firing
    (classify._habitual, classify._HABIT_LISTS, classify._HABIT_STOPS),
    (classify._instruments, classify._INSTRUMENT_LISTS, frozenset()),
    (classify._by_decision, classify._DECISION_LISTS, frozenset({"complementizers"})),
]


def _source(rule: Callable[..., Any]) -> str:
    """The rule's source, read from classify.py (the compiled module keeps no source to inspect)."""
    path = Path(classify.__file__).with_name("classify.py")
    text = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef) and node.name == rule.__name__:
            return ast.get_source_segment(text, node) or ""
    raise AssertionError(f"{rule.__name__} is not defined in {path}")


def test_every_list_a_gated_rule_reads_is_in_its_gate() -> None:
    for rule, gate, stops in GATED:
        read = set(LIST_READ.findall(_source(rule)))
        assert read & gate, rule.__name__  # the pattern still finds the rule's reads
        assert read <= gate | stops, (rule.__name__, sorted(read - gate - stops))


def test_the_gate_check_sees_a_list_missing_from_a_gate() -> None:
    source = 'def rule(lex):\n    return lex.has("habitual_words", w) or lex.has("some_new_list", w)\n'
    assert set(LIST_READ.findall(source)) - classify._HABIT_LISTS == {"some_new_list"}


def test_every_proposal_stem_holds_the_letters_its_gate_looks_for() -> None:
    # the proposal rule runs only in a sentence that holds PROPOSAL_GATE: a stem without it would
    # silently never be read
    assert classify._PROPOSING
    assert all(classify.PROPOSAL_GATE in stem for stem in classify._PROPOSING)
