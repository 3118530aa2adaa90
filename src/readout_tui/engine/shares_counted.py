"""A class of firms or people counted as a share of a whole, in the present tense: a statistic, not a group acting.

"Mr. X informed that the share of the city in the country's GDP is 20%. The city's businesses provide 30% of all
revenue in the state budget. Representatives of small and medium-sized enterprises provide 70% of all tax revenue to the
republican budget." (eighthundredsixtyfifth, a Kazinform readout of the Akim of Almaty's meeting with a consul general):
the last sentence's subject reads as a group ("Representatives"), and a group's sentence is its own act, so the mayor's
figures stopped there. Its verb counts the group as a share of something ("provide 70% of …", "account for a third of
…" is not taken: only a percentage), as a report of figures does; no one who met acts in it.
"""
from __future__ import annotations

import re

from readout_tui.engine.phrases import Phrase
from readout_tui.engine.text_steps import skip_space

_SHARE_OF_A_WHOLE = re.compile(
    r"(?:of\s+[^.;,:]{1,80}?\s+)?"
    r"(?:provide|provides|account\s+for|accounts\s+for|make\s+up|makes\s+up|comprise|comprises|represent|represents|"
    r"generate|generates|produce|produces|contribute|contributes|employ|employs)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?"
    r"\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)\s+of\s")
"""After a group's head noun and its "of" complement, if any, a present-tense verb of a share and a percentage "of" a
whole ("Representatives of small and medium-sized enterprises provide 70% of all tax revenue …")."""


def counted_as_a_share(text: str, subject: Phrase, hi: int) -> bool:
    """Whether the group `subject`, in a sentence ending at `hi`, is counted as a share of a whole in the present tense
    right after its head noun (`_SHARE_OF_A_WHOLE`). A cheap test of a per cent sign or word in the sentence first."""
    rest = text[subject.end:hi]
    if "%" not in rest and "per" not in rest:
        return False
    return _SHARE_OF_A_WHOLE.match(text, skip_space(text, subject.end, hi), hi) is not None
