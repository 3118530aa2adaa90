"""Readings of real UK and devolved government text of stop 32 (two-hundred-eighty-ninth): a place named with
"Bay" ("The meeting in Cardiff Bay provides an opportunity …") is no person, so the bare office of a lead-in
("Speaking ahead of the meeting, the Cabinet Secretary said:") stays with the minister the readout named.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Cabinet Secretary hosts ministers in Kestow Bay"


def test_a_bay_is_a_place_not_the_person_an_office_lead_in_names():
    """"Lesley Griffiths today hosts ministers … / The meeting in Cardiff Bay provides an opportunity … / Speaking
    ahead of the meeting, the Cabinet Secretary said: / “I am pleased to be hosting …" (two-hundred-eighty-ninth
    wales_gov_2016_efra_ministers, whose title line "Cabinet Secretary hosts UK ministers in Cardiff Bay" put the office
    next to the place): "Cardiff Bay" is a place; the quotation is the minister's, not a Mr Cardiff Bay's."""
    body = (
        "Marta Owell today hosts ministers from across Norland with responsibility for fisheries.\n\n"
        "The meeting in Kestow Bay provides an opportunity to discuss the transition.\n\n"
        "Speaking ahead of the meeting, the Cabinet Secretary said:\n\n"
        "“I am pleased to be hosting this important meeting in Kestow.”"
    )
    assert_statements(body, [
        ("Marta Owell", "direct", "I am pleased to be hosting this important meeting in Kestow."),
    ], title=TITLE)


def test_bay_guard_after_a_first_name_it_is_a_surname():
    """Guard: after a first name "Bay" is still a surname ("Michael Bay"): the film-maker speaks."""
    body = (
        "The Minister met the film-maker Michael Bay in Kestow.\n\n"
        "Michael Bay said: “Norland is a wonderful place to film.”"
    )
    assert_statements(body, [
        ("Michael Bay", "direct", "Norland is a wonderful place to film."),
    ], title=TITLE)


def test_rt_hon_name_then_office_before_said_is_the_speaker():
    """"Rt Hon James Brokenshire MP, Secretary of State for Northern Ireland said: / “The parties have made further
    progress …" (two-hundred-eighty-ninth uk_nio_2017-10-30_talks): "Rt" opens the honorific, so the name and the
    office after its comma are one speaker, and the quoted paragraphs are his."""
    body = (
        "Rt Hon Tomas Vell MP, Secretary of State for Norland said:\n\n"
        "“The parties have made further progress during the course of today.\n\n"
        "“I will reassess the position tomorrow night.”"
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "The parties have made further progress during the course of today."),
        ("Tomas Vell", "direct", "I will reassess the position tomorrow night."),
    ], title="Secretary of State for Norland statement on talks")


def test_rt_guard_the_channel_rt_is_no_honorific():
    """Guard: the all-capital "RT", a broadcaster, is not the honorific "Rt": the minister who spoke to it speaks."""
    body = (
        "In an interview with RT, Minister Tomas Vell said: “Norland will keep talking to its neighbours.”"
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "Norland will keep talking to its neighbours."),
    ], title="Minister gives an interview")


def test_a_passive_welcome_by_a_group_does_not_carry_on_the_report():
    """"During the call, Mr Kwarteng updated the business groups on his decision … The decision was welcomed by all
    business representative organisations present." (two-hundred-eighty-ninth uk_beis_2021-09-27_business_groups):
    the welcome is the groups', a passive with a group for agent, not the Business Secretary's words carried on."""
    body = (
        "During the call, Tomas Vell updated the business groups on his decision to relax the rules. "
        "The decision was welcomed by all business organisations present."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect", "During the call, Tomas Vell updated the business groups on his decision to relax the rules."),
    ], title="Minister speaks to business groups")


def test_passive_by_a_group_guard_a_named_agent_still_speaks():
    """Guard: with one named person for agent ("… was welcomed by Minister Ida Morn.") the rule stands aside: what the
    welcome is hers, as the engine read it before."""
    body = (
        "During the call, Tomas Vell updated Minister Ida Morn on his decision to relax the rules. "
        "The decision was welcomed by Minister Ida Morn."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect", "During the call, Tomas Vell updated Minister Ida Morn on his decision to relax the rules."),
        ("Ida Morn", "indirect", "The decision was welcomed by Minister Ida Morn."),
    ], title="Minister speaks to his counterpart")
