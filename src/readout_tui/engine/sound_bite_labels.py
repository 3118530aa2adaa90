"""A radio site's sound bite: unquoted words, then the speaker's label "Name, Office - Organisation" at the paragraph's end.

South African talk-radio pages (CapeTalk, 702) print what a guest said on air as a paragraph of its own with no
quotation marks, the speaker's label closing it, glued to the last stop or after a space (eighthundredthirtyfifth
capetalk 2023-06-06: "There is a lot of tension right now between the US and South Africa.Alan Winde, Premier -
Western Cape Government"; "… so you remain relevant. Alan Winde, Premier - Western Cape Government"): the words before
the label are that person's direct statement. The label's shape is narrow on purpose: a stop, then a name of two to
four capitalised words, a comma, an office, a spaced dash and an organisation, ending the paragraph.
"""
from __future__ import annotations

import re

LABEL_DASHES = (" - ", " – ")
"""The spaced dash between the label's office and organisation (a cheap `find` near the paragraph's end first)."""
LABEL_REACH = 160
"""How far before the paragraph's end the label may start."""

_SOUND_BITE_LABEL = re.compile(r"(?<=[.!?…])[ \t]?([A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3}), [A-Z][^\n,.!?“”\"]{1,60}? [-–] "
                               r"[A-Z][^\n.!?“”\"]{1,80}?[ \t]*\Z")
"""The label that closes a sound bite: its first group the speaker's name."""


def sound_bite_label(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The label closing the paragraph text[lo:hi] (`_SOUND_BITE_LABEL`), with words before it and no quotation mark
    in them, or None."""
    near = hi - LABEL_REACH if hi - LABEL_REACH > lo else lo
    if text.find(LABEL_DASHES[0], near, hi) < 0 and text.find(LABEL_DASHES[1], near, hi) < 0:
        return None
    label = _SOUND_BITE_LABEL.search(text, near, hi)
    if label is None or label.start() - lo < 12:
        return None
    if any(text.find(mark, lo, label.start()) >= 0 for mark in "“”\""):
        return None
    return label
