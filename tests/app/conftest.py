"""Shared set-up for the app's tests: no animations, fixed paths, a pilot that
waits for what the user would wait for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import textual.constants

os.environ["TEXTUAL_ANIMATIONS"] = "none"  # for the app started by the tmux test
textual.constants.TEXTUAL_ANIMATIONS = "none"  # pytest-textual-snapshot imported Textual before this file ran

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "documents" / "belarus-us-mitchell-meeting.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LIBRARY = FIXTURES / "library"


@pytest.fixture
def library_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture library, opened by a relative path so that what the screen
    shows is the same on every machine."""
    monkeypatch.chdir(FIXTURES)
    return Path("library")
