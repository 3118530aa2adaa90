"""Set-up for every test: no test reads or writes the user's own saved state."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout_tui.state import STATE_DIR_VARIABLE


@pytest.fixture(autouse=True)
def private_state_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A state folder of the test's own (apps started in a subprocess inherit it)."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv(STATE_DIR_VARIABLE, str(folder))
    return folder
