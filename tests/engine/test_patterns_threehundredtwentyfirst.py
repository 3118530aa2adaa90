"""Readings of real Kremlin text of stop 34 (three-hundred-twenty-first): en.kremlin.ru news of February and March 2013.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_condolences_to_the_family_of_a_name_mourn_that_name():
    """"Condolences to family and friends of Van Cliburn" (three-hundred-twenty-first kremlin_17596): the one whose
    family and friends receive the condolences is mourned, not the readout's host; the body's bare "the President"
    is the sender, as for "the passing of X"."""
    body = (
        "Oren Vask expressed his sincere condolences to the family and friends of Lev Dorran on the singer's death.\n\n"
        "In particular, the President stressed that his departure is an irreparable loss for all who knew him. "
        "He also noted that Lev Dorran's songs united people of different nations."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "Oren Vask expressed his sincere condolences to the family and friends of Lev Dorran on the singer's death."),
        ("Oren Vask", "indirect",
         "In particular, the President stressed that his departure is an irreparable loss for all who knew him."),
        ("Oren Vask", "indirect", "He also noted that Lev Dorran's songs united people of different nations."),
    ], title="Condolences to family and friends of Lev Dorran")


def test_a_meeting_with_the_family_of_a_name_is_no_condolence():
    """Guard: a title that is no condolence ("Meeting with the family of Lev Dorran") mourns no one: the family
    words mark the mourned only in a condolence's title, so what the body tells of Lev Dorran after the
    President's words is narrative, not the President's report carried on."""
    body = (
        "Oren Vask met with the family of Lev Dorran.\n\n"
        "The President stressed that the family would have every support. "
        "Lev Dorran founded the city's first theatre in 1990."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President stressed that the family would have every support."),
    ], title="Meeting with the family of Lev Dorran")
