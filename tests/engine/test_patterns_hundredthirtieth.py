"""Rules from the hundred-thirtieth held-out set (president.gov.ua, April - June 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("group", ["The attendees", "The participants", "All the guests"])
def test_the_attendees_acting_carry_no_ones_report_on(group):
    """"… I wish happiness to your families," Volodymyr Zelenskyy said. The attendees honored the memory of the
    fallen border guards with a moment of silence." (74685): the people at the event act as a group, narrative;
    before, the sentence was carried on as the President's."""
    body = (
        "President Ivo Marr met with the rescuers of Varnia. \"I am grateful to each of you,\" Ivo Marr said. "
        "The President stressed that the rescuers were the first to reach the flooded towns. "
        f"{group} honored the memory of the fallen rescuers with a moment of silence. "
        "\"Your service is the pillar of our safety,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marr", "direct", "I am grateful to each of you"),
        ("Ivo Marr", "indirect", "The President stressed that the rescuers were the first to reach the flooded towns."),
        ("Ivo Marr", "direct", "Your service is the pillar of our safety"),
    ])


@pytest.mark.parametrize("owner", ["Varnia's", "the", "their"])
def test_an_owned_plural_noun_is_no_speech_verb(owner):
    """"For his part, the Prime Minister of Portugal noted that his country has already sent military aid to our
    country. These are non-lethal and lethal weapons in accordance with Ukraine's requests. And the provision of
    such assistance continues." (75245): "requests" after a preposition and an owner is a noun, no one's
    speech; before, it cut the visitor's report short at that sentence."""
    body = (
        "President Ivo Marr met with Prime Minister of Toria Sten Vaal. "
        "The President thanked him for the visit. "
        "For his part, the Prime Minister of Toria noted that his country has already sent military aid to Varnia. "
        f"These are trucks and generators in accordance with {owner} requests. "
        "And the provision of such assistance continues."
    )
    assert_statements(body, [
        ("Ivo Marr", "indirect", "The President thanked him for the visit."),
        ("Sten Vaal", "indirect",
         "For his part, the Prime Minister of Toria noted that his country has already sent military aid to Varnia."),
        ("Sten Vaal", "indirect", f"These are trucks and generators in accordance with {owner} requests."),
        ("Sten Vaal", "indirect", "And the provision of such assistance continues."),
    ])


def test_a_place_put_first_leaves_the_report_going_on():
    """"According to him, the actions of the Russian army led to the destruction of 2,229 high-rise buildings …
    In Kharkiv, the northern and eastern districts of the city suffered the most damage and destruction - 30.2%
    of the total housing stock." (75449): the place put first is no subject; the sentence carries on the
    regional head's figures. Before, "Kharkiv" was read as the sentence's subject, someone acting."""
    body = (
        "President Ivo Marr held a meeting on the situation in the Tarn region. "
        "Governor Osk Farrin informed the President that 31% of the region is flooded. "
        "According to him, the water destroyed 2,229 houses, of which 225 were completely destroyed. "
        "In Tarnburg, the northern districts of the city suffered the most damage - 30.2% of the housing stock. "
        "During the meeting, the President proposed to rebuild the dams."
    )
    assert_statements(body, [
        ("Osk Farrin", "indirect", "Governor Osk Farrin informed the President that 31% of the region is flooded."),
        ("Osk Farrin", "indirect",
         "According to him, the water destroyed 2,229 houses, of which 225 were completely destroyed."),
        ("Osk Farrin", "indirect",
         "In Tarnburg, the northern districts of the city suffered the most damage - 30.2% of the housing stock."),
        ("Ivo Marr", "indirect", "During the meeting, the President proposed to rebuild the dams."),
    ])


def test_called_it_symbolic_that_is_a_view_stated():
    """"He called it symbolic that António Costa visited our country on Europe Day, because …" (75237): "called
    it" and an adjective, then "that", states a view of a fact. Before, it was no one's."""
    body = (
        "President Ivo Marr met with Prime Minister of Toria Sten Vaal. "
        "He called it symbolic that Sten Vaal visited Varnia on Unity Day."
    )
    assert_statements(body, [
        ("Ivo Marr", "indirect", "He called it symbolic that Sten Vaal visited Varnia on Unity Day."),
    ])


def test_called_it_a_day_stays_narrative():
    """The guard: "called it" with no "that" after the word is no view stated."""
    body = "President Ivo Marr met with Prime Minister of Toria Sten Vaal. The President called it off early."
    assert_statements(body, [])


def test_expects_a_named_country_to_take_part_is_a_hope_held():
    """"Volodymyr Zelenskyy expects Portugal to be actively involved in this process." (75237): expecting a
    country named to take part is a hope held, as "expects that". Before, it was no one's."""
    body = (
        "President Ivo Marr met with Prime Minister of Toria Sten Vaal. "
        "Special attention was paid to the reconstruction of Varnia. "
        "Ivo Marr expects Toria to be actively involved in this process."
    )
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr expects Toria to be actively involved in this process."),
    ])


@pytest.mark.parametrize("acronym", ["RMA", "RSA", "OVA"])
def test_a_regional_administrations_acronym_is_no_persons_name(acronym):
    """"The Head of State heard reports from Head of the Kharkiv Regional Military Administration Oleg Synegubov,
    … The Head of the Kharkiv RMA informed the President that …" (75449): "RMA" (as "RSA", "OVA") is a regional
    administration, a body; "the Head of the Kharkiv RMA" is the regional head named before. Before, "Kharkiv
    RMA" was read as a person, who then held the place's name ("In Kharkiv, …" named him)."""
    body = (
        "President Ivo Marr heard reports from Head of the Tarn Regional Military Administration Osk Farrin. "
        f"The Head of the Tarn {acronym} informed the President that 31% of the region is flooded. "
        "\"We are rebuilding the dams,\" said Osk Farrin."
    )
    assert_statements(body, [
        ("Osk Farrin", "indirect", f"The Head of the Tarn {acronym} informed the President that 31% of the region is flooded."),
        ("Osk Farrin", "direct", "We are rebuilding the dams"),
    ])
