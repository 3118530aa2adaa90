"""Rules from the four-hundred-sixty-ninth held-out set (the Government of Belize Press Office's releases and Cabinet
briefs): invented readouts, invented people and offices."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

OPENING = ("Cabinet Brief\n\nBelmopan, 13th October 2022.\n\n"
           "The Cabinet, chaired by Prime Minister Hon. Tomas Velardo, met in regular session on 11th October 2022.\n\n")


@pytest.mark.parametrize("office", ["Minister of Health & Wellness", "Minister of Agriculture & Enterprise"])
def test_an_office_whose_portfolios_an_ampersand_joins_is_one_office(office):
    """"The Minister of Health & Wellness reported to Cabinet that …": the ampersand joins two portfolios of one office,
    as "and" does ("Minister of Health and Wellness"). Before, the phrase stopped at "&": "Wellness" was no one, and the
    sentence was given to no one."""
    sentence = f"The {office} reported to Cabinet that a case of the virus was confirmed in the north."
    assert_statements(OPENING + sentence, [(f"The {office}", "indirect", sentence)])


def test_a_named_minister_after_an_office_with_an_ampersand_is_the_name():
    """"Minister of Health & Wellness Ilse Marrow said …": the speaker is Ilse Marrow. Before, the name was read from
    the word after "&" ("Wellness Ilse Marrow")."""
    sentence = "Minister of Health & Wellness Ilse Marrow said that a case of the virus was confirmed in the north."
    result = assert_statements(OPENING + sentence, [("Ilse Marrow", "indirect", sentence)])
    assert [s.name for s in result.speakers] == ["Ilse Marrow"]


@pytest.mark.parametrize("office", ["Minister of Transport and Civil Aviation",
                                    "Minister of Blue Economy and Civil Aviation"])
def test_civil_aviation_is_a_portfolio_not_a_name(office):
    """"The Minister of Blue Economy and Civil Aviation updated Cabinet on …": "Civil Aviation" is a portfolio, as
    "Transport" is. Before, "Aviation" after "and" was read as a person's name: the sentence went to a Mr Aviation, or
    to no one."""
    sentence = f"The {office} updated Cabinet on technical support that has been committed to the airport."
    result = assert_statements(OPENING + sentence, [(f"The {office}", "indirect", sentence)])
    assert "Aviation" not in [s.name for s in result.speakers]


@pytest.mark.parametrize("verb, listener", [("made", "Cabinet"), ("made", "the Cabinet"),
                                            ("made", "the members of the Council")])
def test_a_presentation_to_its_listeners_on_a_topic_is_a_statement(verb, listener):
    """"The Minister of Tourism made a presentation to Cabinet on the economic importance of …": a presentation with
    its listeners between the noun and "on" is what he told them, as "made a presentation on …" already was. Before,
    the listeners kept "on" from the noun and the sentence was given to no one."""
    sentence = (f"The Minister of Tourism {verb} a presentation to {listener} on the economic importance of making "
                "aviation a national priority.")
    assert_statements(OPENING + sentence, [("The Minister of Tourism", "indirect", sentence)])


@pytest.mark.parametrize("rest", ["to the winners of the contest at the airport.",
                                  "to the Ambassador at the airport."])
def test_a_presentation_to_someone_with_no_topic_is_no_statement(rest):
    """The guard: a presentation to someone with no "on"/"about" after the listener ("made a presentation to the
    winners of the contest", a prize given) tells of a gift or a ceremony: nothing is said."""
    body = OPENING + f"The Minister of Tourism made a presentation {rest}"
    assert_statements(body, [])


def test_an_ampersand_in_a_bodys_name_before_a_spokesperson_is_no_person():
    """The guard: "A Foreign, Commonwealth & Development Office spokesperson said:" names a body, read as with "and":
    the meeting paragraph after it goes to no "Commonwealth", and the Foreign Secretary's own words stay his."""
    body = ("A Foreign, Commonwealth & Development Office spokesperson said:\n\n"
            "The Foreign Secretary and Velorian Foreign Minister Oren Balt had a warm and productive meeting in "
            "London yesterday.\n\n"
            "The Foreign Secretary highlighted the commitment of the two countries to work together on the climate.")
    result = assert_statements(body, [
        ("The Foreign Secretary", "indirect",
         "The Foreign Secretary highlighted the commitment of the two countries to work together on the climate."),
    ])
    assert "Commonwealth" not in [s.name for s in result.speakers]
