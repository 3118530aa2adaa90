"""Rules from the eight-hundred-seventy-fourth held-out set (the Premier of Western Australia's meetings, 2005-2013):
invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from readout_tui.engine.name_runs import run_names

from .test_patterns import assert_statements


@pytest.mark.parametrize("compound", ["State-owned", "Government-run", "Exchange-listed", "Crown-controlled"])
def test_a_firm_after_an_owners_compound_is_no_speaker(compound):
    """"Barnett faces renewed pressure … after Chinese State-owned Sinosteel, a major investor …, voiced its anger …
    Sinosteel said delays … are costing …" (eighthundredseventyfourth australianmining): a capitalised compound that
    says who owns or runs a thing ("State-owned") is an adjective of the firm after it, not a given name; before, a
    Mr "State-owned Sinosteel" was read and the firm's later "said" given to him."""
    body = ("Premier Anna Vell said she would visit Tarnland next month to restore confidence in the trade. "
            f"She faces pressure after Tarnish {compound} Kolvex, a major investor in the port, voiced its anger "
            "over the approvals. "
            "In a statement, Kolvex said the delays were costing it ten million a year.")
    assert_statements(body, [
        ("Anna Vell", "indirect",
         "Premier Anna Vell said she would visit Tarnland next month to restore confidence in the trade."),
    ])


def test_a_full_name_after_a_based_compound_is_still_read():
    """The near shape: a compound of place before a full name ("Perth-based Anna Vell") is read off, and the name
    after it stays a person's name (read from its first word)."""
    assert [phrase.name for phrase in run_names("Dunmere-based Lina Osk")] == [("Lina", "Osk")]
    assert [phrase.name for phrase in run_names("Tarnish State-owned Kolvex")] == []
    assert [phrase.name for phrase in run_names("Kolvex Marr")] == [("Kolvex", "Marr")]


def test_a_plain_two_word_name_stays_a_speaker():
    """The guard: an untitled two-word name with no compound stays a person who speaks."""
    body = "In a statement, Kolvex Marr said the delays were costing the port ten million a year."
    assert_statements(body, [
        ("Kolvex Marr", "indirect",
         "In a statement, Kolvex Marr said the delays were costing the port ten million a year."),
    ])
