"""Rules from the nine-hundred-forty-eighth held-out set (Zimbabwe's Minister of State for the Midlands and those at
the Minister's meetings, 2018-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Minister toured the new clinics in Dorvan Province on Monday. "


def test_two_portfolios_the_first_with_an_adjective_before_an_unknown_first_name():
    """"Midlands Minister of State for Provincial Affairs and Devolution Owen Ncube has warned …" (The Public Eye): the
    office of two portfolios, the first a capitalised adjective and its noun, then a first name the tables do not
    know; the name is his. Before, "Devolution Owen Ncube" was read as a body's name and no one spoke."""
    body = (_OPENING + "Dorvan Minister of State for Provincial Affairs and Devolution Tavish Orrunde has warned the "
            "councillors against rushing to report disputes to the commission.")
    assert_statements(body, [
        ("Tavish Orrunde", "indirect", "Dorvan Minister of State for Provincial Affairs and Devolution Tavish Orrunde "
         "has warned the councillors against rushing to report disputes to the commission."),
    ])


def test_two_portfolios_with_an_adjective_and_said():
    """The same office with "said" and no "of State": "Minister of Provincial Affairs and Devolution X said …", his."""
    body = (_OPENING + "Minister of Provincial Affairs and Devolution Tavish Orrunde said the roads would be repaired "
            "by June.")
    assert_statements(body, [
        ("Tavish Orrunde", "indirect", "Minister of Provincial Affairs and Devolution Tavish Orrunde said the roads "
         "would be repaired by June."),
    ])


def test_two_portfolios_with_an_adjective_and_no_name_stay_the_office():
    """The guard: "The Minister of Provincial Affairs and Rural Development said …" (no name after the portfolios):
    the office speaks, read as before, no name made of the portfolio's words."""
    body = _OPENING + "The Minister of Provincial Affairs and Rural Development said the clinics would open in May."
    assert_statements(body, [
        ("The Minister of Provincial Affairs and Rural Development", "indirect",
         "The Minister of Provincial Affairs and Rural Development said the clinics would open in May."),
    ])


def test_credited_a_success_to_someone_is_his_statement():
    """"He credited this to cooperation between the mayor, town clerk and council staff, which he said had helped
    attract significant investment." (The Public Eye): a success put down to someone, a judgement voiced, as "praised
    … for"; his. Before, "credited" was no cue and the sentence no one's."""
    body = ("Minister Tavish Orrunde toured the new clinics in Dorvan Province on Monday. "
            "He credited this to cooperation between the mayor and council staff, which he said had helped attract "
            "new investment.")
    assert_statements(body, [
        ("Tavish Orrunde", "indirect", "He credited this to cooperation between the mayor and council staff, which "
         "he said had helped attract new investment."),
    ])


def test_credited_someone_for_a_thing_is_his_statement():
    """"Orrunde credited the workers for their commitment to the project.": the object a capitalised name or a
    determiner, then "for", within six words: his."""
    body = ("Minister Tavish Orrunde toured the new clinics in Dorvan Province on Monday. "
            "Orrunde credited the nurses for their commitment to the project.")
    assert_statements(body, [
        ("Tavish Orrunde", "indirect", "Orrunde credited the nurses for their commitment to the project."),
    ])


def test_credited_in_a_passive_or_after_a_noun_is_narrative():
    """The guard: "The growth of the port was largely credited to the harbour board." (a passive, no object) and "A
    statement credited to the Speaker was read out …" (a participle after a noun): no one's."""
    body = ("Minister Tavish Orrunde toured the new clinics in Dorvan Province on Monday. "
            "The growth of the port was largely credited to the leadership of the harbour board. "
            "A statement credited to the Speaker was read out at the meeting.")
    assert_statements(body, [])
