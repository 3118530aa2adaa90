"""Statements found by helper h903's mends of styles47 (agriculture, fisheries and food ministries' international
meetings in English): a delegation's head named as "the <Body>, led by its <Office>, Mr. X" (a comma before "led by",
a board's name holding portfolio words, "Meat and Livestock Board") is the office of that body, so "The CEO said …"
after is X.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_office_after_its_with_a_comma_before_led_by_is_the_bodys():
    """"the Ostrevaal Meat and Livestock Board, led by its Chief Executive Officer, Mr. X": before, the comma before
    "led by" hid the body "its" means, and "Ostrevaal Meat" read as a name, so "The CEO said …" was no one's."""
    assert_statements((
        "A delegation of the Pellvarn Meat and Livestock Board, led by its Chief Executive Officer, Mr. Doran "
        "Quillersby, on Monday called on the Minister of Livestock, Hon. Abel Tressington, in Kessingford Falls.\n\n"
        "The Minister said the country has many cattle but few abattoirs.\n\n"
        "The CEO said the Board was looking at a pilot feedlot."
    ), [
        ("Abel Tressington", "indirect", "The Minister said the country has many cattle but few abattoirs."),
        ("Doran Quillersby", "indirect", "The CEO said the Board was looking at a pilot feedlot."),
    ])


def test_office_after_its_with_no_comma_is_unchanged():
    """Guard: "the Brackelmoor Dairy Board led by its Chairman, Mr. X" (no comma), as before, the Board's Chairman."""
    assert_statements((
        "A delegation of the Brackelmoor Dairy Board led by its Chairman, Mr. Corwen Ashbellow, visited the "
        "Ministry of Agriculture on Friday.\n\n"
        "The Chairman said the Board would open a milk testing laboratory."
    ), [
        ("Corwen Ashbellow", "indirect", "The Chairman said the Board would open a milk testing laboratory."),
    ])
