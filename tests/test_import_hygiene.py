"""The headless parts must not drag Textual in: the engine and the exporters run
in scripts and servers where a TUI framework has no business being loaded."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEADLESS = [
    "readout_tui.model",
    "readout_tui.engine",
    "readout_tui.loading",
    "readout_tui.export",
    "readout_tui.palette",
    "readout_tui.samples",
    "readout_tui.readouts",
    "readout_tui.cli",
    "readout_tui.cache",
    "readout_tui.archive",
    "readout_tui.corpus_index",
    "readout_tui.writing",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_module_imports_without_textual(module: str) -> None:
    probe = f"import sys, {module}; print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"{module} imports {result.stdout.strip()}"
