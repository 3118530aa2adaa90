"""A one-word nickname in brackets right after a person's full name: "West Java Governor Ahmad Heryawan (Aher) was
awarded the title …", then "Aher said, good relations …" (Indonesian papers' English pages write leaders so: "Joko
Widodo (Jokowi)", "Basuki Tjahaja Purnama (Ahok)"). The bracketed word is a name of that person, so the bare "Aher"
later in the readout is he: a lone capitalised word no one bears is made a person only when it recurs as a speaker
(`NameRegistry._recurring_lone_speaker`), and "Aher" said once was nobody's.

Only a capitalised word of three to fourteen small letters after its capital: no body's initials ("(KPK)"), no
country nor its adjective ("(Nepal)", "(Kenyan)"), no capital or listed city ("(Jakarta)"), no honorific nor office's
word ("(Dr)", "(Minister)"), no word the lexicon keeps as no one's name, and none of the name's own words ("Ahmad
Heryawan (Heryawan)")."""
from __future__ import annotations

import re

from readout_tui.engine.lexicon import (
    CAPITALS,
    CITY_NAMES,
    HONORIFICS,
    NATIONALITIES,
    NON_PERSON_WORDS,
    ROLE_WORD_SET,
)

_NICKNAME_IN_BRACKETS = re.compile(r" \(([A-Z][a-z]{2,14})\)(?=[ ,.;:])")
"""A space, a bracket, a capitalised word of small letters, the closing bracket, then a space or a stop: " (Aher) "."""


def nickname_in_brackets(text: str, end: int, hi: int, name: tuple[str, ...]) -> str | None:
    """The nickname in brackets that follows the full name `name` ending at `end` (before `hi`, the paragraph's end),
    or None. Cheap: the bracket is looked at first (a name is seldom followed by one)."""
    if text[end + 1:end + 2] != "(":
        return None
    match = _NICKNAME_IN_BRACKETS.match(text, end, hi)
    if match is None:
        return None
    word = match.group(1)
    low = word.lower()
    if low in NATIONALITIES or low in CAPITALS or low in CITY_NAMES or low in HONORIFICS or low in ROLE_WORD_SET \
            or low in NON_PERSON_WORDS or any(low == part.lower() for part in name):
        return None
    return word
