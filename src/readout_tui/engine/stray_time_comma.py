"""A day word between a subject and its verb, with a stray comma after it.

"Lagos State Governor, Mr. Babajide Sanwo-Olu yesterday, said his administration will continue to …"
(eighthundredtwentythird sunnewsonline 2022-08-10): "yesterday" goes with the verb ("X yesterday said …", read so
already), and the comma after it is a slip; the verb is the named person's. Read only when the day word follows a
person's name or office that opens the sentence (an office set off before the name may stand first), and no inverted
tag follows the verb ("… arrived in Lagos yesterday, said the Minister": the subject after the verb).
"""

from __future__ import annotations

from readout_tui.engine.phrases import phrase_ending_at

_DAY_WORDS = (" yesterday", " today")
"""The day words read before a stray comma (a space before each: a word of its own)."""


def _opening_words_only(text: str, lo: int, start: int) -> bool:
    """Whether text[lo:start] holds no verb: capitalised words, "of", "the", "and", commas only ("Lagos State
    Governor, " before the name set off after its office), or nothing."""
    return all(word[:1].isupper() or word in ("of", "the", "and", "for") for word in text[lo:start].replace(",", " ").split())


def subject_may_follow(text: str, verb: int) -> bool:
    """Whether the verb at `verb` may take its subject after it, an inverted tag ("… in July, said Prime Minister X.",
    "…, said the Minister"): a capital, or "the" and a capital, after the verb's word, or no space within 20
    characters to tell. Where it may, the comma before the verb is no stray (here and in
    `speech_subjects._date_before_stray_comma`)."""
    after = text.find(" ", verb, verb + 20)
    return after < 0 or text[after + 1:after + 2].isupper() \
        or text.startswith("the ", after + 1) and text[after + 5:after + 6].isupper()


def day_word_before_stray_comma(text: str, lo: int, comma: int, verb: int) -> int | None:
    """Where the day word ends at the comma at text[comma], right before the verb at `verb`, starts, when the words
    before it are a person's name or office opening the sentence (`_opening_words_only`) and the verb takes no
    inverted subject after it (a capital, or "the" and a capital); else None. A cheap test first: the day word."""
    if not text.endswith(_DAY_WORDS, lo, comma):
        return None
    start = text.rfind(" ", lo, comma) + 1
    if subject_may_follow(text, verb):
        return None
    subject = phrase_ending_at(text, lo, start - 1)
    if subject is None or not subject.is_person or subject.kind not in ("name", "description") \
            or not _opening_words_only(text, lo, subject.start):
        return None
    return start
