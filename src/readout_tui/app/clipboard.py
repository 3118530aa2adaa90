"""What the copy keys put on the clipboard: plain text a reader can paste into a
note or a mail, each statement with who made it.

Plain functions over the model (no Textual): the app sends what they return
through `App.copy_to_clipboard`, which reaches the local clipboard even over SSH.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from readout_tui.model import Readout, Statement

if TYPE_CHECKING:
    from readout_tui.corpus_index import Gathered

UNATTRIBUTED = "Unattributed"


def quoted(statement: Statement) -> str:
    """`Speaker: “text”`, the text on one line as the reader sees it wrapped."""
    return f"{statement.speaker or UNATTRIBUTED}: “{' '.join(statement.text.split())}”"


def statements_text(statements: Sequence[Statement]) -> str:
    """The statements of a filtered view, one paragraph each."""
    return "\n\n".join(quoted(statement) for statement in statements)


def readout_text(readout: Readout) -> str:
    """The whole readout as the view shows it: title, then the text."""
    document = readout.document
    return f"{document.display_name}\n\n{document.body.strip()}"


def copy_of_statement(statement: Statement) -> tuple[str, str]:
    """The statement's text for the clipboard, and what the notice calls it."""
    text = quoted(statement)
    whose = f"a statement of {statement.speaker}" if statement.speaker else "an unattributed statement"
    return text, f"Copied {whose} ({len(text):,} characters)"


def copy_of_view(readout: Readout, filtered: Sequence[Statement] | None) -> tuple[str, str]:
    """The view's text for the clipboard, and what the notice calls it: the
    `filtered` statements, or with no filter the whole readout."""
    if filtered is None:
        return readout_text(readout), f"Copied the whole readout “{readout.document.display_name}”"
    return statements_text(filtered), f"Copied {_whose(filtered)}"


def _whose(statements: Sequence[Statement]) -> str:
    """"3 statements of Ilona Brenn, Anton Marek": how many, and whose."""
    speakers = ", ".join(dict.fromkeys(statement.speaker or UNATTRIBUTED for statement in statements))
    return f"{len(statements):,} {'statement' if len(statements) == 1 else 'statements'} of {speakers}"


def listed_statements(gathered: Gathered) -> list[Statement | None]:
    """The statements a view across readouts lists, in its order (see `Gathered.named`);
    None where it lists a readout's text instead (its words are in no statement)."""
    listed: list[Statement | None] = []
    for found in gathered.found:
        if found.statements:
            listed.extend(gathered.named(found))
        elif found.excerpt:
            listed.append(None)
    return listed


def copy_of_listed(gathered: Gathered) -> tuple[str, str] | None:
    """What a view across readouts lists, for the clipboard (each readout's title
    and date, then its statements), and what the notice calls it; None when it
    lists no statement."""
    parts: list[str] = []
    said: list[Statement] = []
    for found in gathered.found:
        if found.statements:
            named = gathered.named(found)
            parts.append(f"{found.title} · {found.date or 'undated'}\n\n{statements_text(named)}")
            said.extend(named)
    if not said:
        return None
    readouts = f"{len(parts):,} readout{'s' * (len(parts) != 1)}"
    return "\n\n".join(parts), f"Copied {_whose(said)} from {readouts}"
