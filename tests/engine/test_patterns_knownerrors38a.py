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


def _regarded(judgement: str) -> str:
    return ("Karl Vostrov met with the leaders of the parliamentary group.\n\n"
            f"He pointed out the good work of the Council. The President regarded it as {judgement}.\n")


def test_regarding_a_thing_as_to_someones_credit_is_a_judgement():
    """"He pointed out the successful performance of the Federation Council … The President regarded it as to the
    personal credit of group members and Speaker Yegor Stroyev." (hundred-third kremlin_41494): "regard … as to the
    credit of" is a judgement given, as "regarded it as a success"; "as to" is otherwise no "regard … as"."""
    assert_statements(_regarded("to the personal credit of the group members"), [
        ("Karl Vostrov", "indirect", "He pointed out the good work of the Council."),
        ("Karl Vostrov", "indirect", "The President regarded it as to the personal credit of the group members."),
    ], title="Meeting with the parliamentary group")


def test_regarding_as_to_a_matter_is_no_judgement():
    """Guard: "regarded it as to the budget" has no judgement after "as to": the lookahead still leaves it."""
    assert_statements(_regarded("to the budget, nothing more"), [
        ("Karl Vostrov", "indirect", "He pointed out the good work of the Council."),
    ], title="Meeting with the parliamentary group")


def _reinforced(sentence: str) -> str:
    return f"First Lady Anna Lind hosted a meeting of leaders in Osterby.\n\nShe spoke about education. {sentence}\n"


def test_reinforcing_ones_mission_to_do_a_thing_is_a_stance_restated():
    """"The First Lady reinforced her mission to prioritize the development of children at the intersection of
    technology and education." (hundred-eighty-eighth 2025-09-23 first lady): her own aim restated, as "reinforced
    her commitment to …"."""
    mission = "The First Lady reinforced her mission to prioritize the development of children."
    assert_statements(_reinforced(mission), [
        ("Anna Lind", "indirect", "She spoke about education."),
        ("Anna Lind", "indirect", mission),
    ], title="The First Lady launches a coalition")


def test_reinforcing_a_mission_sent_somewhere_is_an_act():
    """Guard: "reinforced his mission to the region with two more ships" is a force sent, no aim stated."""
    assert_statements(_reinforced("The First Lady reinforced her mission to the region with two more ships."), [
        ("Anna Lind", "indirect", "She spoke about education."),
    ], title="The First Lady launches a coalition")


INTERVIEW_TITLE = "The First Lady gives an interview"
QUOTED = "People are not used to seeking help. We tend to ignore anxiety."


def _interview(lead_in: str) -> str:
    return f"First Lady Anna Lind gave an interview to a newspaper.\n\n{lead_in} \"{QUOTED}\"\n"


def test_a_topic_told_of_before_a_colon_is_the_speakers_report():
    """"The President's wife also informed about the program of psychological support for the citizens of Ukraine,
    launched at her initiative: “…”" (three-hundred-eighty-seventh ua 75897): "support", a noun of the object, is no
    verb of the lead-in (the speaker's "informed" is), and the topic told of, with its words, is her indirect
    statement; only the colon leads the quotation in."""
    lead = ("The First Lady also informed about the program of psychological support for the citizens, launched at "
            "her initiative:")
    assert_statements(_interview(lead), [
        ("Anna Lind", "indirect", lead[:-1]),
        ("Anna Lind", "direct", QUOTED),
    ], title=INTERVIEW_TITLE)


def test_a_bare_lead_in_before_a_colon_still_says_nothing():
    """Guard: "spoke about the following:" and "recalled the words of her mother:" only lead the quotation in."""
    for lead in ("The First Lady also spoke about the following:", "The First Lady recalled the words of her mother:"):
        assert_statements(_interview(lead), [("Anna Lind", "direct", QUOTED)], title=INTERVIEW_TITLE)


def test_a_lead_in_whose_last_verb_has_a_person_is_read_as_before():
    """Guard: "The First Lady also told how she manages to hold on during the war: “…”" (hundred-forty-seventh ua
    75357): the last verb is her own ("she manages to hold on"), no noun of an object; the sentence stays her report."""
    lead = "The First Lady also told how she manages to hold on during the war:"
    assert_statements(_interview(lead), [
        ("Anna Lind", "indirect", lead[:-1]),
        ("Anna Lind", "direct", QUOTED),
    ], title=INTERVIEW_TITLE)
