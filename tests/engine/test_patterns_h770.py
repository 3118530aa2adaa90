"""Statements of general patterns mended by helper h770 in sets labelled earlier (fivehundredsixtysixth, Pakistan's
Finance Division, and others whose errors recur):

- "Finance Minister Senator X called …": "Senator" between an office and its holder's name is the holder's style, no
  word of the office (phrases._STYLES_BETWEEN_AN_OFFICE_AND_ITS_HOLDER), so "the minister" after it is X.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_CALLED_ON_SENATOR = ("Harbour Bank Country Director Ilse Varo called on Finance Minister Senator Tarik Oden on Monday "
                      "in Velmora.")
_THE_MINISTER = "The minister appreciated the support the bank had extended for the new ports."


def test_senator_between_an_office_and_a_name_is_a_style():
    """"Finance Minister Senator X … The minister appreciated …": X's."""
    assert_statements(
        _CALLED_ON_SENATOR + "\n\n" + _THE_MINISTER,
        [("Tarik Oden", "indirect", _THE_MINISTER)],
    )


def test_a_state_senator_keeps_his_office():
    """Guard: "State Senator X … The senator said …": the senator is X (the style opens the office)."""
    opening = "State Senator Amos Reddle met farmers of the valley in Corvin on Tuesday."
    said = "The senator said the new dam would be finished by spring."
    assert_statements(opening + "\n\n" + said, [("Amos Reddle", "indirect", said)])
