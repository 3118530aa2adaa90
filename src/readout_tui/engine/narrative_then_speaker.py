"""A sentence that opens with one person's act, then, after ", and", a second person set off by a describing aside
who speaks: "Haley met with Trump at his office in Trump Tower, and Rob Godfrey, Haley’s deputy chief of staff, said
the meeting went well." The first clause has no speech verb of its own (a meeting is narrative), so the speech verb is
not its subject's second verb: it is the named person's after ", and", as with a cue in the first clause
(`speech_subjects`' ", and the Vice President, a former professor of law, stressed …")."""

from __future__ import annotations

import re

from readout_tui.engine.phrases import phrase_starting_at

_ACT_AFTER_THE_OPENER = re.compile(
    r" (?:also |then |later |first |briefly )?(?:[a-z]{2,}ed|met|held|took|paid|spoke|sat|led|made|gave|went|came|had|"
    r"saw|flew|rode|drove|ate|won|began|left|got|kept|brought|caught|sent|stood|wrote)(?= )")
"""The verb right after the sentence's opening subject, a past form: a clause of the subject's own ("Haley met with …",
"The Governor toured …"), not a name set off by an aside ("X, the minister, and Y, …": two subjects of one verb)."""


def act_clause_before(text: str, lo: int, joined: int) -> bool:
    """Whether text[lo:joined] (ending at the ", and " before the second person's name) is a clause of one person's
    act: a person's phrase opening the sentence, then a past form right after it."""
    opener = phrase_starting_at(text, lo, joined)
    return opener is not None and opener.start == lo and opener.is_person and opener.kind != "pronoun" \
        and _ACT_AFTER_THE_OPENER.match(text, opener.end, joined) is not None
