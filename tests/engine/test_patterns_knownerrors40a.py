"""Readings of known errors of labelled real sets (stop 40, the last sixty sets): a sentence left between two
sentences of one person's report, the second closed by its cue ("…, the governor said.", hundred-twenty-fifth
kremlin_68299, three-hundred-fifty-fourth belarus_president_2019-12-19_security_council).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

AIRCRAFT_TITLE = "Meeting with Governor of Dornsk Region Ivo Brand"
AIRCRAFT_OPENING = "President Arno Veld held a working meeting with Governor of Dornsk Region Ivo Brand.\n\n"
SPOKE = "Ivo Brand also spoke about the plan to manufacture the new aircraft in Dornsk."
AGREED = ("Agreements have been reached that the Ministry of Industry will provide funding to build the plants, while the "
          "Ministry of Finance will pay for the equipment.")
CLOSED = "Light aircraft are manufactured in the same area, the governor said."


def test_a_sentence_between_a_report_and_its_closing_cue_is_the_reporters():
    """"Mikhail Degtyaryov also spoke about the plan … . The local aircraft builders have … . Agreements have been
    reached that the Ministry … will provide funding … . Superjets are manufactured in the same area, the governor
    said." (hundred-twenty-fifth kremlin_68299): the agentless passive between his report and the sentence his cue
    closes is his too."""
    body = AIRCRAFT_OPENING + " ".join((SPOKE, AGREED, CLOSED)) + "\n"
    assert_statements(body, [
        ("Ivo Brand", "indirect", SPOKE),
        ("Ivo Brand", "indirect", AGREED),
        ("Ivo Brand", "indirect", CLOSED),
    ], title=AIRCRAFT_TITLE)


def test_a_sentence_before_an_opening_cue_stays_narrative():
    """Guard: where the report after the gap opens with its cue ("The governor said that …"), nothing takes the
    sentence back: the agentless passive stays the readout's own."""
    opened = "The governor said that light aircraft are manufactured in the same area."
    body = AIRCRAFT_OPENING + " ".join((SPOKE, AGREED, opened)) + "\n"
    assert_statements(body, [
        ("Ivo Brand", "indirect", SPOKE),
        ("Ivo Brand", "indirect", opened),
    ], title=AIRCRAFT_TITLE)


def test_a_sentence_that_names_someone_stays_out_of_the_gap():
    """Guard: a sentence in the gap that names another person ("Minister X also joined the meeting.") is the
    readout's narrative, whoever's cue closes the next sentence."""
    joined = "Minister of Industry Tomas Berg also joined the meeting."
    body = AIRCRAFT_OPENING + " ".join((SPOKE, joined, CLOSED)) + "\n"
    assert_statements(body, [
        ("Ivo Brand", "indirect", SPOKE),
        ("Ivo Brand", "indirect", CLOSED),
    ], title=AIRCRAFT_TITLE)
