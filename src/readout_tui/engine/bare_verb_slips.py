"""A speech verb's bare form right after the person who opens the sentence: a slip of a paper's English.

"Head of the delegation, David McAllister appreciate the legislation done by the Assembly …" (eighthundredthirtyfirst
nation 2017-04-22, "appreciated" printed without its "-d"): one person, named or by office, opens the sentence, maybe
behind his office set off by a comma, and the verb after the name has lost its "-s" or "-d". A third person's subject
cannot take the bare form, so the verb is the report's, as "The Prime Minister also acknowledge …" (after "also" or
"further", `reported_speech._BARE_VERB_AFTER_ALSO`) already is. Not "We appreciate …", "Both sides stress …", "The
two leaders thank …" (a group, or a first person), nor "… will appreciate" (a modal before it, no name).
"""

from __future__ import annotations

import re

from readout_tui.engine.fronted_links import opened_by_a_fronted_link
from readout_tui.engine.phrases import Phrase, phrase_ending_at, phrase_starting_at

BARE_SPEECH_VERBS = (r"(?:acknowledge|thank|commend|reiterate|assure|congratulate|emphasi[sz]e|stress|highlight|appreciate"
                     r"|urge|reaffirm|underscore|underline)")
"""The speech verbs whose bare form a release prints for the past or third-person form (`_BARE_VERB_AFTER_A_NAME`, and
`reported_speech._BARE_VERB_AFTER_ALSO` after "also"/"further")."""
_BARE_VERB_AFTER_A_NAME = re.compile(r"\s(" + BARE_SPEECH_VERBS + r")\s+(?!to\b)")
"""A bare speech verb after a space, its object or clause after it (not "to": "appreciate to …" is no report)."""
_OPENING_REACH = 160
"""How far into a sentence its opening subject and verb are looked for (a bounded window: the sentence's opening)."""
_OFFICE_SET_OFF_REACH = 60
"""How long the office set off before the name may be ("Head of the delegation, ")."""


def slipped_bare_verb(text: str, lo: int, hi: int) -> tuple[Phrase, int, int] | None:
    """The subject and the verb's span where the sentence text[lo:hi] opens with one person's name or office, maybe
    behind that person's office and a comma ("Head of the delegation, X …") or a linking word ("Meanwhile, X …"), and
    a bare speech verb follows it (`BARE_SPEECH_VERBS`); None otherwise. Only the sentence's first `_OPENING_REACH`
    characters are read."""
    match = _BARE_VERB_AFTER_A_NAME.search(text, lo, min(hi, lo + _OPENING_REACH))
    if match is None:
        return None
    start = match.start(1)
    subject = phrase_ending_at(text, lo, start)
    if subject is None or not subject.is_person or subject.kind not in ("name", "description") \
            or text[subject.end:start].strip():
        return None
    if subject.start > lo and not _office_set_off_before(text, lo, subject.start) \
            and not opened_by_a_fronted_link(text, lo, subject.start):
        return None
    return subject, start, match.end(1)


def _office_set_off_before(text: str, lo: int, start: int) -> bool:
    """Whether text[lo:start] is one person's office and its comma, opening the sentence before the name at `start`
    ("Head of the delegation, ", "Leader of the House, "): a description of a person, no other comma."""
    if start - lo > _OFFICE_SET_OFF_REACH or not text.startswith(", ", start - 2) or "," in text[lo:start - 2]:
        return False
    office = phrase_starting_at(text, lo, start - 2)
    return office is not None and office.kind == "description" and office.is_person
