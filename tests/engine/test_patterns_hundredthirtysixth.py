"""Rules from the hundred-thirty-sixth held-out set (president.gov.ua, March - April 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_lead_of_two_sentences_tied_by_but_is_all_the_speakers():
    """"Immediate ceasefire … are among the key aspects of a peace agreement … But strategically, our state wants
    … This was stated by Adviser … Mykhailo Podolyak …" (73625): a lead's second sentence opening with a
    contrastive "But" answers the first, so both are the adviser's; the first was given to no one."""
    body = ("A full withdrawal of foreign troops is among the key terms of any settlement in Norland. "
            "But strategically, our state wants firm guarantees of its security. "
            "This was stated by Adviser to the President of Norland Anna Berg in an interview to the media. "
            "\"There is no other way,\" she said.")
    assert_statements(body, expected=[
        ("Anna Berg", "indirect", "A full withdrawal of foreign troops is among the key terms of any settlement in Norland."),
        ("Anna Berg", "indirect", "But strategically, our state wants firm guarantees of its security."),
        ("Anna Berg", "direct", "There is no other way"),
    ])


def test_lead_tied_by_however_is_all_the_speakers():
    """The same with "However, " opening the lead's second sentence."""
    body = ("The grain corridor of Norland has worked for three weeks. "
            "However, the ports still need protection from the air. "
            "This was stated by Minister of Infrastructure of Norland Olaf Strand during a briefing.")
    assert_statements(body, expected=[
        ("Olaf Strand", "indirect", "The grain corridor of Norland has worked for three weeks."),
        ("Olaf Strand", "indirect", "However, the ports still need protection from the air."),
    ])


def test_lead_whose_first_sentence_names_its_actor_stays_narrative():
    """Guard: a first sentence with its own subject ("President X met …") is narrative, however the second opens."""
    body = ("President Anna Berg met with Prime Minister Olaf Strand of Ostmark. "
            "But the ports still need protection from the air. "
            "This was stated by Olaf Strand after the meeting.")
    assert_statements(body, expected=[
        ("Olaf Strand", "indirect", "But the ports still need protection from the air."),
    ])
