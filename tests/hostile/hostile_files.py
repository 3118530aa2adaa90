"""A folder of every kind of bad file the reader must open, built by the tests.

Each `Case` is one file and what a reader must see when it is opened: its title in
the list and the header, and the message (a note, or why it could not be loaded).
The same cases drive the loader tests, the app tests and the end-to-end test in
tmux, so that all three agree on what the user is told.
"""

from __future__ import annotations

import codecs
import os
import random
from dataclasses import dataclass
from pathlib import Path

RUSSIAN = "«Мы надеемся на улучшение отношений», — заявил президент."
FRENCH = "« Nous espérons une amélioration », a déclaré le ministre. Café, élève, Noël."
BILLION_LAUGHS = "".join(
    f"l{level}: &l{level} [{', '.join([f'*l{level - 1}'] * 9) if level else ', '.join(['lol'] * 9)}]\n"
    for level in range(10)
)
MARKUP = "[bold red]Alarm[/bold red], [@click=app.quit]quit[/] and [link=file:///etc/passwd]passwords[/link]"
ANSI = "\x1b[31mred\x1b[0m"
OSC_52 = "\x1b]52;c;aGFja2Vk\x07"  # would put "hacked" on the clipboard
OSC_8 = "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\"  # a hyperlink
OSC_TITLE = "\x1b]0;PWNED\x07"  # would set the terminal's title
OTHER_CONTROLS = "\x07\x08\x7f\u009b2J"  # bell, backspace, DEL, the one-byte CSI
BIDI = "\u202eevil\u202c and \u2067isolated\u2069"
NOT_A_DATE = "[1]"
MEGABYTE_SENTENCE = "“We will keep talking,” the minister said, and the talks went on. "


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    title: str
    """What the list and the header call it."""
    says: tuple[str, ...] = ()
    """Notes or the error, each as the user reads it (the start of it, at least)."""
    shows: tuple[str, ...] = ()
    """Text of the body that must be shown, as it is shown."""
    error: str | None = None
    """Why it cannot be read (the start of the message), when it cannot."""


