"""A speech verb in a time clause that follows the sentence's main clause: no one's statement.

"It comes just weeks after Trade and Industry Minister X indicated that they will push for …" and "SA-US relations
have taken a blow recently after the US ambassador accused South Africa of …" (eighthundredthirtyfifth ewn and
capetalk): the main clause ("It comes", "relations have taken a blow") tells an event; the one who spoke is only the
subject of the clause "after …" that dates it, so the sentence reports no one's words (GOLD-FORMAT: a statement's
main clause reports what one person said). A time clause that opens the sentence ("After X said …, Y …") is
`reported_speech._subordinate_only`'s; "came a day after he requested" `speech_subjects._CAME_AFTER_ONES_WORDS`.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from readout_tui.engine.lexicon import SPEECH_VERBS
from readout_tui.engine.phrases import Phrase

TIME_WORDS = (" after ", " before ")
"""The conjunctions looked for (a cheap `find` in the sentence before the verb first)."""

_CONJUNCTION_BEFORE = re.compile(r"[A-Za-z]\s+(?:after|before)\s+((?:[A-Z][\w’'.-]*\s+(?:(?:and|of|&)\s+)?){0,4})\Z")
"""The conjunction right before the subject, a word (no comma: not "…, after which") before it, and the capitalised
words of an office the subject's phrase leaves out before its own start ("after Trade and Industry Minister X")."""

_TIME_MEASURE_OPENING = re.compile(r"(?:(?:just|only|barely|some|about|nearly|almost)\s+)?(?:(?:a|an|one|two|three|four|five|"
                                   r"six|seven|eight|nine|ten|several|a\s+few|few|\d+)\s+)?(?:more\s+)?(?:days?|weeks?|"
                                   r"months?|years?|hours?|minutes?|moments?|shortly|soon|immediately|long|right|not\s+long|"
                                   r"the\s+day|the\s+week)", re.IGNORECASE)
"""Words before the conjunction that only measure the time, the clause then opening the sentence ("A day after X
announced …, he said …": the main clause comes after it, test_patterns_h988)."""


def in_a_time_clause_after_the_main(text: str, lo: int, subject: Phrase | None, verb_starts: list[int],
                                    verb_hits: list[tuple[int, int]]) -> bool:
    """Whether `subject`, the person before a speech verb in the sentence opening at `lo`, is the subject of a clause
    "after …" / "before …" that follows a main clause of at least two words with no speech verb of its own (among
    `verb_hits`, the text's cue words in order, `verb_starts` their starts; not "comes", "taken"): "X said the talks
    were useful after the Prime Minister noted that …" keeps its second speaker (hard43, the sentence cut there)."""
    if subject is None or not subject.is_person or subject.start - lo < 12:
        return False
    conjunction = _CONJUNCTION_BEFORE.search(text, subject.start - 80 if subject.start - 80 > lo else lo, subject.start)
    if conjunction is None:
        return False
    main = text[lo:conjunction.start() + 1]
    if main.count(" ") < 1 or _TIME_MEASURE_OPENING.fullmatch(main) is not None:
        return False
    k = bisect_left(verb_starts, lo)
    while k < len(verb_starts) and verb_starts[k] < conjunction.start():
        if text[verb_hits[k][0]:verb_hits[k][1]] in SPEECH_VERBS:
            return False
        k += 1
    return True
