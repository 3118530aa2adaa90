"""Rules from the eight-hundred-ninety-seventh held-out set (Buenos Aires City's Head of Government and, widened,
Mauricio Macri as President, 2012-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "President Olek Varn of Zarnia spoke on the phone on Wednesday with his Borovian peer Ima Sello. "


def test_revealed_to_a_listener_then_a_thatless_clause_speaks():
    """"Trump revealed to Macri he was very happy since …" (MercoPress 2017-02-16): the listener after "revealed to",
    then a clause of a pronoun and a finite auxiliary with no "that", as "told Macri he was". Before, no one's."""
    body = _CALL + "Varn revealed to Sello he was very happy since he was delivering new jobs for Zarnian workers."
    assert_statements(body, [
        ("Olek Varn", "indirect",
         "Varn revealed to Sello he was very happy since he was delivering new jobs for Zarnian workers."),
    ])


def test_revealed_to_someone_a_thing_is_no_statement():
    """The guard: "revealed to the crowd a bronze plaque" has no clause after the listener: an unveiling."""
    body = _CALL + "Varn revealed to the crowd a bronze plaque of the founder."
    assert_statements(body, [])


def test_showed_his_quoted_disagreement_with_speaks():
    """"the head of the Buenos Aires government showed his “complete disagreement” with the measure and requested …"
    (pledgetimes 2021-04-15): a stance voiced, as "expressed his disagreement"; the noun in quotation marks with a
    degree word. Before, no one's."""
    body = ("During noon on Thursday, Zarnian governor Olek Varn assured that the decision was unconsulted. "
            "In a press conference, the Zarnian governor showed his “complete disagreement” with the measure.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "During noon on Thursday, Zarnian governor Olek Varn assured that the decision was "
         "unconsulted."),
        ("Olek Varn", "indirect", "In a press conference, the Zarnian governor showed his “complete disagreement” with "
         "the measure."),
    ])


def test_showed_his_plain_disagreement_with_speaks():
    """The same without quotation marks or a degree word."""
    body = "Minister Olek Varn of Zarnia showed his disagreement with the new tariff."
    assert_statements(body, [
        ("Olek Varn", "indirect", "Minister Olek Varn of Zarnia showed his disagreement with the new tariff."),
    ])


def test_figures_showing_disagreement_among_regions_is_no_statement():
    """The guard: "showed disagreement among the regions" (no possessive, "among"): data, not a stance voiced."""
    body = ("Minister Olek Varn of Zarnia met the governors on Monday. "
            "The latest figures showed disagreement among the regions on the tariff.")
    assert_statements(body, [])
