"""Helper h1115 (eighthundredfortyeighth, the Chairman of the Government of Adjara): a sentence that says nothing and
brings a person into the meeting in the passive ("At the meeting new regional director of SOCAR Farid Mammadov was
introduced to Varshalomidze.") makes that person the one an opening "He" of the next sentence goes on with, when the
readout has no subject yet (its opening named two people together)."""

from __future__ import annotations

from .test_patterns import assert_statements

OPENING = (
    "Head of Orsan government Davor Kettleby and Mirland's Consul General Ivo Pastrel discussed a plan of "
    "cooperation during a meeting in Velmar.\n\n"
)
CLOSING = "\n\nIn turn, Kettleby stressed that the leadership welcomes foreign investments."
HE_STRESSED = "He stressed that the company intends to expand its activities in Orsa next year."


def test_the_one_introduced_in_the_passive_is_the_he_after_him():
    body = OPENING + "At the meeting Tavin Brask was introduced to Kettleby. " + HE_STRESSED + CLOSING
    assert_statements(body, [
        ("Tavin Brask", "indirect", HE_STRESSED),
        ("Davor Kettleby", "indirect", "In turn, Kettleby stressed that the leadership welcomes foreign investments."),
    ])


def test_the_one_received_in_the_passive_his_office_set_off_by_commas():
    body = (OPENING + "At the meeting, the new director of Orco, Tavin Brask, was received by Kettleby. " + HE_STRESSED
            + CLOSING)
    assert_statements(body, [
        ("Tavin Brask", "indirect", HE_STRESSED),
        ("Davor Kettleby", "indirect", "In turn, Kettleby stressed that the leadership welcomes foreign investments."),
    ])


def test_a_speech_verb_in_the_passive_brings_no_one_in():
    # guard: "was informed by" is spoken to, not brought in; the "He" stays as the engine read it before (the one who
    # informed, whose words the passive reports), never the one informed
    body = OPENING + "Tavin Brask was informed by Kettleby. " + HE_STRESSED + CLOSING
    result = assert_statements(body, [
        ("Davor Kettleby", "indirect", "Tavin Brask was informed by Kettleby."),
        ("Davor Kettleby", "indirect", HE_STRESSED),
        ("Davor Kettleby", "indirect", "In turn, Kettleby stressed that the leadership welcomes foreign investments."),
    ])
    assert all(s.speaker != "Tavin Brask" for s in result.statements)


def test_a_subject_named_before_keeps_the_pronoun_when_no_one_is_brought_in():
    # guard: with one subject before and an active "met" sentence, the rule does not fire and "He" is read as before
    body = (
        "Davor Kettleby received Mirland's Consul General Ivo Pastrel in Velmar.\n\n"
        "Kettleby noted the ties between Orsa and Mirland. He stressed that the region welcomes foreign investments."
    )
    assert_statements(body, [
        ("Davor Kettleby", "indirect", "Kettleby noted the ties between Orsa and Mirland."),
        ("Davor Kettleby", "indirect", "He stressed that the region welcomes foreign investments."),
    ])
