"""The installed reader in a real terminal (tmux), on a folder of every bad file.

The terminal is the last judge of "document text is never executed": tmux keeps a
paste buffer for every OSC 52 clipboard sequence that reaches it (set-clipboard is
on here) and a pane title for every OSC 0 one, so a sequence from a document that
slipped through would leave a trace there. The screen is also read back with its
escape sequences (`capture-pane -e`): what a document holds shows as text.

A second test opens a 50 MB readout and measures, as a user would, how long the
help screen takes to appear and go while the readout is read, attributed and wrapped.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from time import monotonic, sleep

import pytest

from readout_tui.app.printable import printable
from readout_tui.loading import load_document

from .conftest import snapshot
from .hostile_files import INVALID_UTF8_CASE, INVALID_UTF8_NAME, SKIPPED, write_folder

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

READOUT_TUI = Path(sys.executable).parent / "readout-tui"
DOCUMENTS = Path(__file__).resolve().parents[2] / "documents"
WIDTH, HEIGHT = 160, 50
SIDEBAR = 51  # columns of the sidebar, borders included, at this width
FRAME = re.compile(r"[│┃┆▶╭╮╰╯─▌▏]|¶\d+")


class Terminal:
    def __init__(self, folder: Path, paths: list[Path], cache: Path) -> None:
        self.socket = str(folder / "tmux.sock")
        config = folder / "tmux.conf"
        config.write_text("set -g set-clipboard on\nset -g history-limit 0\n", encoding="utf-8")
        command = [str(READOUT_TUI), *map(str, paths)]
        if not READOUT_TUI.exists():  # not installed: the same entry point, by hand
            command = [sys.executable, "-m", "readout_tui", *map(str, paths)]
        self.marker = folder / "exit-code"
        shell = f"{shlex.join(command)}; echo $? > {shlex.quote(str(self.marker))}; sleep 600"
        env = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "TERM": "xterm-256color", "COLORTERM": "truecolor",
               "READOUT_TUI_CACHE_DIR": str(cache)}
        self.tmux("-f", str(config), "new-session", "-d", "-s", "reader", "-x", str(WIDTH), "-y", str(HEIGHT),
                  shell, env=env)

    def tmux(self, *args: str, env: dict[str, str] | None = None) -> str:
        return subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True, text=True, check=True,
                              env=env).stdout

    def screen(self, escapes: bool = False) -> str:
        return self.tmux("capture-pane", "-p", "-N", *(["-e"] if escapes else []), "-t", "reader")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "reader", *keys)

    def wait_for(self, found, timeout: float = 30.0, every: float = 0.05) -> str:
        deadline = monotonic() + timeout
        while True:
            screen = self.screen()
            if found(screen):
                return screen
            if monotonic() > deadline:
                raise AssertionError(f"timed out; the screen was:\n{screen}")
            sleep(every)

    def buffers(self) -> str:
        return self.tmux("list-buffers")

    def title(self) -> str:
        return self.tmux("display-message", "-p", "-t", "reader", "#{pane_title}")

    def exit_code(self, timeout: float) -> int | None:
        deadline = monotonic() + timeout
        while monotonic() < deadline:
            if self.marker.exists() and self.marker.read_text().strip():
                return int(self.marker.read_text())
            sleep(0.1)
        return None

    def close(self) -> None:
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True)


def header_title(screen: str) -> str:
    """The title at the top of the readout pane, right of the sidebar."""
    return screen.splitlines()[0][SIDEBAR:].strip()


def shown_title(screen: str) -> str:
    """The title of the readout shown, or "" while one is still being read ("Reading X…" in the header: the 1 MB
    one-line file takes seconds, more on a loaded machine)."""
    title = header_title(screen)
    return "" if title.startswith("Reading ") and title.endswith("…") else title


def flat(text: str) -> str:
    """Screen text without frames, gutter marks and paragraph numbers, wrapped lines
    joined: what the user reads."""
    return " ".join(FRAME.sub(" ", text).split())


def pane(screen: str) -> str:
    return flat("\n".join(line[SIDEBAR:] for line in screen.splitlines()))


def toast(screen: str, title: str) -> str:
    """The text of the notice titled `title`, read from its own columns: the notice
    stands over the right of the screen, so a line of it that wraps ("… symbolic link"
    / "loop") is joined to the next without the readout's text beside it (the screen
    read row by row put the readout's text between them)."""
    lines = screen.splitlines()
    for row, line in enumerate(lines):
        column = line.find(title)
        if column >= 0:
            return flat("\n".join(rest[column:] for rest in lines[row:]))
    return ""


