"""Rules from the hundred-twenty-second held-out set (president.gov.ua, November 2021 - February 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_in_apposition_may_hold_a_list_of_its_own():
    """"Kostiantyn Bilousov, chief designer and head of the design bureau of spacecraft, measurement and
    telecommunications systems at the Pivdenne Design Bureau, said that …" (72377): the office set off by commas
    holds a list with a comma of its own. Before, only the words after that inner comma were read as the aside,
    the name was not found, and the report and its "According to him" went to the President named before."""
    body = ("President Ivo Marr watched the launch of a satellite. "
            "\"This is a new era,\" the President stressed. "
            "Olek Tarnas, head of the design bureau of engines, measurement and navigation systems at the Tarn Works, "
            "said that the satellite would serve farmers. "
            "According to him, the satellite will map the fields.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "This is a new era"),
        ("Olek Tarnas", "indirect",
         "Olek Tarnas, head of the design bureau of engines, measurement and navigation systems at the Tarn Works, "
         "said that the satellite would serve farmers."),
        ("Olek Tarnas", "indirect", "According to him, the satellite will map the fields."),
    ])


def test_a_list_of_plain_nouns_in_an_apposition():
    """The same class with a list of plain nouns ("X, minister of roads, bridges and ports of Y, said that …")."""
    body = ("Prime Minister Ivo Marr held a meeting in Tarn. "
            "Olek Tarnas, minister of roads, bridges and ports of Tesland, said that the bridge will open in May.")
    assert_statements(body, [
        ("Olek Tarnas", "indirect",
         "Olek Tarnas, minister of roads, bridges and ports of Tesland, said that the bridge will open in May."),
    ])


def test_a_present_belief_after_a_name_in_apposition():
    """"X, minister of roads, believes that …": a present form of a belief verb after the apposition of the name
    that opens the sentence is the verb, as "said" there is (found while testing the list rule above). Before, a
    present form after a comma was always taken for a noun and the sentence given to no one."""
    body = ("Prime Minister Ivo Marr held a meeting in Tarn. "
            "Olek Tarnas, minister of roads, bridges and ports of Tesland, believes that the bridge will open in May. "
            "Mira Lenn, the Minister of Health, thinks that the clinics are ready.")
    assert_statements(body, [
        ("Olek Tarnas", "indirect",
         "Olek Tarnas, minister of roads, bridges and ports of Tesland, believes that the bridge will open in May."),
        ("Mira Lenn", "indirect", "Mira Lenn, the Minister of Health, thinks that the clinics are ready."),
    ])
