"""Readings of real Belarusian presidential text of stop 36 (three-hundred-seventieth): English news items of the Press
Service of the President of the Republic of Belarus.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "President of Kaldoria Oren Vask met with State Secretary of the Union Council Mira Tal on 12 March.\n\n"
_FIRST = "“We need to discuss a number of issues in detail. I think the Council is the right format,” Oren Vask said.\n\n"


def test_what_should_be_done_between_two_of_his_quotations_is_his():
    """"“…,” the Belarusian head of state said." / "For this purpose, the governments of the two countries should focus on
    corresponding issues. “…,” Aleksandr Lukashenko added." (three-hundred-seventieth belarus_president_2018-03-12_rapota):
    a sentence with no speech verb that says what should be done, between a paragraph his quotation ended and his
    quotation after it, carries his words on."""
    body = _LEAD + _FIRST + (
        "For this purpose, the governments of both states should focus on corresponding issues. "
        "“Questions the ministers can settle should not reach the presidents,” Oren Vask added."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "We need to discuss a number of issues in detail. I think the Council is the right format"),
        ("Oren Vask", "indirect", "For this purpose, the governments of both states should focus on corresponding issues."),
        ("Oren Vask", "direct", "Questions the ministers can settle should not reach the presidents"),
    ], title="Meeting with State Secretary of the Union Council Mira Tal")


def test_a_fact_between_two_of_his_quotations_stays_the_narrators():
    """Guard: after a paragraph his quotation ended, a sentence that tells a fact ("Trade between the two countries reached
    $2 billion last year.") before his next quotation says nothing that should be done: no one's statement."""
    body = _LEAD + _FIRST + (
        "Trade between the two countries reached $2 billion last year. "
        "“Questions the ministers can settle should not reach the presidents,” Oren Vask added."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "We need to discuss a number of issues in detail. I think the Council is the right format"),
        ("Oren Vask", "direct", "Questions the ministers can settle should not reach the presidents"),
    ], title="Meeting with State Secretary of the Union Council Mira Tal")


def test_what_should_be_done_before_someone_elses_quotation_is_not_his():
    """Guard: the same sentence before another person's quotation is not carried to the speaker before it."""
    body = _LEAD + _FIRST + (
        "For this purpose, the governments of both states should focus on corresponding issues. "
        "“We are ready to help,” Mira Tal said."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "We need to discuss a number of issues in detail. I think the Council is the right format"),
        ("Mira Tal", "direct", "We are ready to help"),
    ], title="Meeting with State Secretary of the Union Council Mira Tal")