def _notice_told(screen: str) -> str:
    """The words of the notice of paths that could not be read, without spaces."""
    return "".join(toast(screen, "Some paths could not be read").split())


@pytest.fixture
def terminal_folder(tmp_path: Path):
    folders: list[Terminal] = []
    yield tmp_path, folders
    for terminal in folders:
        terminal.close()


def test_every_bad_file_in_a_real_terminal(terminal_folder) -> None:
    tmp_path, terminals = terminal_folder
    root = tmp_path / "documents"
    cases = write_folder(root, invalid_name=False)  # that one has a test of its own, below
    before = snapshot(root)
    terminal = Terminal(tmp_path, [root], tmp_path / "cache")
    terminals.append(terminal)

    # (the notice first: it shows when the folder's search ends, before the titles are all read, and goes after its
    # timeout, which a loaded machine's listing may outlast)
    # (the notice wraps its lines where the width ends, even inside a word, and where that
    # falls hangs on the length of the temporary folder's path: read without spaces; and it is
    # drawn over a few frames, its title before its lines, so the wait is for its last line)
    notice = terminal.wait_for(lambda screen: "symboliclinkloop" in _notice_told(screen), timeout=60)
    screen = terminal.wait_for(lambda screen: f"Readouts ({len(cases)})" in screen and "Loading" not in screen)
    told = _notice_told(notice)
    for name in SKIPPED:
        assert f"/{name}:" in told or "…" in notice, name  # the notice lists the first few
    assert "self.txt:symboliclinkloop" in told

    seen: dict[str, tuple[str, str]] = {}  # header title -> (screen, screen with escapes)
    by_title = {printable(case.title, keep_newlines=False): case for case in cases}
    terminal.keys("g")
    for _ in range(len(cases)):
        screen = terminal.wait_for(lambda screen: shown_title(screen) not in ("", "Loading…", *seen), timeout=90)
        sleep(0.3)  # the rest of the screen is drawn with the header; let it settle
        screen = terminal.screen()
        title = shown_title(screen)
        if "This readout could not be loaded." in pane(screen):  # the list marks it once it knows
            screen = terminal.wait_for(lambda screen: f"⚠ {title}" in screen, timeout=90)
        case = by_title.get(title)
        if case is not None and case.shows:  # (the 1 MB one-line file's text is laid out after its header is drawn)
            screen = terminal.wait_for(lambda screen: all(flat(shown) in pane(screen) for shown in case.shows),
                                       timeout=90)
        seen[title] = (screen, terminal.screen(escapes=True))
        terminal.keys("j")

    for case in cases:
        title = printable(case.title, keep_newlines=False)
        assert title in seen, f"{case.name}: never shown ({sorted(seen)})"
        screen, escaped = seen[title]
        text = pane(screen)
        for message in case.says:
            assert message in text, f"{case.name}: {message!r} not on screen:\n{screen}"
        for shown in case.shows:
            assert flat(shown) in text, f"{case.name}: {shown!r} not on screen:\n{screen}"
        if case.error is not None:
            assert "This readout could not be loaded." in text and f"Why: {case.error}" in text
            assert f"⚠ {case.name}" in screen, f"{case.name} is not marked as failed in the list"
        assert "\x1b]" not in escaped and "\x1bP" not in escaped, f"{case.name}: an OSC or DCS sequence reached the pane"

    markup = pane(seen["Hostile: markup"][0])
    assert "[@click=app.quit]quit[/]" in markup and "[link=file:///etc/passwd]passwords[/link]" in markup
    assert terminal.buffers() == "", "an OSC 52 sequence from a document reached the terminal's clipboard"
    assert "PWNED" not in terminal.title(), "an OSC 0 sequence from a document set the terminal's title"

    terminal.keys("q")
    assert terminal.exit_code(timeout=30) == 0, "the reader did not quit cleanly"
    assert snapshot(root) == before, "the reader wrote to the documents folder"


