"""A reason or a condition set after a speaker's report: no second speaker's clause.

"She noted that the partnership presented a win-win situation, since Calvenport offered land, power and a young
workforce …" (styles38) and "Mr Ralin is understood to have given his assent, provided the customs checks agreed last
year were kept in place." (hard18): the subordinate clause ("since …", "provided …", "because …", "although …") gives the
reason or the condition of what the speaker said, and belongs to the speaker's statement. Its subject is no one the
engine knows (a place, "the customs checks"), and its verb ("offered", "agreed") one the lexicon also reads as speech, so
`_segments` used to cut the statement at the comma and give the clause to no one. The golds keep the whole sentence
(styles38, hard18: 2 for, 0 against; no other readout we hold has the shape with the clause's subject no one's).

Not a clause whose subject is a person ("…, because the Minister asked …": a cue of its own, with a person, is never
read here), nor "as" or "while" ("The President underscored …, as they also discussed …", "…, while the students invited
him …": the golds cut those, a second clause of others).
"""
from __future__ import annotations

import re

_REASON_OR_CONDITION_BEFORE = re.compile(r", (?:since|because|provided|providing|although|though|unless) $")
"""The comma and the conjunction right before the clause's subject ("…, since Calvenport offered …")."""


def reason_clause_of_no_one(text: str, subject_start: int) -> bool:
    """Whether the subject starting at `subject_start` opens a reason or condition clause set off by a comma
    (", since <subject> …", ", provided <subject> …")."""
    head = text[max(0, subject_start - 12):subject_start]
    return head.endswith(" ") and _REASON_OR_CONDITION_BEFORE.search(head) is not None
