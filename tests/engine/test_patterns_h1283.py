"""Rules from the nine-hundred-eighty-seventh held-out set (the Governor of Taraba State, Nigeria, and those at the
Governor's meetings, 2019-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_stated_this_with_a_weekend_set_off_by_commas_is_narrative():
    """"He stated this, weekend, while playing host to former governor X …" (Daily Post 2023-08-05): the Nigerian
    press's time word set off by two commas is the same occasion as "stated this yesterday during …", only where and
    when the promise before was made. Before, the sentence was given to the Governor as a statement of its own."""
    body = ("Governor Tarin Malo of Vessa has promised to pay all the pensions of former governors. "
            "He stated this, weekend, while playing host to former governor Odo Pell at the Government House.")
    assert_statements(body, [
        ("Tarin Malo", "indirect", "Governor Tarin Malo of Vessa has promised to pay all the pensions of former "
                                   "governors."),
    ])


def test_stated_this_with_a_day_set_off_by_commas_is_narrative():
    """The same shape with a day name: "He said this, Monday, when he received …"."""
    body = ("Governor Tarin Malo of Vessa urged the chiefs to report suspicious visitors. "
            "He said this, Monday, when he received a delegation of chiefs at the Government House.")
    assert_statements(body, [
        ("Tarin Malo", "indirect", "Governor Tarin Malo of Vessa urged the chiefs to report suspicious visitors."),
    ])


def test_said_this_with_a_day_set_off_by_commas_before_a_that_clause_keeps_the_clause():
    """The guard: "He said, Monday, that …" has no "this": the clause is what he said, his statement as before; and
    "said this, Monday, … that …" with a that-clause is left as it was."""
    body = ("Governor Tarin Malo of Vessa received the chiefs. "
            "He said, Monday, that the roads would be rebuilt before the rains.")
    assert_statements(body, [
        ("Tarin Malo", "indirect", "He said, Monday, that the roads would be rebuilt before the rains."),
    ])


def test_seeking_more_deployment_of_troops_is_a_request():
    """"Governor X is seeking for more deployment of troop to the state, to curtail …" (TVC News 2023-10-04): troops
    asked for, as "requested that more troops should be deployed"; so "sought reinforcements". Before, no statement."""
    body = ("Governor Tarin Malo of Vessa is seeking for more deployment of troops to the state, to curtail the "
            "attacks on farmers. Governor Malo paid a courtesy call on the army headquarters in Dorn.")
    assert_statements(body, [
        ("Tarin Malo", "indirect", "Governor Tarin Malo of Vessa is seeking for more deployment of troops to the "
                                   "state, to curtail the attacks on farmers."),
    ])


def test_sought_reinforcements_is_a_request():
    """"sought reinforcements from …": the same ask."""
    body = "Governor Tarin Malo of Vessa sought reinforcements from the federal police for the border towns."
    assert_statements(body, [
        ("Tarin Malo", "indirect", "Governor Tarin Malo of Vessa sought reinforcements from the federal police for the "
                                   "border towns."),
    ])


def test_a_deployment_told_as_an_act_is_no_request():
    """The guard: "oversaw the deployment of troops" (no "sought"): an act, narrative, as before."""
    body = "Governor Tarin Malo of Vessa oversaw the deployment of troops to the border towns on Monday."
    assert_statements(body, [])
