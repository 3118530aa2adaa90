"""A hope voiced with a comma and no "that" ("Mr Imam hopes, the first freight trains will run before 2027.").

South Asian and Central Asian press English drops the "that" after a verb of hope and puts a comma in its place: "The
Consul General hopes, the ferry line can reopen next summer." (hard83). "hopes" is as often a plural noun ("raised
hopes, the ministry said"), and a plural noun form right before a comma is read as the noun (`speech_subjects._cue_at`);
here the words after the comma are a clause of their own, a subject of up to fifteen words (an aside in commas within it) and then a modal or an
auxiliary ("the first freight trains on the corridor will run", "the two institutions can sign"), so the form is the
verb. A speech verb after the comma ("hopes, the ministry said") is not an auxiliary: the noun reading stays.
"""

from __future__ import annotations

import re

HOPE_FORMS = frozenset({"hopes"})
"""The plural-noun forms of a verb of hope read so before a comma (`sentence_patterns.PLURAL_NOUN_FORMS` holds them)."""

_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:the|a|an|this|these|that|those|its|his|her|their|our|it|he|she|they|we|both|all|[A-Z][\w’'-]*)"
    r"(?:,?\s+(?!(?:said|says|told|added|noted|stated)\b)[\w’'-]+){0,14}?"
    r",?\s+(?:will|would|can|could|should|may|might|must|shall|is|are|was|were|has|have|had)\s+[a-z]")
"""A comma, then a clause's subject (an article, a determiner, a pronoun or a capitalised word, then up to fourteen words,
commas among them, no speech verb) and its modal or auxiliary before a lower-case word: "…, the ferry line between Kalbrunn
and the Teldrian port of Askvik can reopen"; the match is anchored at the comma and bounded by its few words."""


def hope_opens_a_clause(text: str, ve: int, hi: int) -> bool:
    """Whether the hope form ending at `ve` is followed by a comma and a clause of its own (the verb, not the noun)."""
    return text.startswith(",", ve) and _CLAUSE_AFTER_COMMA.match(text, ve, hi) is not None
