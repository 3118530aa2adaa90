"""A host's welcome to a place, then a speech participle with no comma before it.

"The governor welcomed the U.S Consul General to Lagos saying the state is the heart beat of Nigeria, …"
(eighthundredtwentythird sunnewsonline 2022-08-10): "welcomed X to Lagos" is a host's act (no thing welcomed in
words), and "saying" after the place, its comma left out, goes on with the host's clause, as ", saying" does; the
place before it is no one who speaks.
"""

from __future__ import annotations

import re

from readout_tui.engine.sentence_patterns import SAYING_THAT_FORMS

_WELCOMED_TO_A_PLACE = re.compile(r"\bwelcomed\s+(?:[^,;:!?“”\"]{1,100}?\s)?to\s+(?:the\s+)?"
                                  r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+\Z")
""""welcomed", its guest, "to" and a capitalised place right before the participle ("welcomed the Consul General to
Lagos "; the full stop of "U.S" may stand in the guest's words); no comma, colon or quotation between."""
_REACH = 160
"""How far before the participle "welcomed" may stand (characters)."""


def saying_after_a_place_welcomed_to(text: str, lo: int, vs: int, form: str) -> bool:
    """Whether the participle `form` at `vs` follows, with no comma, a guest welcomed to a capitalised place
    (`_WELCOMED_TO_A_PLACE`): the clause's subject, the host, says it. Cheap tests first: the form (`SAYING_THAT_FORMS`), "welcomed" near."""
    if form not in SAYING_THAT_FORMS:
        return False
    start = vs - _REACH if vs - _REACH > lo else lo
    welcomed = text.rfind("welcomed ", start, vs)
    return welcomed >= 0 and text.find(" with ", lo, vs) < 0 \
        and _WELCOMED_TO_A_PLACE.match(text, welcomed, vs) is not None
