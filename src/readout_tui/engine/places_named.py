"""Names an opening gives as places ("the central city of Đà Nẵng", "the neighbouring province of Quảng Nam").

A Vietnamese place is two capitalised syllables, the shape of a name ("Đà Nẵng", "Quảng Nam"), and a later sentence
with it as subject ("Once Đà Nẵng sets hi-tech industry as a pillar, …") makes it a person to the name registry; named
first, in the title ("President lauds Quảng Nam, Đà Nẵng for achievements") or before the office-holder, it was taken
for the readout's untitled principal, whom a bare "The President suggested …" then meant, not "State President
Nguyễn Xuân Phúc" (eighthundredfiftythird talkvietnam_2021-04-11). A name the opening itself calls "the city of X"
or "the province of X" is a place and heads nothing.
"""

from __future__ import annotations

import re

_PLACE_OF = re.compile(
    r"\b(?:city|province|town|municipality|prefecture|county|district)\s+of\s+"
    r"((?:[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*){0,3})")
"""A kind of place and "of", then up to four words (the capitalised ones among them are kept, `names_given_as_places`)."""


def names_given_as_places(text: str, lo: int, hi: int) -> frozenset[str]:
    """The names the span `text[lo:hi]` (an opening paragraph) gives after "city of", "province of" …: "đà nẵng" (lower case) of
    "the central city of Đà Nẵng and the neighbouring province of Quảng Nam". Only the capitalised words that follow
    ("the city of Dan Vor on April 10": "Dan Vor"); a cheap test first, most openings name no such place."""
    opening = text[lo:hi]
    if " of " not in opening:
        return frozenset()
    names = set()
    for place in _PLACE_OF.finditer(opening):
        words = []
        for word in place.group(1).split():
            if not word[0].isupper():
                break
            words.append(word)
        if words:
            names.add(" ".join(words).lower())
    return frozenset(names)
