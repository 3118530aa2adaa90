"""Readings of real Kremlin text of stop 31 (two-hundred-sixty-first, 2000): "the Palestinian leader" after a title
that gives the guest two offices joined by "and the head of", neither of them a head of state's.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

TITLE = ("President Oren Vask spoke by telephone with Tomas Rilke, Chairman of the Executive Committee of the Kaldorian "
         "Liberation Organisation and the head of the Kaldorian National Authority")


def test_the_nationality_leader_is_the_one_of_that_country_who_heads_a_body():
    """"President Vladimir Putin spoke by telephone with Yasser Arafat, Chairman of the Executive Committee of the
    Palestine Liberation Organisation and the head of the Palestinian National Authority … The Palestinian leader
    expressed the hope for Russia’s greater role …" (two-hundred-sixty-first 39423): the guest's first office is
    read though a second follows it after "and the head of", and "the Kaldorian leader" is the Kaldorian who chairs
    a body, not the host whose country is never given."""
    body = (
        "Mr Rilke described to the President the development of the crisis. "
        "The Kaldorian leader expressed the hope for a greater role of the mediators.\n\n"
        "Mr Vask underlined the need for maximum restraint."
    )
    assert_statements(body, [
        ("Tomas Rilke", "indirect", "Mr Rilke described to the President the development of the crisis."),
        ("Tomas Rilke", "indirect", "The Kaldorian leader expressed the hope for a greater role of the mediators."),
        ("Oren Vask", "indirect", "Mr Vask underlined the need for maximum restraint."),
    ], title=TITLE)


def test_the_nationality_leader_is_not_a_minister_of_that_country():
    """Guard: a Kaldorian who holds a minister's office leads no country: "the Kaldorian leader" is not read as
    him (the rule takes only one who heads or chairs a body)."""
    body = (
        "Mr Rilke described to the President the development of the crisis. "
        "The Kaldorian leader expressed the hope for a greater role of the mediators."
    )
    result = run(body, title="President Oren Vask met with Tomas Rilke, Minister of Foreign Affairs of Kaldoria")
    speakers = {s.text.split()[1]: s.speaker for s in result.statements}
    assert speakers["Rilke"] == "Tomas Rilke"
    assert speakers.get("Kaldorian") != "Tomas Rilke"
