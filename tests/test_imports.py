"""The package's shape: no import cycles, and the analysis layers never import Textual."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "reader"
ANALYSIS = (
    "reader.analysis",
    "reader.events",
    "reader.temporal",
    "reader.text",
    "reader.io.document",
    "reader.io.fileio",
    "reader.views.labels",
    "reader.views.timeline",
    "reader.exports.json_export",
    "reader.exports.markdown",
)


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """Module -> the reader modules it imports at module level (imports inside functions are lazy)."""
    modules = {_module(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                base = node.module
                if node.level:
                    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
                    for _ in range(node.level - 1):
                        package = package.rsplit(".", 1)[0]
                    base = f"{package}.{node.module}"
                # ``from package import module`` needs the module; ``from module import name`` the module
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def test_no_import_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_the_analysis_layers_never_import_textual() -> None:
    code = "import sys\n" + "".join(f"import {m}\n" for m in ANALYSIS)
    code += "from reader import analyse, load\nfrom reader.io.document import load_text\n"
    code += "analyse(load_text('قال الوزير إن الوفد وصل أمس.'))\n"
    code += "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
    code += "assert not bad, bad\n"
    subprocess.run([sys.executable, "-c", code], check=True)


def _top_level_names(source: str) -> list[str]:
    """The names a module's own statements bind at its top level, once per binding."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    # a word set read into a constant and, further down, another set under the same name: the rules
    # above read the second (ruff's F811 covers imports and functions only)
    twice = {}
    for path in sorted(ROOT.rglob("*.py")):
        names = _top_level_names(path.read_text(encoding="utf-8"))
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            twice[str(path.relative_to(ROOT.parent))] = repeated
    assert twice == {}


def test_a_name_bound_twice_is_seen() -> None:
    source = '_WORDS = frozenset({"a"})\n\n\ndef rule() -> bool:\n    return "a" in _WORDS\n\n\n_WORDS = frozenset()\n'
    assert _top_level_names(source) == ["_WORDS", "rule", "_WORDS"]