def text_cases() -> list[Case]:
    """Every case that is a regular file, with its bytes."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06" + bytes(range(256)) * 4
    noise = random.Random(1).randbytes(4096)
    one_line = "Hostile: one long line\n\n" + MEGABYTE_SENTENCE * (1024 * 1024 // len(MEGABYTE_SENTENCE.encode()) + 1)
    nested = "".join(f"{mark}level {depth} " for depth, mark in enumerate("“‘«‹„\"'“‘«")) + "deep"
    nested += "".join(reversed("”’»›“\"'”’»")) + " the minister said."
    many_quotes = " ".join(["“a”", "'b", "«c", "\"d\""] * 1500)
    return [
        Case("utf8.txt", f"Hostile: UTF-8\n\n“We agree,” the minister said. {FRENCH}\n".encode(),
             "Hostile: UTF-8", shows=("Café, élève, Noël",)),
        Case("utf8-bom.txt", codecs.BOM_UTF8 + f"Hostile: UTF-8 with a BOM\n\n{RUSSIAN}\n".encode(),
             "Hostile: UTF-8 with a BOM", shows=("Мы надеемся",)),
        Case("utf16.txt", codecs.BOM_UTF16_LE + f"Hostile: UTF-16\n\n{FRENCH}\n".encode("utf-16-le"),
             "Hostile: UTF-16", says=("decoded as UTF-16 (byte order mark)",), shows=("Café, élève, Noël",)),
        Case("cp1251.txt", f"Hostile: Windows-1251 Встреча\n\n{RUSSIAN}\n".encode("windows-1251"),
             "Hostile: Windows-1251 Встреча", says=("decoded as windows-1251 (the file is not UTF-8)",),
             shows=("Мы надеемся",)),
        Case("latin1.txt", f"Hostile: Latin-1 Entretien\n\n{FRENCH}\n".encode("latin-1"),
             "Hostile: Latin-1 Entretien", says=("decoded as windows-1252 (the file is not UTF-8)",),
             shows=("Café, élève, Noël",)),
        Case("damaged.txt", "Hostile: damaged UTF-8\n\n“Café, élève,” the minister said: ".encode() + b"\xff\xfe" + " fine.".encode(),
             "Hostile: damaged UTF-8", says=("not valid UTF-8: replaced 2 undecodable byte sequence(s)",),
             shows=("said: \ufffd\ufffd fine.",)),
        Case("binary.txt", noise, "binary.txt", says=("not a text file (binary content)",),
             error="not a text file (binary content)"),
        Case("nul.md", b"Hostile: NUL\n\nThe body\x00has a NUL byte.\n", "nul.md",
             says=("not a text file (binary content)",), error="not a text file (binary content)"),
        Case("image.txt", png, "image.txt", says=("not a text file (binary content)",),
             error="not a text file (binary content)"),
        Case("empty.txt", b"", "empty.txt", says=("empty file",)),
        Case("title-only.txt", b"Hostile: only a title\n", "Hostile: only a title", says=("no body text",)),
        Case("no-statements.txt", b"Hostile: no statements\n\nThe weather was fine and the roads were open.\n",
             "Hostile: no statements", shows=("The weather was fine",)),
        Case("one-line.txt", one_line.encode(), "Hostile: one long line", shows=("We will keep talking",)),
        Case("fm-malformed.md", b"---\ntitle: Ignored\nsource: a: b\n---\nHostile: malformed front matter\n\nThe body still shows.\n",
             "Hostile: malformed front matter",
             says=("front matter ignored: invalid YAML at line 3: mapping values are not allowed",),
             shows=("The body still shows.",)),
        Case("fm-list.md", b"---\n- a\n- b\n---\nHostile: front matter list\n\nThe body still shows.\n",
             "Hostile: front matter list", says=("front matter ignored: expected keys and values, found a list",),
             shows=("The body still shows.",)),
        Case("fm-scalar.md", b"---\njust a sentence\n---\nHostile: front matter scalar\n\nThe body still shows.\n",
             "Hostile: front matter scalar", says=("front matter ignored: expected keys and values, found a str",),
             shows=("The body still shows.",)),
        Case("fm-unknown.md", b'---\ntitle: "Hostile: unknown keys"\nauthor: X\ncolour: red\n---\nThe body still shows.\n',
             "Hostile: unknown keys", says=("front matter: ignored unknown key(s): author, colour",),
             shows=("The body still shows.",)),
        Case("fm-types.md", f'---\ntitle: "Hostile: wrong types"\ndate: {NOT_A_DATE}\nsource: {{a: 1}}\n---\nThe body still shows.\n'.encode(),
             "Hostile: wrong types",
             says=("front matter: ignored source: expected text, found a mapping", "front matter: ignored date '[1]': not a date"),
             shows=("The body still shows.",)),
        Case("fm-bomb.md", f"---\ntitle: Ignored\n{BILLION_LAUGHS}---\nHostile: alias bomb\n\nThe body still shows.\n".encode(),
             "Hostile: alias bomb",
             says=("front matter ignored: aliases expand too far (beyond 10,000 nodes, or into a loop)",),
             shows=("The body still shows.",)),
        Case("fm-python.md", b"---\ntitle: !!python/object/apply:os.system [touch PWNED]\n---\nHostile: Python tag\n\nThe body still shows.\n",
             "Hostile: Python tag", says=("front matter ignored: invalid YAML at line 2: could not determine a constructor",),
             shows=("The body still shows.",)),
        Case("python-tag.yaml", b"title: !!python/object/apply:os.system [touch PWNED]\nbody: Hostile.\n", "python-tag.yaml",
             says=("not a YAML readout: invalid YAML at line 1: could not determine a constructor",),
             error="not a YAML readout: invalid YAML at line 1: could not determine a constructor"),
        Case("markup.txt", f"Hostile: markup\n\nThe minister said {MARKUP}.\n".encode(), "Hostile: markup",
             shows=("[bold red]Alarm[/bold red], [@click=app.quit]quit[/] and",
                    "[link=file:///etc/passwd]passwords[/link]")),
        Case("escapes.txt", f"Hostile: escapes\n\nThe minister said {ANSI}, {OSC_52}, {OSC_8}, {OSC_TITLE}, {OTHER_CONTROLS}, the {BIDI}.\n".encode(),
             "Hostile: escapes",
             says=("14 control character(s) shown as visible symbols: ␇ ␈ ␛ ␡ �",
                   "removed 4 bidirectional control character(s) that could reorder the text on screen"),
             shows=("␛[31mred␛[0m", "␛]52;c;aGFja2Vk␇", "␛]8;;https://evil.example/␛\\click me", "␛]0;PWNED␇", "␇␈␡�2J",
                    "evil and isolated")),
        Case("quotes-unbalanced.txt", b'Hostile: unbalanced quotes\n\n\xe2\x80\x9cWe will never agree, the minister said. "Open and \xc2\xab never closed.\n',
             "Hostile: unbalanced quotes", shows=("We will never agree",)),
        Case("quotes-nested.txt", f"Hostile: nested quotes\n\n{nested}\n".encode(), "Hostile: nested quotes",
             shows=("level 9",)),
        Case("quotes-many.txt", f"Hostile: many quote marks\n\nThe minister said {many_quotes}.\n".encode(),
             "Hostile: many quote marks", shows=("The minister said",)),
        Case("name with spaces.txt", b"Hostile: spaces in the name\n\nThe body.\n", "Hostile: spaces in the name",
             shows=("name with spaces.txt",)),
        Case("name\nwith a newline.txt", b"Hostile: newline in the name\n\nThe body.\n", "Hostile: newline in the name",
             shows=("name␊with a newline.txt",)),
    ]


INVALID_UTF8_NAME = b"invalid-\xff-utf8.txt"
INVALID_UTF8_CASE = Case(os.fsdecode(INVALID_UTF8_NAME), b"Hostile: invalid UTF-8 in the name\n\nThe body.\n",
                         "Hostile: invalid UTF-8 in the name", shows=("invalid-\ufffd-utf8.txt",))
TOO_LARGE = Case("huge.txt", b"", "huge.txt",
                 says=("file too large to be a readout (300 MB; the reader opens files of up to 256 MB)",),
                 error="file too large to be a readout (300 MB; the reader opens files of up to 256 MB)")
DEEP_CASE = Case("found.txt", b"Hostile: found among 10,000 folders\n\nThe body.\n", "Hostile: found among 10,000 folders")
SKIPPED = {"loop": "symbolic link loop", "self.txt": "symbolic link loop", "broken.txt": "broken symbolic link"}
"""What discovery lists as skipped, by name: links that lead nowhere or round in a circle."""


def write_folder(root: Path, *, folders: int = 10_000, invalid_name: bool = True) -> list[Case]:
    """Write every case under `root` and return the cases a reader lists: the text
    cases, a file with a name that is not UTF-8 (unless not `invalid_name`), a sparse
    300 MB file, and one readout at the bottom of `folders` subfolders; beside them
    the links of `SKIPPED`."""
    root.mkdir(parents=True, exist_ok=True)
    cases = text_cases()
    for case in cases:
        (root / case.name).write_bytes(case.data)
    if invalid_name:
        with open(os.path.join(os.fsencode(root), INVALID_UTF8_NAME), "wb") as file:
            file.write(INVALID_UTF8_CASE.data)
    with open(root / TOO_LARGE.name, "wb") as file:
        file.truncate(300 * 1024 * 1024)  # sparse: no disk space, no time
    many = root / "many"
    many.mkdir()
    for number in range(folders):
        (many / f"f{number:05}").mkdir()
    (many / f"f{folders // 2:05}" / DEEP_CASE.name).write_bytes(DEEP_CASE.data)
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "self.txt").symlink_to(root / "self.txt")
    (root / "broken.txt").symlink_to(root / "deleted.txt")
    return [*cases, *([INVALID_UTF8_CASE] if invalid_name else []), TOO_LARGE, DEEP_CASE]
