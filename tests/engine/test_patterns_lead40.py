"""Readings the lead wrote in stop 40: an office named before it is taken up, written with "-designate" or
"Designate" after it ("Mr. X, Prime Minister Designate of Y, stated …"), as "-elect" already was.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_with_designate_after_it_is_no_name():
    """"Mr. Aran Dovo, Prime Minister Designate of Kestria" is Aran Dovo's office: his statement is his, not a
    speaker called "Designate"."""
    body = ("Prime Minister Tomas Velk held telephone talks with Mr. Aran Dovo, Prime Minister Designate of Kestria.\n\n"
            "In response, Mr. Aran Dovo, Prime Minister Designate, stated that he would work closely with Japan.\n")
    assert_statements(body, [("Aran Dovo", "indirect",
                               "In response, Mr. Aran Dovo, Prime Minister Designate, stated that he would work closely "
                               "with Japan.")])


def test_a_hyphened_designate_office_before_a_name_is_his_office():
    """"Prime Minister-designate Dovo thanked …": the office before the name, as "President-elect Dovo"; the speaker
    is Aran Dovo, not "Prime Minister-designate Aran Dovo"."""
    body = ("President Tomas Velk spoke with Prime Minister-designate Aran Dovo of Kestria.\n\n"
            "Prime Minister-designate Dovo thanked President Velk for the call.\n")
    assert_statements(body, [("Aran Dovo", "indirect",
                               "Prime Minister-designate Dovo thanked President Velk for the call.")])


def test_the_elect_office_is_read_as_before():
    """The guard: "President-elect Dovo said …" keeps its reading (Aran Dovo)."""
    body = ("President Tomas Velk spoke with President-elect Aran Dovo of Kestria.\n\n"
            "President-elect Dovo said he looked forward to working together.\n")
    assert_statements(body, [("Aran Dovo", "indirect",
                               "President-elect Dovo said he looked forward to working together.")])
