"""Patterns found by the fiftyfifth held-out set (real Kremlin news readouts, 2000 and 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_message_lead_in_that_opens_with_in_particular():
    """"In particular, the message contains the following passage:" is a lead-in to the
    message the title says its host sent, as "The message reads, in part:" is: the quoted
    paragraphs after it are the sender's, the one that runs over two paragraphs too."""
    body = (
        "In particular, the message contains the following passage:\n\n"
        "“With deep sorrow I learned of the many victims of the flood near Tarvo.\n\n"
        "Please accept my sincere condolences. I ask you to pass my sympathy to the families.”"
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "With deep sorrow I learned of the many victims of the flood near Tarvo."),
        ("Petr Halen", "direct",
         "Please accept my sincere condolences. I ask you to pass my sympathy to the families."),
    ], title="Petr Halen expressed his condolences to the President of Velmora, Anton Brask, over the flood")


def test_passive_sentences_of_things_done_carry_a_report_on():
    """A minister's report told on with sentences whose opening word counts ("Several dozen
    people had been detained …") or is a plural things were done to ("Weapons had been
    confiscated …"): those capitalised words are no one's name, no one acts, and the
    sentences are the minister's report."""
    body = (
        "President Petr Halen held a meeting with Interior Minister Anton Brask.\n\n"
        "The minister said that the police in Velmora were carrying out an operation against armed gangs. "
        "Several dozen people had been detained on suspicion of belonging to the gangs. "
        "Weapons had been confiscated from them.\n\n"
        "Mr Brask also spoke about the fight against fraud."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect",
         "The minister said that the police in Velmora were carrying out an operation against armed gangs."),
        ("Anton Brask", "indirect", "Several dozen people had been detained on suspicion of belonging to the gangs."),
        ("Anton Brask", "indirect", "Weapons had been confiscated from them."),
        ("Anton Brask", "indirect", "Mr Brask also spoke about the fight against fraud."),
    ])


def test_setting_several_objectives_is_an_instruction():
    """"Mr X set several additional objectives connected with …": tasks given to the man
    he met, an instruction, so a statement (as "set the task of …")."""
    body = (
        "President Petr Halen held a meeting with Konstantin Daro, director of the Border Service.\n\n"
        "Mr Daro reported on the situation on the state border.\n\n"
        "Mr Halen set several additional objectives connected with protecting the southern borders."
    )
    assert_statements(body, [
        ("Konstantin Daro", "indirect", "Mr Daro reported on the situation on the state border."),
        ("Petr Halen", "indirect",
         "Mr Halen set several additional objectives connected with protecting the southern borders."),
    ])
