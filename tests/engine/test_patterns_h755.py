"""Constructions found by helper h755's set fivehundredsixtyeighth (the City of Novi Sad's English news, its
investment office's, and the City of Kraków's "Mayor's guests" pages): names typed with both keyboards, a Cyrillic
small letter that looks like a Latin one inside a Latin name ("Milоš Vučеvić", "Brаnislаv Мićunоvić"), read as the
Latin letter so that every mention is one person with one Latin name.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; the
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_cyrillic_small_lookalikes_inside_a_latin_name_are_read_as_latin():
    """"Ambassador Мićunоvić extended his gratitude …" (five-hundred-sixty-eighth novisad montenegro_ambassador: a
    Cyrillic capital М and small а, о inside Latin names): the look-alikes read as Latin, the speaker's name printed
    in Latin letters, the statements quoted as written; before, only the capital was read as Latin and the speaker
    was printed "Brаnislаv Mićunоvić", a name in neither alphabet."""
    body = (
        "Mayor Tomаs Brеlić received today the Ambassador of Kastravia Mr. Dаrkо \u041cilоvić.\n\n"
        "Ambassador \u041cilоvić extended his gratitude to the Mayor for the reception. He also noted that relations "
        "between the two countries are good."
    )
    assert_statements(body, [
        ("Darko Milović", "indirect",
         "Ambassador \u041cilоvić extended his gratitude to the Mayor for the reception."),
        ("Darko Milović", "indirect", "He also noted that relations between the two countries are good."),
    ])


def test_russian_words_stay_cyrillic():
    """Guard: a sentence in Russian (its small letters between Cyrillic ones) is left as written: no statement in it."""
    body = (
        "Minister Ilva Brask of Kastravia received Mr Toma Brisk.\n\n"
        "Министр сказал, что встреча была полезной."
    )
    assert_statements(body, [])
