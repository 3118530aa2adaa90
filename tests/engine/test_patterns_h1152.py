"""Rules from the eight-hundred-seventy-eighth held-out set (the Akim of Shymkent and those who speak at or of the
Akim's meetings, 2015-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_RECEIVED = "President Ardo Venn of Kastravia received the newly appointed mayor of Belgrav Tarvo Linden. "


def test_gave_the_addressee_a_number_of_instructions_is_an_order():
    """"Kassym-Jomart Tokayev gave Yerlan Aitakhanov a number of instructions on …" (Kazinform 2019): the
    addressee's two-word name before "a number of" puts five words between "gave" and "instructions"; an order
    all the same, the giver's. Before, the sentence was given to no one."""
    body = (_RECEIVED + "Wrapping up the meeting, Ardo Venn gave Tarvo Linden a number of instructions on improving "
            "the quality of life of Belgrav residents.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "Wrapping up the meeting, Ardo Venn gave Tarvo Linden a number of instructions on "
         "improving the quality of life of Belgrav residents."),
    ])


def test_gave_a_number_of_specific_tasks_to_the_addressee_is_an_order():
    """"President Tokayev gave a number of specific tasks to Murat Aitenov regarding …" (Kazinform 2023, 2024): tasks
    set for someone are orders, as "gave instructions". Before, given to no one."""
    body = (_RECEIVED + "In conclusion, President Venn gave a number of specific tasks to Tarvo Linden regarding "
            "social issues and the city’s further development.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "In conclusion, President Venn gave a number of specific tasks to Tarvo Linden "
         "regarding social issues and the city’s further development."),
    ])


def test_tasks_with_no_addressee_or_subject_after_them_are_no_order():
    """The guard: "gave the task force …" and tasks with nothing after them say no order given: narrative."""
    body = (_RECEIVED + "President Venn gave the task force a new building. "
            "The mayor gave up his old tasks.")
    assert_statements(body, [])


def test_office_of_a_place_with_its_word_in_lower_case_before_the_name():
    """"Governor of Chelyabinsk region X" (the region's word in lower case ends the run of capitals): the name is
    read with the office, as "Governor of Varna Region Ondo Urval" is, so that "The governor of Varna region said
    …" is his. Before, the office was no one's and the sentence was given to no one."""
    body = ("Governor of Varna region Ondo Urval met Ambassador Kell Pirs of Orsa today. "
            "The governor of Varna region said the region plans to build an industrial zone.")
    assert_statements(body, [
        ("Ondo Urval", "indirect", "The governor of Varna region said the region plans to build an industrial zone."),
    ])


def test_local_title_glossed_in_brackets_and_city_in_lower_case():
    """"Akim (mayor) of Shymkent city Gabidulla Abdrakhimov admitted …", then "The newly-appointed mayor of Shymkent
    promised …" (Kazinform 2018-06-26): the local title read as its gloss, the city's word as capitalised; the later
    office without "city" is his."""
    body = ("Akim (mayor) of Belgrav city Tarvo Linden met Ambassador Kell Pirs of Orsa today. "
            "The newly-appointed mayor of Belgrav promised to build new schools in the city.")
    assert_statements(body, [
        ("Tarvo Linden", "indirect", "The newly-appointed mayor of Belgrav promised to build new schools in the city."),
    ])


def test_no_office_before_the_place_gives_the_name_none():
    """The guard: a plural before "of Varna region" ("Residents of Varna region Ondo Urval and Mira Sell") is no
    office; the governor spoken of later is no one named."""
    body = ("Residents of Varna region Ondo Urval and Mira Sell met Ambassador Kell Pirs of Orsa today. "
            "The governor of Varna region said the region plans to build an industrial zone.")
    assert_statements(body, [])
