"""Readings of real Kremlin text of stop 31: a speaker named before an office of a body that
the parser reads as a titled name ("Johnson Khagazheyev, general director of the Norilsk Nickel
transpolar subsidiary, described …"), and a report carried on past a sentence that tells a group
what it should do ("CIS countries’ experts should advance initiatives …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask visited a copper mine"


def test_a_name_before_an_office_of_a_capitalised_body_speaks():
    """"Johnson Khagazheyev, general director of the Norilsk Nickel transpolar subsidiary, described the
    history of Norilsk and Oktyabrsky Mine to the President and presented him with …" (two-hundred-forty-fifth
    26983): "general director of the Norilsk Nickel" is an office of a body, read as a titled name; the one
    named before the aside described, as with "general director of the nickel subsidiary"."""
    body = (
        "The President went down into the mine. "
        "Tarvo Melnik, general director of the Kastra Copper northern subsidiary, described the history "
        "of the mine to the President and presented him with a set of ores."
    )
    assert_statements(body, [
        ("Tarvo Melnik", "indirect", "Tarvo Melnik, general director of the Kastra Copper northern subsidiary, "
         "described the history of the mine to the President and presented him with a set of ores."),
    ], title=TITLE)


def test_a_name_before_an_aside_naming_another_person_still_needs_a_speech_verb():
    """Guard: an aside with a titled name in it ("the wife of Prime Minister Ilo Brandt") after a name that is
    the object of "met" gives no statement; only a speech verb of the aside's bearer would."""
    body = "Mr Vask met Anna Lee, the wife of Prime Minister Ilo Brandt, at the airport."
    assert_statements(body, [], title=TITLE)


def test_what_a_group_should_do_carries_the_speech_on():
    """"Mr Putin said that the CIS would further build its potential. CIS countries’ experts should advance
    initiatives for further partnership within the CIS in the years to come, …" (two-hundred-forty-fifth 27513):
    a group told what it should do, right after a report, is the speaker's prescription carried on, not the
    people who met acting together."""
    body = (
        "Mr Vask said that the union would further build its potential. "
        "Member countries’ experts should advance initiatives for further partnership within the union "
        "in the years to come, offering those initiatives at the next summit."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said that the union would further build its potential."),
        ("Oren Vask", "indirect", "Member countries’ experts should advance initiatives for further partnership "
         "within the union in the years to come, offering those initiatives at the next summit."),
    ], title=TITLE)


def test_what_a_group_did_stays_narrative():
    """Guard: "Experts advanced initiatives at the summit." after a report: what a group did, with no
    "should" or "must", stays the readout's narrative."""
    body = (
        "Mr Vask said that the union would further build its potential. "
        "Member countries’ experts advanced initiatives at the summit."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said that the union would further build its potential."),
    ], title=TITLE)
