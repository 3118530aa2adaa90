"""Words as a reader searches for them: case ignored, and a typewriter's
apostrophe or quotation mark the same as a typesetter's.

Readouts are typeset ("don’t", “sovereignty”) and keyboards type "don't": a
search for the words typed must find them as printed. Pure Python, no Textual:
the find box, the search across readouts and the cache's quick test agree.
"""

from __future__ import annotations

import re

_MARKS = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"'})
_ANY_MARK = {"'": "['‘’ʼ′]", '"': '["“”„″]'}


def fold(text: str) -> str:
    """`text` to compare: casefolded, every apostrophe and quotation mark the plain one."""
    return text.translate(_MARKS).casefold()


def words_pattern(text: str) -> re.Pattern[str]:
    """A pattern finding `text` as it is (never as a pattern), ignoring case, any
    apostrophe or quotation mark standing for any other; each match is as long as
    what it matched in the text."""
    return re.compile(
        "".join(_ANY_MARK.get(character.translate(_MARKS), re.escape(character)) for character in text),
        re.IGNORECASE,
    )
