"""Patterns found by helper h646's set fourhundredeightieth (the Government of Mauritius's releases, GIS, as AllAfrica
and APO carried them): a verb of saying that needs a that-clause ("indicated", "observed", "commented") closing the
clause it reports with its subject inverted after it ("…, indicated the Ambassador X in a statement."), as "said X"
does; "presented the congratulations of …" hands on good wishes in words, as "conveyed the congratulations".

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL = ("The Ambassador of Zembla to Norland, Mr Tor Vessel, called on the Prime Minister, Mr Ali Brant, yesterday "
        "at the Treasury in Ostra.\n\n")


def test_indicated_inverted_after_the_words_it_reports():
    """"…, indicated the Zemblan Ambassador Vessel in a statement.": the ambassador's indirect statement, the whole
    sentence (before, no statement: "indicated" speaks only with a that-clause after it)."""
    body = CALL + "The meeting with Prime Minister Brant was a fruitful one, indicated the Zemblan Ambassador Vessel " \
                  "in a statement."
    assert_statements(body, [
        ("Tor Vessel", "indirect", "The meeting with Prime Minister Brant was a fruitful one, indicated the Zemblan "
                                   "Ambassador Vessel in a statement."),
    ])


def test_observed_inverted_with_a_name():
    """"…, observed Mr Vessel.": the same with "observed" and a name."""
    body = CALL + "Trade between the two countries has doubled since 2015, observed Mr Vessel."
    assert_statements(body, [
        ("Tor Vessel", "indirect", "Trade between the two countries has doubled since 2015, observed Mr Vessel."),
    ])


def test_observed_with_an_object_after_a_comma_is_no_inversion():
    """Guard: "He toured the port, observed the work of the crew and left." has no subject inverted after
    "observed": watching, no statement."""
    body = CALL + "He toured the port, observed the work of the crew and left for the airport."
    assert_statements(body, [])


def test_presented_the_congratulations_of_a_head_of_state():
    """"he presented the congratulations of the King of Zembla to the Prime Minister": the ambassador's indirect
    statement (before, none: "presented" spoke only with views, proposals, an update …)."""
    body = CALL + "During the meeting, he presented the congratulations of the King of Zembla to the Prime Minister " \
                  "for the 50th anniversary of Norland's independence."
    assert_statements(body, [
        ("Tor Vessel", "indirect", "During the meeting, he presented the congratulations of the King of Zembla to "
                                   "the Prime Minister for the 50th anniversary of Norland's independence."),
    ])


def test_presented_credentials_is_no_statement():
    """Guard: "presented his letters of credence to the President" is an act."""
    body = CALL + "Mr Vessel presented his letters of credence to the President of Norland on Monday."
    assert_statements(body, [])
