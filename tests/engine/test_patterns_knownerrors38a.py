"""Readings of known errors of labelled real sets (stop 38): the Senate's leader with "leader" written in lower
case ("Senate Democratic Majority leader Tom D. … The influential Senator thanked …", dev kremlin_26876).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

LEGISLATORS_TITLE = "President Karl Vostrov met with Norland Congress leaders"


def _legislators(leader: str) -> str:
    return (
        "Mr Vostrov greeted the Norland legislators before the meeting.\n\n"
        "Arne Holt, Speaker of the House, said that it was a great honour to receive the guest. "
        f"{leader} Tom Varga fully agreed with him. The influential Senator thanked Mr Vostrov for friendly partnership.\n"
    )


def test_the_senates_leader_in_lower_case_is_the_senator():
    """"Senate Democratic Majority leader Tom Daschle fully agreed with him. The influential Senator thanked Mr
    Putin …" (dev kremlin_26876): with "leader" in lower case the office read before the name is "leader", yet the
    Senate he leads in makes him a senator, and "the influential Senator" is he."""
    assert_statements(_legislators("Senate Democratic Majority leader"), [
        ("Arne Holt", "indirect", "Arne Holt, Speaker of the House, said that it was a great honour to receive the guest."),
        ("Tom Varga", "indirect", "Senate Democratic Majority leader Tom Varga fully agreed with him."),
        ("Tom Varga", "indirect", "The influential Senator thanked Mr Vostrov for friendly partnership."),
    ], title=LEGISLATORS_TITLE)


def test_the_houses_leader_in_lower_case_is_no_senator():
    """Guard: the House's majority leader sits in no Senate: "the influential Senator" is not he."""
    assert_statements(_legislators("House Majority leader"), [
        ("Arne Holt", "indirect", "Arne Holt, Speaker of the House, said that it was a great honour to receive the guest."),
        ("Tom Varga", "indirect", "House Majority leader Tom Varga fully agreed with him."),
    ], title=LEGISLATORS_TITLE)


def _department_meeting(office: str) -> str:
    return (
        f"On April 13, the Ambassador of Osterland to Norland Mr. Ivan Lind held a meeting with {office} Mrs. Maria "
        "Holt.\n\nThe main issues discussed were trade. The Norlandic diplomat affirmed the position of Norland on "
        "support of Osterland.\n"
    )


DEPARTMENT_TITLE = "Meeting of the Ambassador of Osterland with a Norland official"
AFFIRMED = "The Norlandic diplomat affirmed the position of Norland on support of Osterland."


def test_a_department_of_the_union_in_a_states_ministry_is_the_states():
    """"… held a meeting with a Head of the Department of the EU of the Ministry of Foreign Affairs of the Republic
    of Cyprus Mrs. X … The Cypriot diplomat affirmed …" (three-hundred-twentieth ukraine_mfa_cyprus_3704): the Union
    names the department's field; she serves the state whose ministry it is, so "the Cypriot diplomat" is she."""
    for office in ("a Head of the Department of the EU of the Ministry of Foreign Affairs of Norland",
                   "the Director of the EU Department of the Ministry of Economy of Norland"):
        assert_statements(_department_meeting(office), [("Maria Holt", "indirect", AFFIRMED)], title=DEPARTMENT_TITLE)


def test_the_unions_ambassador_to_a_state_stays_the_unions():
    """Guard: "the EU Ambassador to Norland" serves the Union, not Norland: "the Norlandic diplomat" is not she."""
    assert_statements(_department_meeting("the EU Ambassador to Norland"), [], title=DEPARTMENT_TITLE)
