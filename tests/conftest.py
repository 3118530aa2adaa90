"""Set-up for every test: no test reads or writes the user's own saved state;
and a way to stand between the loader and the bytes it reads."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from readout_tui.state import STATE_DIR_VARIABLE


@pytest.fixture(autouse=True)
def private_state_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A state folder of the test's own (apps started in a subprocess inherit it)."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv(STATE_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def reads_through(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable], None]:
    """`reads_through(read)`: every file the loader opens is read by
    `read(file, size)` instead, to refuse or count its reads."""
    real_fdopen = os.fdopen

    def install(read: Callable) -> None:
        class Through:
            def __init__(self, file):
                self.file = file

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.file.close()

            def fileno(self):
                return self.file.fileno()

            def read(self, size: int = -1) -> bytes:
                return read(self.file, size)

        monkeypatch.setattr(os, "fdopen", lambda *args, **kwargs: Through(real_fdopen(*args, **kwargs)))

    return install
