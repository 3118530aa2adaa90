"""A body's president called by a word of the body's name: "The Bar President", "the Law Society President".

(styles62) A readout names a body's president once in full, with the body's whole name, and later calls him by one
or two words of that name before the office:

    The President of the Velmara Bar Association (VBA), Mr. X, … received a delegation of the Law Society of
    Orsolin led by its President, Mrs. Y, … The Bar President said …  "…," the Law Society President said.

"The Bar President" is X and "the Law Society President" Y, not the person named last. The words before the office
must be found in the body's name right before X's (`President of the <…Bar…>, X`) or right before "led by its
President, Y" (`<…Law Society…> led by its President, Y`); a nationality's word ("the Velmaran President") is never
read so: that is a country's president, resolved as before.
"""

from __future__ import annotations

import re

_BODY_WORD_PRESIDENT = re.compile(
    r"(?:[Tt]he\s+)((?:[A-Z][a-z]+\s+){1,2}?)(President|Chairman|Chairperson|Chairwoman)\Z")
"""A description made of "the", one or two capitalised words of a body's name and a body's top office."""
_NOT_BODY_WORDS = frozenset({"Vice", "Deputy", "Acting", "Former", "Outgoing", "Incoming", "Interim", "Executive",
                             "Republic", "State", "National", "Federal", "General", "First"})
"""Words before the office that are part of the office itself or too general to name one body."""
_NATIONALITY = re.compile(r"(?:an|ese|ian|ish|i|ic)\Z")
"""A word ending as a nationality's does ("Velmaran", "Tarnowese"): a country's president, not a body's."""
_UNDER_THE_OFFICE = ("Vice-", "Vice ", "vice-", "Deputy ", "Acting ", "Former ", "former ")
"""Words right before "President of the" that make it another office than the body's president."""
_STATE_WORDS = re.compile(r"\b(?:Republic|Kingdom|Federation|State|Emirates?|Sultanate|Principality|Government)\b")
"""A state's words in the body's name: "President of the Kyzgal Republic, called President X" (hard20) names a
state's president, whom "The Kyzgal President" means, resolved as before; and the name after its comma is not his."""
_BODY_REACH = 90
"""How long the body's name between "<office> of the " and ", <name>" (or before "led by its <office>") may be."""


def body_words_and_office(text: str) -> tuple[str, str] | None:
    """The body's words and the office of a description "The Bar President" (`_BODY_WORD_PRESIDENT`), else None."""
    match = _BODY_WORD_PRESIDENT.match(text)
    if match is None:
        return None
    words = match.group(1).strip()
    if any(word in _NOT_BODY_WORDS or _NATIONALITY.search(word) for word in words.split()):
        return None
    return words, match.group(2)


def where_holder_named(text: str, words: str, office: str, before: int) -> int:
    """Where the name of the body's `office` holder starts ("President of the Velmara Bar Association (VBA), |Mr. X"
    or "the Law Society of Orsolin led by its President, |Mrs. Y"), the body's name holding `words`, in the text
    before `before`; -1 if none. Only the places where the office is written so are looked at (one substring look
    each); called only for a description `body_words_and_office` reads (rare)."""
    of = f"{office} of the "
    at = text.find(of, 0, before)
    while at >= 0:
        if text.endswith(_UNDER_THE_OFFICE, max(0, at - 7), at):
            at = text.find(of, at + 1, before)
            continue  # "the Vice-President of the … Bar Association, X": not its President
        body_start = at + len(of)
        comma = text.find(", ", body_start, min(before, body_start + _BODY_REACH))
        if comma >= 0 and words in text[body_start:comma] and not _STATE_WORDS.search(text, body_start, comma):
            return comma + 2
        at = text.find(of, at + 1, before)
    led = f" led by its {office}, "
    at = text.find(led, 0, before)
    while at >= 0:
        if words in text[max(0, at - _BODY_REACH):at]:
            return at + len(led)
        at = text.find(led, at + 1, before)
    return -1
