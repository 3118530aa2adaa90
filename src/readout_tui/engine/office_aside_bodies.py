"""The body an office set off after a name is held at, written after the office in brackets or after a comma of its
own, with the aside's closing comma maybe left out before the verb (Indian and Pakistani releases: "N. Venkataraman,
Additional Solicitor General (Supreme Court of India) also called on …", "Khalid Rathore, Youth Provincial President,
Jammu & Kashmir Apni Party also called on … and discussed …"): the name is still the sentence's subject."""
from __future__ import annotations

import re

from readout_tui.engine.lexicon import AFFILIATION_NOUNS
from readout_tui.engine.phrases import INSTITUTION_WORDS

_BODY_NOUNS = frozenset(AFFILIATION_NOUNS | INSTITUTION_WORDS)
"""The last word of a body's name ("… Apni Party", "… Chamber of Commerce" is not one: "Commerce" ends it)."""

_BODY_AFTER_COMMA = re.compile(r", ((?:[A-Z][\w’'.-]*|&|of|and|the|for)(?: (?:[A-Z][\w’'.-]*|&|of|and|the|for)){0,7})"
                               r"(?=[,;]| [a-z])")
"""A capitalised body's name after the office's comma, up to a comma or a lower-case word (at most eight words)."""

_BRACKETED_BODY = re.compile(r" \([A-Z][^(),;]{1,60}\)")
"""A body in brackets right after the office: "(Supreme Court of India)"."""


def past_the_offices_body(text: str, end: int, hi: int) -> tuple[int, bool]:
    """Where the office ending at `end` ends with its body: past a body in brackets or one set off by a comma whose
    last word is a body's noun (`_BODY_NOUNS`); and whether a body was read (else `end` as it was)."""
    if text.startswith(" (", end):
        bracket = _BRACKETED_BODY.match(text, end, hi)
        return (bracket.end(), True) if bracket is not None else (end, False)
    if text.startswith(", ", end):
        body = _BODY_AFTER_COMMA.match(text, end, hi)
        if body is not None and body.group(1).rsplit(None, 1)[-1].lower() in _BODY_NOUNS:
            return body.end(), True
    return end, False
