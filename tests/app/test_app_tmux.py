"""The installed `readout-tui` in a real terminal (tmux), driven by keystrokes.

This is the only test that goes through the console script, argument parsing, a
real terminal driver and real key decoding, the way a user starts the reader.
It runs its own tmux server, on a socket in its temporary folder, so it cannot\ndisturb anyone else's.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from time import monotonic, sleep

import pytest
from conftest import SEED

from readout_tui.app.widgets.legend import LINES as LEGEND_LINES
from readout_tui.readouts import read_readout

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

READOUT_TUI = Path(sys.executable).parent / "readout-tui"
SGR = re.compile(r"\x1b\[([0-9;]*)m")


class Terminal:
    def __init__(self, command: list[str], socket: Path, width: int = 120, height: int = 36) -> None:
        self.socket = str(socket)
        env = {
            **os.environ,
            "TEXTUAL_ANIMATIONS": "none",
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "READOUT_TUI_CACHE_DIR": str(socket.parent / "cache"),  # never the user's own cache
        }
        self.tmux(
            "new-session", "-d", "-s", "reader", "-x", str(width), "-y", str(height), shlex.join(command), env=env
        )

    def tmux(self, *args: str, env: dict[str, str] | None = None) -> str:
        return subprocess.run(
            ["tmux", "-S", self.socket, *args], capture_output=True, text=True, check=True, env=env
        ).stdout

    def screen(self, colours: bool = False) -> str:
        return self.tmux("capture-pane", "-p", *(["-e"] if colours else []), "-t", "reader")

    def wait_for(self, pattern: str, timeout: float = 20.0) -> str:
        deadline = monotonic() + timeout
        while True:
            screen = self.screen()
            if re.search(pattern, screen):
                return screen
            if monotonic() > deadline:
                raise AssertionError(f"{pattern!r} never appeared; the screen was:\n{screen}")
            sleep(0.1)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "reader", *keys)

    def running(self) -> bool:
        return (
            subprocess.run(["tmux", "-S", self.socket, "has-session", "-t", "reader"], capture_output=True).returncode
            == 0
        )

    def close(self) -> None:
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path: Path):
    command = [str(READOUT_TUI), str(SEED)]
    if not READOUT_TUI.exists():  # not installed: the same entry point, by hand
        command = [sys.executable, "-c", f"import sys; from readout_tui.app import run; sys.exit(run([{str(SEED)!r}]))"]
    session = Terminal(command, tmp_path / "tmux.sock")
    yield session
    session.close()


def legend_chip_colours(screen: str) -> list[str]:
    """The SGR codes in force where each numbered chip (` 1 `, ` 2 `) starts, in the
    legend's lines (a chip that does not fit beside the last starts a line)."""
    lines = screen.splitlines()
    first = next(index for index, line in enumerate(lines) if re.search(r" 1 \x1b|\x1b\[[0-9;]*m 1 ", line))
    legend = "".join(lines[first : first + LEGEND_LINES])
    return [codes for codes, text in re.findall(r"\x1b\[([0-9;]*)m( \d )", legend)]


def test_slash_luk_enter_in_a_real_terminal(terminal: Terminal) -> None:
    readout = read_readout(SEED)
    names = {speaker.name for speaker in readout.attribution.speakers}
    lukashenko = next(name for name in names if "Lukashenko" in name)
    mitchell = next(name for name in names if "Mitchell" in name)
    # (a capture can catch a frame half written: wait for the whole of it, as a person does)
    terminal.wait_for(f"(?s)(?=.*{re.escape(lukashenko)})(?=.*{re.escape(mitchell)})(?=.*¶1)")

    chips = legend_chip_colours(terminal.screen(colours=True))
    assert len(chips) >= 2 and chips[0] != chips[1], "two speakers, two colours"

    terminal.keys("/")
    terminal.wait_for("esc Clear filter")  # as a user waits to see where the cursor went
    terminal.keys("-l", "luk")
    terminal.keys("Enter")
    shown = len(readout.attribution.by_speaker(lukashenko))
    total = len(readout.attribution.statements)
    screen = terminal.wait_for(f"{shown} of {total} statements")
    mitchell_quote = next(s.text for s in readout.attribution.by_speaker(mitchell) if s.kind == "direct")
    assert " ".join(mitchell_quote.split()[:5]) not in " ".join(screen.split())
    assert "¶" in screen and ("direct" in screen or "reported" in screen)

    terminal.keys("Escape")
    terminal.wait_for(rf"(?<!of ){total} statements · \d+ speakers")
    terminal.keys("q")
    deadline = monotonic() + 10
    while terminal.running() and monotonic() < deadline:
        sleep(0.1)
    assert not terminal.running(), "q quits"
