"""A body's head called by the body's possessive and "chief", "head" or "boss": "the basin commission's chief".

(styles63) A readout names a body's head once in full, with the body's whole name and his office, and later calls him
by a word or two of that name, in lower case or capitals, its possessive and "chief" or "head" (or the press's
"boss", hard86: "The agency's boss said …"):

    The Executive Secretary of the Lower Vessa Basin Commission (LVBC), Dr. X, … The basin commission's chief added …
    … signed for the Ministry by its Permanent Secretary, Mrs. Y, and for the Agency by its Director General, Mr. Z, …
    The Ibelhast agency's head said …

"The basin commission's chief" is X, "The Ibelhast agency's head" Z (the "Ibelhast Water Agency" named before), not
the person named last. The holder must be named right after "<Office> of the <… Basin Commission> (ACR), " or after
"the Agency by its <Office>, " / "the Agency led by its <Office>, ", the office a body's top one; a body's word alone
("the commission's chief") is read so too, when one body with that word is named so.

(styles73) The press also calls a body by what it does, "regulator" or "watchdog", with a word of its field before
it: "The Director-General of the Mbelosia Civil Aviation Authority (MCAA), Dr. X, …, the aviation regulator's chief
said …". Such a word names no body's noun; it is read as any body's noun (`_BODY_NOUNS`), and the field's word must
stand in that body's name ("aviation" in "Civil Aviation Authority"): X, not the airline's Chief Executive Officer
named beside her, whose office holds the word "chief". Without a field's word ("the regulator's chief") nothing is
read here (which body regulates is not written).
"""

from __future__ import annotations

import re

_BODY_NOUNS = ("commission", "agency", "authority", "board", "institute", "service", "programme", "council",
               "secretariat", "centre", "center", "bank", "fund", "organisation", "organization")
_GENERIC_BODY_NOUNS = ("regulator", "watchdog")
"""Words that call a body by what it does, not by its name's noun: any body's noun of `_BODY_NOUNS` may stand for one."""
_POSSESSIVE_BODY_HEAD = re.compile(
    r"\b[Tt]he\s+((?:[A-Za-z][\w-]*\s+){0,2}?)(" + "|".join(_BODY_NOUNS + _GENERIC_BODY_NOUNS)
    + r")(?:'s|’s)\s+\Z", re.IGNORECASE)
""""the", up to two words of a body's name, a body's noun and its possessive, right before "chief" or "head"."""
_TOP_OFFICE = re.compile(r"(?:Executive Secretary|Director[- ]General|Chairman|Chairperson|Chairwoman|President|"
                         r"Chief Executive(?: Officer)?|Executive Director|Secretary[- ]General|Head|Director|"
                         r"Managing Director|Governor|Commissioner)")
"""A body's top office, the whole office written before " of the <body>" or after "by its " (not "Deputy Director")."""
_OF_THE_BODY_BEFORE = re.compile(
    r"((?:[A-Z][\w-]*[ -])*[A-Z][\w-]*) of (?:the |[A-Z][\w-]*(?:'s|’s) )?((?:[A-Z][\w-]*\s+){0,5})\Z")
"""An office, " of the " (or " of " and a country's possessive: hard86's "Director General of Ambrelia's National
Emergency Agency (NEA), Mr. X"), and the body's capitalised words before its noun ("Executive Secretary of the Lower
Vessa Basin ")."""
_BY_ITS_OFFICE = re.compile(r" (?:(?:led )?by its|headed by its) ((?:[A-Z][\w-]*[ -]){0,3}[A-Z][\w-]*), ")
"""After the body's noun: " by its Director General, " (a signatory), " led by its Chairperson, "."""
_READ_BACK = 48
"""How far back from "chief"/"head" the body's possessive may start."""


def body_before_head(text: str, start: int) -> tuple[str, str] | None:
    """The body's words and noun ("basin", "commission") of "the basin commission's |chief" ending at `start`, else
    None. One anchored look at a short slice before the description."""
    if text[start - 3:start - 1] not in ("'s", "’s"):
        return None  # (the cheap test first)
    match = _POSSESSIVE_BODY_HEAD.search(text, max(0, start - _READ_BACK), start)
    if match is None:
        return None
    return match.group(1).strip(), match.group(2)


def where_head_named(text: str, words: str, noun: str, before: int) -> int:
    """Where the name of the head of a body named with `noun` (and `words`, any case) starts, in the text before
    `before`: "<Office> of the <…words… Noun> (ACR), |Name" or "the <Noun> by its <Office>, |Name"; -1 if none. One
    substring look per place the body's noun is written with a capital (called only for a description
    `body_before_head` reads: rare). A generic noun ("regulator") is looked for as each body's noun, the field's
    words required (the earliest head so named)."""
    if noun.lower() in _GENERIC_BODY_NOUNS:
        if not words:
            return -1  # "the regulator's chief": which body is not written
        found = [at for body_noun in _BODY_NOUNS if (at := where_head_named(text, words, body_noun, before)) >= 0]
        return min(found, default=-1)
    cap = noun.capitalize()
    lowered = words.lower()
    at = text.find(cap, 0, before)
    while at >= 0:
        end = at + len(cap)
        if text.startswith(" (", end):
            close = text.find(")", end, end + 12)
            end = close + 1 if close > 0 else end
        if text.startswith(", ", end):
            head = _OF_THE_BODY_BEFORE.search(text, max(0, at - 90), at)
            if head is not None and _TOP_OFFICE.fullmatch(head.group(1).removeprefix("The ")) \
                    and lowered in head.group(2).lower():
                return end + 2  # "Executive Secretary of the Lower Vessa Basin Commission (LVBC), |Dr. X"
        by_its = _BY_ITS_OFFICE.match(text, at + len(cap), before)
        if by_its is not None and _TOP_OFFICE.fullmatch(by_its.group(1)) \
                and (not lowered or _named_with(text, lowered, cap, at)):
            return by_its.end()  # "for the Agency by its Director General, |Mr. Z"
        at = text.find(cap, at + 1, before)
    return -1


def _named_with(text: str, lowered: str, cap: str, before: int) -> bool:
    """Whether the body's noun is written with `lowered` among the words just before it somewhere before `before`
    ("the Ibelhast Water Agency" for "the Ibelhast agency's head"); a look per earlier place the noun is written."""
    at = text.find(cap, 0, before)
    while at >= 0:
        if lowered in text[max(0, at - 40):at].lower():
            return True
        at = text.find(cap, at + 1, before)
    return False
