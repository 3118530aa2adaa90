"""Small steps over a readout's text: a word back, past spaces, outside quotation marks."""
from __future__ import annotations

from readout_tui.engine.segments import split_sentences


_TAIL_CHARS = " \t\n,;:—–-"


def strip_marks(text: str, lo: int, hi: int) -> tuple[int, int]:
    marks = "\"“”„«»'‘’ \t"
    while lo < hi and text[lo] in marks:
        lo += 1
    while hi > lo and text[hi - 1] in marks + ",":
        hi -= 1
    return lo, hi


def strip_tail(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in _TAIL_CHARS:
        hi -= 1
    return hi


def end_before_space(text: str, lo: int, hi: int) -> int:
    """Where text[lo:hi] ends without its trailing white space: `len(text[:hi].rstrip())` without
    copying the text before `hi` (not before `lo`)."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def back_over(text: str, lo: int, pos: int, chars: str) -> int:
    """`pos` moved back over any of `chars` before it, not before `lo`."""
    while pos > lo and text[pos - 1] in chars:
        pos -= 1
    return pos


def sentence_start_before(text: str, pos: int) -> int:
    """Where the sentence that runs up to `pos` begins: after the last ". " or line break before `pos`, or at 0."""
    stop = text.rfind(". ", 0, pos)
    start = stop + 2 if stop >= 0 else 0
    line = text.rfind("\n", 0, pos) + 1
    return start if start > line else line  # (`max` written out: the builtin costs ten times the test)


def skip_space(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo] in " \t\n,;:—–":
        lo += 1
    return lo


_WORD_CHARS = frozenset("_’'-")


def word_back(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    r"""Where the last word of text[lo:hi] lies, trailing spaces aside: what a search
    for `([\w’'-]+)\s*$` finds, read from the end (that search tries every start
    in the window, and it runs before each speech verb)."""
    # (the window is a few words, read as one slice: its trailing spaces, the last
    # space in it and the letters after that are found by calls in C; `rstrip`
    # drops what `isspace` calls a space)
    window = text[lo:hi].rstrip()
    end = lo + len(window)
    # (most words: letters after a space, or after `lo`)
    space = window.rfind(" ")
    if window[space + 1:].isalnum():
        return lo + space + 1, end
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS):
        start -= 1
    return (start, end) if start < end else None


def uncovered_parts(lo: int, hi: int, holes: list[tuple[int, int]], consumed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [lo, hi) not covered by quotations or attribution clauses."""
    cuts = sorted(holes + consumed)
    out = []
    pos = lo
    for a, b in cuts:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < hi:
        out.append((pos, hi))
    return [(a, b) for a, b in out if b - a > 2]


def last_sentence(text: str, lo: int, hi: int) -> int:
    """Start of the last sentence in text[lo:hi]."""
    spans = split_sentences(text, lo, hi)
    return spans[-1][0] if spans else lo
