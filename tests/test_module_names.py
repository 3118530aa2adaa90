"""A module binds each of its top-level names once: a second binding silently
replaces the first for every function that reads it (two patterns named
`_LOWER_WORD` in one module once left the speech-verb scan reading the wrong one)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import readout_tui

SOURCES = sorted(Path(readout_tui.__file__).parent.rglob("*.py"))


def top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: str(path.relative_to(SOURCES[0].parents[1])))
def test_no_top_level_name_is_bound_twice(source: Path) -> None:
    names = top_level_names(ast.parse(source.read_text(encoding="utf-8")))
    # (loop variables of module-level set-up loops are bound by `for`, not counted here)
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("import re\n_WORD = re.compile('a')\ndef f(): pass\n_WORD = re.compile('b')\n")
    assert top_level_names(tree)["_WORD"] == 2
