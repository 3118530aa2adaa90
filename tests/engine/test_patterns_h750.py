"""Statements found by helper h750 (fivehundredsixtythird, a Korean province's releases in English copies):
"X said, “…,” and added, “…”", the second quotation joined to the first by "and" and a speech verb alone; and
"“…,” X said, adding, “…”", the participle and its comma only leading in the next quotation.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "Governor Lena Ostrova of Varn Province met with Mayor Piet Sandor of Kelm on Monday.\n\n"


def test_second_quotation_after_and_added_is_the_same_speakers():
    """"Governor Ostrova said, “…,” and added, “…”": the second quotation is hers too; before, it was lost."""
    assert_statements(_LEAD + (
        "In response, Governor Ostrova said, “Varn and Kelm have long been close,” and added, “we expect "
        "a direct ferry to bring more visitors.”"
    ), [
        ("Lena Ostrova", "direct", "Varn and Kelm have long been close"),
        ("Lena Ostrova", "direct", "we expect a direct ferry to bring more visitors."),
    ])


def test_second_quotation_after_and_further_vowed_that_with_marks_typed_backwards():
    """"He continued, "…," and further vowed that "…"" and "”…,“ and added, ”…"" (marks typed the wrong way
    round): the same speaker's second quotation."""
    assert_statements(_LEAD + (
        "Governor Ostrova said, ”Varn values its friends,“ and added, ”we will open an office in Kelm.\"\n\n"
        "She continued, \"We will work with the port authority,\" and further vowed that \"Varn is ready to "
        "take on any role.\""
    ), [
        ("Lena Ostrova", "direct", "Varn values its friends"),
        ("Lena Ostrova", "direct", "we will open an office in Kelm."),
        ("Lena Ostrova", "direct", "We will work with the port authority"),
        ("Lena Ostrova", "direct", "Varn is ready to take on any role."),
    ])


def test_adding_and_a_comma_only_lead_in_the_next_quotation():
    """"“…,” Sandor said, adding, “…”": "adding," leads in the quotation, no statement of its own (as "adding:");
    before, "adding, “" was given to him as a report."""
    assert_statements(_LEAD + (
        "“Kelm is ready for more trade,” Sandor said, adding, “I will visit Varn in the spring.”"
    ), [
        ("Piet Sandor", "direct", "Kelm is ready for more trade"),
        ("Piet Sandor", "direct", "I will visit Varn in the spring."),
    ])


def test_and_a_non_speech_verb_between_quotations_gives_nothing():
    """Guard: "“…,” and visited “…”" — a visit between the quotations, no speech verb: the second quotation, a
    name, is no one's words."""
    assert_statements(_LEAD + (
        "Governor Ostrova said, “Kelm is a model city,” and visited “Harbour Gate” later."
    ), [
        ("Lena Ostrova", "direct", "Kelm is a model city"),
    ])


def test_quotation_told_by_an_embassy_after_it_is_no_ones():
    """"“…,” remarked the Embassy of Kelm in …" / "“…,” the Ministry said": a body's words, no one's; before,
    they were given to the readout's only person."""
    assert_statements((
        "Governor Lena Ostrova of Varn tried to arrange a meeting with the Kelm ambassador.\n\n"
        "“It is difficult for the ambassador to meet as he only took office this week,” remarked the Embassy of "
        "Kelm in the Republic of Varn.\n\n"
        "“The matter is under review,” the Foreign Ministry said."
    ), [])


def test_quotation_told_by_a_ministrys_spokesperson_stays_hers():
    """Guard: "“…,” said the Ministry’s spokesperson Maria Zell": a person speaks for the body, her words."""
    assert_statements((
        "Governor Lena Ostrova of Varn tried to arrange a meeting with the Kelm ambassador.\n\n"
        "“The matter is under review,” said the Ministry’s spokesperson Maria Zell."
    ), [
        ("Maria Zell", "direct", "The matter is under review"),
    ])
