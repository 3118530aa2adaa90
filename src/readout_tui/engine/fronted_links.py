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
                          r"|In\s+(?:response|reply|turn|return)|For\s+(?:his|her)\s+part|On\s+(?:his|her)\s+part)"
                          r",\s+")
"""A linking or time adverb and its comma that open a sentence before its subject ("Earlier, ", "Meanwhile, ",
"For his part, ")."""


def opened_by_a_fronted_link(text: str, lo: int, start: int) -> bool:
    """Whether the words from the sentence's start `lo` up to `start` are one fronted link (`FRONTED_LINK`): the phrase
    at `start` then opens the clause as if it opened the sentence. A cheap test first: a comma right before `start`."""
    return start - lo <= 24 and text.startswith(", ", start - 2) and FRONTED_LINK.fullmatch(text, lo, start) is not None
