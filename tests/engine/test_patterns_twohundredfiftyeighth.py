"""Readings of real Kremlin text of January 2003 (two-hundred-fifty-eighth): "named such priorities
as" as a statement, and a person given two
offices joined by "and" in the title ("Alexei Kudrin, Deputy Prime Minister and Finance
Minister"), whom a later bare office means.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_two_offices_joined_by_and_in_the_title_are_both_the_persons():
    """"President Vladimir Putin had a meeting with Alexei Kudrin, Deputy Prime Minister and Finance
    Minister" … "The Finance Minister expressed his confidence that …" (two-hundred-fifty-eighth 28074):
    both offices are his, so the bare "The Finance Minister" is Kudrin."""
    body = (
        "Mr Tarkin told the President about the results of the year.\n\n"
        "The Finance Minister expressed his confidence that the ratings would improve."
    )
    assert_statements(body, [
        ("Boris Tarkin", "indirect", "Mr Tarkin told the President about the results of the year."),
        ("Boris Tarkin", "indirect", "The Finance Minister expressed his confidence that the ratings would improve."),
    ], title="President Oren Vask had a meeting with Boris Tarkin, Deputy Prime Minister and Finance Minister")


def test_an_office_then_and_a_named_minister_are_two_people():
    """Guard: "Ida Morn, Minister of Energy and Foreign Minister Bo Lund" names two people; the
    second office goes with Bo Lund, not with Ida Morn."""
    body = "The Foreign Minister said that the talks had been useful."
    assert_statements(body, [
        ("Bo Lund", "indirect", "The Foreign Minister said that the talks had been useful."),
    ], title="President Oren Vask met with Ida Morn, Minister of Energy and Foreign Minister Bo Lund")


def test_named_such_priorities_as_is_a_statement():
    """"Mr Putin also named such priorities as the protection of intellectual property rights and the
    development of a patent system." (two-hundred-fifty-eighth 27985): priorities stated, "such … as"
    listing them, as "named the … priorities"."""
    body = "Mr Vask also named such priorities as the protection of property rights and the development of a patent system."
    assert_statements(body, [("Oren Vask", "indirect", body)], title="Oren Vask met scientists")


def test_named_such_a_person_as_envoy_is_no_statement():
    """Guard: "named such a man as envoy" appoints; no priorities are stated."""
    body = "Mr Vask named such a seasoned diplomat as envoy to Kastravia."
    assert_statements(body, [], title="Oren Vask met scientists")



def test_a_one_word_office_and_a_second_office_is_no_bare_president():
    """Guard: "Fatima Vell, President and CEO of the Law Center" is the Center's president: the bare
    "the President" of the readout stays the principal's."""
    body = ("The President welcomed the leaders. Fatima Vell, President and CEO of the Law Center, spoke about access to care. "
            "The President thanked the participants.")
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President welcomed the leaders."),
        ("Fatima Vell", "indirect", "Fatima Vell, President and CEO of the Law Center, spoke about access to care."),
        ("Oren Vask", "indirect", "The President thanked the participants."),
    ], title="Readout of President Oren Vask’s meeting with health leaders")


def test_a_second_office_that_only_ends_in_an_office_is_not_read():
    """Guard: "Nia Orr, Deputy Assistant to the President and Policy Director for the First Lady": the
    second part is not the office "the First Lady"; an office of the First Lady speaking is not hers."""
    body = ("Officials from the Office of the First Lady spoke to the commitment to free college.\n\n"
            "Participants included Nia Orr, Deputy Assistant to the President and Policy Director for the First Lady.")
    assert_statements(body, [], title="Readout of a meeting on free college")
