"""Short words that open a sentence before its subject and a relative clause set off after it.

"Earlier, Thornley, who was accompanied by the Deputy High Commissioner …, Mr James Chrisoff, said the visit was …"
(eighthundredtwentythird stelladimokokorkus 2018-01-26): a linking or time adverb and its comma stand before the
subject, and the names inside the "who" aside are its objects; the verb after the aside is the subject's, as it is
when the subject opens the sentence ("Thornley, who was accompanied by …, said …").
"""

from __future__ import annotations

import re

FRONTED_LINK = re.compile(r"(?:Earlier(?:\s+on)?|Later|Meanwhile|Also|Besides|However|Moreover|Furthermore|Similarly"
                          r"|Likewise|Afterwards|Subsequently|Separately|Additionally|Again|Then|Today|Yesterday"
                          # (ninehundredseventyseventh punch: "As such, the governor, a retired police general …,
                          # called on …": a link of consequence, as "Similarly" one of likeness)
                          r"|As\s+such|Accordingly"
                          r"|In\s+(?:response|reply|turn|return)|For\s+(?:his|her)\s+part|On\s+(?:his|her)\s+part"
                          # (a day of the week, as "Today", "Yesterday": "On Monday, X, while condemning …, stressed …")
                          r"|On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                          r",\s+")
"""A linking or time adverb and its comma that open a sentence before its subject ("Earlier, ", "Meanwhile, ",
"For his part, ", "On Monday, ")."""
AGENCY_CREDIT = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,4}(?:Agency|News|Press)\s?\([A-Z]{2,6}\)(?:\s?[_–-]\s?[A-Z][a-z]+)?,\s+")
"""A news agency's credit line, its initials in brackets and maybe its desk after an underscore or a dash, closed by a
comma, that opens the sentence before its subject ("Afghan Voice Agency(AVA)_Monitoring, Hanafi, while …, pointed
to …", eighthundredeightyfourth avapress): the agency's, no subject; the phrase after it opens the clause."""


def opened_by_a_fronted_link(text: str, lo: int, start: int) -> bool:
    """Whether the words from the sentence's start `lo` up to `start` are one fronted link (`FRONTED_LINK`): the phrase
    at `start` then opens the clause as if it opened the sentence. A cheap test first: a comma right before `start`."""
    return start - lo <= 24 and text.startswith(", ", start - 2) and FRONTED_LINK.fullmatch(text, lo, start) is not None


def opened_by_a_link_or_credit(text: str, lo: int, start: int) -> bool:
    """Whether the words from the sentence's start `lo` up to `start` are one fronted link (`opened_by_a_fronted_link`)
    or a news agency's credit line (`AGENCY_CREDIT`): the phrase at `start` then opens the clause. A cheap test first:
    a comma right before `start`, and a bracket in the words for a credit."""
    if opened_by_a_fronted_link(text, lo, start):
        return True
    return start - lo <= 60 and text.startswith(", ", start - 2) and text.find("(", lo, start) > lo \
        and AGENCY_CREDIT.fullmatch(text, lo, start) is not None
