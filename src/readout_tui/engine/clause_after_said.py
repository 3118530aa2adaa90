"""A reported clause whose subject, an office and its holder's name set off by commas, follows "said" with no "that".

"The Emir of Ilorin, Alh. Ibrahim Sulu-Gambari, on Monday, said Kwara State governor, AbdulRahman AbdulRazaq, has
shown enough commitment … to deserve a new mandate." (eighthundredsixtyseventh leadership 2022-07-11): after the
comma of the day set off before the verb, "said Kwara State governor, …" looks like an inverted tag ("…, said the
governor, X."); but a finite verb right after the name's closing comma ("…, AbdulRahman AbdulRazaq, has shown …")
makes the office and the name the subject of the clause reported, and the speaker is the subject before "said". An
inverted tag's subject is followed by the sentence's end, an occasion or a relative clause ("…, said the governor,
X, who …"), never by a verb of its own.
"""

from __future__ import annotations

import re

_NAME_SET_OFF_THEN_A_VERB = re.compile(
    r", (?:[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|bin|al|de|van))*), "
    r"(?:has|have|had|is|was|were|are|will|would|shall|should|can|could|may|might|must|remains|remained)\s")
"""A name set off by commas (up to the bounded run of its capitalised words) and a finite verb or auxiliary after it."""


def opens_the_reported_clause(text: str, end: int, hi: int) -> bool:
    """Whether the phrase read as an inverted subject, ending at `end`, is followed by its holder's name set off by
    commas and then a finite verb ("said Kwara State governor, X, has shown …"): the subject of the clause reported,
    no tag. Cheap: ", " right after the phrase first, then the pattern in a window of 80 characters."""
    if not text.startswith(", ", end):
        return False
    return _NAME_SET_OFF_THEN_A_VERB.match(text, end, min(hi, end + 80)) is not None
