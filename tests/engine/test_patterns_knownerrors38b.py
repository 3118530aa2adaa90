"""Readings of known errors of the invented hard and styles sets (stop 38): a ministry's portfolio "Construction"
read as a country ("Minister of Construction and Housing X … The Minister of Construction said …", twentieth styles
karsovia_presidency_heating_season_ministers).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

HEATING = ("Anton Veretin held a meeting with Minister of Energy Kirill Salnikov and Minister of Construction and "
           "Housing Sergei Samsonov.\n\n"
           "Salnikov proposed extending the conversion programme. ")


def test_a_minister_of_construction_and_housing_is_the_minister_of_construction():
    """"… with Minister of Energy Kirill Salnikov and Minister of Construction and Housing Sergei Samsonov. … The
    Minister of Construction said that his ministry was ready …" (twentieth styles
    karsovia_presidency_heating_season_ministers): "Construction" is the ministry's portfolio, not a country, so the
    office is Samsonov's and its shorter form his."""
    body = HEATING + "The Minister of Construction said that his ministry was ready to take over the networks."
    assert_statements(body, [
        ("Kirill Salnikov", "indirect", "Salnikov proposed extending the conversion programme."),
        ("Sergei Samsonov", "indirect", "The Minister of Construction said that his ministry was ready to take over "
                                        "the networks."),
    ])


def test_the_construction_minister_is_not_the_energy_minister():
    """"The Construction Minister" is Samsonov too, not the Minister of Energy named last."""
    body = HEATING + "The Construction Minister said that his ministry was ready to take over the networks."
    assert_statements(body, [
        ("Kirill Salnikov", "indirect", "Salnikov proposed extending the conversion programme."),
        ("Sergei Samsonov", "indirect", "The Construction Minister said that his ministry was ready to take over "
                                        "the networks."),
    ])


def test_the_minister_of_energy_stays_the_energy_minister():
    """Guard: the other minister's office is read as before ("The Minister of Energy noted …": Salnikov)."""
    body = HEATING + "The Minister of Energy noted that the networks were old."
    assert_statements(body, [
        ("Kirill Salnikov", "indirect", "Salnikov proposed extending the conversion programme."),
        ("Kirill Salnikov", "indirect", "The Minister of Energy noted that the networks were old."),
    ])
