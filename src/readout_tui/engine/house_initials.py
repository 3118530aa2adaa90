"""A house of parliament named by its initials before its officer ("the NA speaker", "the PA Speaker"): the officer of
the house whose words those letters begin, among two who hold the same office of different houses.

Pakistan's papers write a Speaker's house right after the office with no "of" ("Speaker National Assembly Raja Pervaiz
Ashraf", "Speaker Balochistan Assembly Jan Muhammad Jamali") and later call him by the house's initials ("The NA speaker
further said …"): that is the Speaker of the National Assembly, not the readout's principal, the other house's Speaker
(eighthundredthirteenth nation 2022-06-15).
"""

from __future__ import annotations

import re

_INITIALS_BEFORE_OFFICER = re.compile(r"(?-i:\b([A-Z]{2,3}))\s+(?i:speaker|chairman|chairperson|chairwoman)$")
"""Two or three capitals standing before a closing house officer's word ("The NA speaker", "the PA Speaker")."""

_OFFICERS = frozenset({"speaker", "chairman", "chairperson", "chairwoman"})
_HOUSES = frozenset({"assembly", "senate", "house", "parliament", "council"})
_SKIPPED = frozenset({"of", "the"})


def initials_before_officer(text: str) -> str:
    """The house's initials written before the officer at the end of a description's text, lower case, or ""."""
    if len(text) > 40 or not text[-7:].lower().endswith(("speaker", "chairman", "person", "woman")):
        return ""  # cheap test first: no officer's word at the end
    match = _INITIALS_BEFORE_OFFICER.search(text)
    return match.group(1).lower() if match is not None else ""


def house_initials(role: str) -> str:
    """The initials of the house an officer's office names ("speaker national assembly", "speaker of the balochistan
    assembly", "national assembly speaker": "na", "ba"), or "" when the office names no house."""
    words = role.split()
    if len(words) < 2:
        return ""
    if words[0] in _OFFICERS:
        house = [w for w in words[1:] if w not in _SKIPPED]
    elif words[-1] in _OFFICERS:
        house = words[:-1]
    else:
        return ""
    if not house or house[-1] not in _HOUSES or len(house) > 3:
        return ""
    return "".join(w[0] for w in house)
