"""Rules from the hundred-twentieth held-out set (president.gov.ua, April - June 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_co_ordinator_in_apposition_is_an_office():
    """"X, co-ordinator of the international expert group, suggested focusing on …" (74145): "co-ordinator" (the
    British spelling) is an office as "coordinator" is. Before, the apposition was not read as an office and the
    report was given to no one."""
    body = ("The expert group of Tesland held an online meeting. "
            "Former Ambassador Ivo Marr, co-ordinator of the expert group, suggested focusing on sanctions on oil.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Former Ambassador Ivo Marr, co-ordinator of the expert group, suggested focusing on sanctions on oil."),
    ])


def test_a_co_chairman_in_apposition_is_an_office():
    """The same class with another hyphened "co-" office ("X, co-chairman of the council, said that …")."""
    body = ("The council of Tesland met in Tarn. "
            "Ivo Marr, co-chairman of the council, said that the reforms would go on.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr, co-chairman of the council, said that the reforms would go on."),
    ])

