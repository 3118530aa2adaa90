"""Patterns found by the seventyfifth held-out set (real Kremlin news readouts, 2002 and 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_before_a_name_in_the_title_is_that_persons():
    """"… a working meeting with the head of the Federal Weather Agency, Tomas Verin": the
    office before the comma is the named person's, so "The head of the Federal Weather Agency
    reported …" and "According to the head of the Weather Agency, …" are his statements, and
    so is the carry-on after them."""
    title = "Anton Brask had a working meeting with the head of the Federal Weather Agency, Tomas Verin"
    body = (
        "Tomas Verin talked about how the new radar network will enter into service. "
        "The head of the Federal Weather Agency reported that the network will work at full capacity in 2030.\n\n"
        "The head of the Federal Weather Agency said that the government allocated additional funds. "
        "In October the government also approved the national weather programme.\n\n"
        "According to the head of the Weather Agency, the country now has 38 radar stations."
    )
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Tomas Verin talked about how the new radar network will enter into service."),
        ("Tomas Verin", "indirect", "The head of the Federal Weather Agency reported that the network will work "
                                    "at full capacity in 2030."),
        ("Tomas Verin", "indirect", "The head of the Federal Weather Agency said that the government allocated "
                                    "additional funds."),
        ("Tomas Verin", "indirect", "In October the government also approved the national weather programme."),
        ("Tomas Verin", "indirect", "According to the head of the Weather Agency, the country now has 38 radar "
                                    "stations."),
    ], title=title)
