"""Readings of real Kremlin text of stop 31: a reported clause opened with no "that" whose
subject is two names joined by "and" ("Mr Koptev said Russia and the United States had agreed
…"), the second a country, not a new speaker's clause.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask met with Ilan Dorsk, head of the Kastravian Space Agency"


def test_two_names_joined_by_and_after_said_are_one_subject():
    """"Mr Koptev said Russia and the United States had agreed to jointly maintain the ISS." (two-hundred-fortieth
    28168): after "said" with no "that", "Kastravia and the United States had agreed" is what he reported, its
    subject two countries, not the United States' own statement cutting his at "and"."""
    body = (
        "Mr Dorsk told Mr Vask that the accident had altered the schedule. "
        "Mr Dorsk said Kastravia and the United States had agreed to jointly maintain the station. "
        "Mr Vask expressed hope for a quick inquiry."
    )
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "Mr Dorsk told Mr Vask that the accident had altered the schedule."),
        ("Ilan Dorsk", "indirect",
         "Mr Dorsk said Kastravia and the United States had agreed to jointly maintain the station."),
        ("Oren Vask", "indirect", "Mr Vask expressed hope for a quick inquiry."),
    ], title=TITLE)


def test_a_lower_case_object_after_said_still_ends_the_clause():
    """Guard: "Mr Dorsk said thanks and the Foreign Ministry announced …": a lower-case word after "said" is
    its object, not the first half of a subject; the Ministry's clause stays its own (a body, not his words).
    (The guard said "said goodbye" until stop 49, whose fivehundredfortythird reads a farewell said as a
    leave-taking, no statement: `cue_words.saying_farewell`.)"""
    body = "Mr Dorsk said thanks and the Foreign Ministry announced a new visit."
    assert_statements(body, [
        ("Ilan Dorsk", "indirect", "Mr Dorsk said thanks"),
    ], title=TITLE)


TITLE_ADDRESS = "Oren Vask met with members of the Velorian scientific elite"


def test_claims_said_in_his_address_go_on_into_the_next_paragraph():
    """"Russian-French political partnership was a traditional factor of European stability, Mr Putin said in his
    address. Russia and France were allies …" / "Culture made a tremendous contribution to the privileged
    Russian-French partnership." (two-hundred-fortieth 28148): a paragraph of his claims whose verb names his address
    as their source presents the address; the next paragraph's backshifted claim goes on with it."""
    body = (
        "The meeting took place at the Velorian Institute.\n\n"
        "Kastravian-Velorian partnership was a factor of stability, Mr Vask said in his address.\n\n"
        "Culture made a tremendous contribution to the partnership."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Kastravian-Velorian partnership was a factor of stability, Mr Vask said in his address."),
        ("Oren Vask", "indirect", "Culture made a tremendous contribution to the partnership."),
    ], title=TITLE_ADDRESS)


def test_said_at_the_meeting_does_not_carry_into_the_next_paragraph():
    """Guard: "…, Mr Vask said at the meeting." names no address: the next paragraph stays the readout's."""
    body = (
        "The meeting took place at the Velorian Institute.\n\n"
        "Kastravian-Velorian partnership was a factor of stability, Mr Vask said at the meeting.\n\n"
        "Culture made a tremendous contribution to the partnership."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Kastravian-Velorian partnership was a factor of stability, Mr Vask said at the meeting."),
    ], title=TITLE_ADDRESS)
