"""Review mends of stop 73's merged rules (rf20): near shapes the new rules must not touch. Invented readouts, invented
people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_MARKET = "KIRUMBA — Traders returned to the burnt Kirumba market on Monday.\n\n"


def test_gave_up_on_anothers_assurance_is_no_statement():
    """hard94's "gave [five or six words] assurance(s) that" read any five words before the noun, so "He gave up on
    the bank's earlier assurance that …" (another's promise he gave up on) became his statement; the run now opens with
    no "up / in / way / out", holds no possessive and ends in an article or his / her / their. The addressee shape
    ("gave the people of Kirumba the assurance that …") is still a promise told."""
    body = _MARKET + ("Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff, gave the people of Kirumba the assurance "
                      "that the market would be rebuilt by June.\n\n"
                      "Telewa gave up on the county's earlier assurance that the stalls would be insured.\n\n"
                      "The traders gave up hope after the council's repeated assurances that funds were coming.")
    assert_statements(body, [
        ("Joseph Kiprono Telewa", "indirect", "Mr. Joseph Kiprono Telewa, a Deputy Chief of Staff, gave the people of "
                                          "Kirumba the assurance that the market would be rebuilt by June."),
    ])
