"""Helper h1009 (sevenhundredsixtyfifth, the Presidency of Mauritania as English-language outlets print it): a visitor
who "reviewed a detachment of the Royal Guard" / "a guard of honour" / "the troops" inspects soldiers drawn up, a
ceremony, no statement; "reviewed" with ties, progress or a situation stays a report."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_reviewing_a_guard_of_honour_is_no_report():
    body = (
        "President Anselm Kord received the Velnian envoy Dario Fesk on Monday in Lorvik.\n\n"
        "Upon his arrival at the palace, Dario Fesk reviewed a detachment of the Palace Guard who made the honours "
        "before being invited to the traditional tea ceremony.\n\n"
        "President Kord later reviewed the guard of honour at the airport.\n"
    )
    assert_statements(body, [])


def test_reviewing_ties_stays_a_report():
    # guard: "reviewed the relations / the progress" is still the speaker's account
    body = (
        "President Anselm Kord received the Velnian envoy Dario Fesk on Monday in Lorvik.\n\n"
        "Dario Fesk reviewed the progress of the joint harbour project and the detachment of experts to Lorvik.\n"
    )
    assert_statements(body, [
        ("Dario Fesk", "indirect",
         "Dario Fesk reviewed the progress of the joint harbour project and the detachment of experts to Lorvik."),
    ])