def test_a_file_whose_name_is_not_utf8_in_a_real_terminal(terminal_folder) -> None:
    tmp_path, terminals = terminal_folder
    root = tmp_path / "documents"
    root.mkdir()
    (root / "talks.txt").write_text("Hostile: a plain neighbour\n\nThe body.\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(root), INVALID_UTF8_NAME), "wb") as file:
        file.write(INVALID_UTF8_CASE.data)
    terminal = Terminal(tmp_path, [root], tmp_path / "cache")
    terminals.append(terminal)

    terminal.wait_for(lambda screen: "Readouts (2)" in screen and "Looking for readouts" not in screen, timeout=10)
    # Both are undated, so the list is by title: the neighbour first. (A readout found
    # while the folder is still being listed may be on screen before the keys act:
    # each step waits for the title it leads to, not for any change.)
    neighbour = "Hostile: a plain neighbour"
    assert neighbour < INVALID_UTF8_CASE.title
    terminal.keys("g")
    terminal.wait_for(lambda screen: header_title(screen) == neighbour)
    terminal.keys("j")
    screen = terminal.wait_for(lambda screen: header_title(screen) == INVALID_UTF8_CASE.title)
    assert "invalid-\ufffd-utf8.txt" in screen


def fifty_megabytes() -> str:
    """The bodies of the bundled sample readouts, over and over: 50 MB of readout."""
    bodies = [path.read_text(encoding="utf-8").split("\n\n", 1)[1] for path in sorted(DOCUMENTS.glob("*.txt"))]
    chunk = "\n\n".join(bodies) + "\n\n"
    return "Fifty megabytes of talks\n\n" + chunk * (50 * 1024 * 1024 // len(chunk.encode()) + 1)


def test_a_50_mb_readout_keeps_answering_keys_in_a_real_terminal(terminal_folder) -> None:
    tmp_path, terminals = terminal_folder
    path = tmp_path / "documents" / "fifty.txt"
    path.parent.mkdir()
    path.write_text(fifty_megabytes(), encoding="utf-8")
    assert path.stat().st_size > 50 * 1024 * 1024
    terminal = Terminal(tmp_path, [path.parent], tmp_path / "cache")
    terminals.append(terminal)
    terminal.wait_for(lambda screen: "Fifty megabytes of talks" in screen)

    def help_round_trip() -> float:
        """Seconds from pressing ? to seeing the help, and from Escape to seeing it go."""
        started = monotonic()
        terminal.keys("?")
        terminal.wait_for(lambda screen: "Esc closes" in screen, timeout=60)
        terminal.keys("Escape")
        terminal.wait_for(lambda screen: "Esc closes" not in screen, timeout=60)
        return monotonic() - started

    def statements_shown(screen: str) -> bool:
        return re.search(r"[\d,]+ statements? · \d+ speakers?", screen) is not None

    reading: list[float] = []
    started = monotonic()
    while not statements_shown(terminal.screen()):
        assert monotonic() < started + 300, "the 50 MB readout was never shown"
        reading.append(help_round_trip())
        sleep(1)
    shown = monotonic() - started
    wrapping: list[float] = []
    for _ in range(3):
        terminal.keys("G")
        wrapping.append(help_round_trip())
    terminal.wait_for(lambda screen: "wrapping the text" not in screen, timeout=300, every=0.5)
    terminal.keys("Tab")  # from the list to the readout
    terminal.keys("G")
    last = load_document(path).body.count("\n\n") + 1
    terminal.wait_for(lambda screen: f"¶{last}" in screen, timeout=30)

    print(f"50 MB readout shown after {shown:.0f} s; help round trips meanwhile: {len(reading)}, "
          f"slowest {max(reading, default=0):.2f} s; while it was wrapped: slowest {max(wrapping):.2f} s")
    assert len(reading) >= 3, "the readout was read too fast to measure anything"
    # A round trip is two keys and two redraws. Before the page was built lazily and
    # wrapped in slices, the reader froze for 17 s when the readout was shown; with the
    # engine on the interface thread it would freeze for the whole attribution.
    assert max(reading) < 5.0 and max(wrapping) < 5.0, (reading, wrapping)
    assert statistics.median(reading) < 1.5, reading
