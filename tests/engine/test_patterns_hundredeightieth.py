"""Rules from the hundred-eightieth held-out set (en.kremlin.ru, October 2017 - April 2018): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_most_importantly_paragraph_carries_on_the_report_before():
    """"Vladimir Putin underscored the need for a thorough and objective investigation and noted that …" /
    "Most importantly, it is necessary to refrain from ill-conceived and dangerous actions …" (57253): a
    paragraph that opens "Most importantly," and argues what must be done gives the main point of the report
    that ended the paragraph before. Before, it was given to no one (its "Most" read as a name)."""
    body = ("Ivo Marr had a telephone conversation with President of Tesland Lena Osk.\n\n"
            "Ivo Marr underscored the need for an objective inquiry and noted that it would be wise to avoid "
            "hasty accusations.\n\n"
            "Most importantly, it is necessary to refrain from dangerous steps that would violate the Charter.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "Ivo Marr underscored the need for an objective inquiry and noted that it would be wise to avoid "
         "hasty accusations."),
        ("Ivo Marr", "indirect",
         "Most importantly, it is necessary to refrain from dangerous steps that would violate the Charter."),
    ])


def test_a_most_importantly_paragraph_that_only_tells_stays_narrative():
    """The guard: a "Most importantly," paragraph that argues nothing (what was agreed, what happened) is the
    readout's own summing up, not more of the report."""
    body = ("Ivo Marr had a telephone conversation with President of Tesland Lena Osk.\n\n"
            "Ivo Marr underscored the need for an objective inquiry.\n\n"
            "Most importantly, the talks took place in a friendly atmosphere.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr underscored the need for an objective inquiry."),
    ])
