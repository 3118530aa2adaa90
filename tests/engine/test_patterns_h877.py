"""Statements found by helper h877's mends of styles46 (central banks' and financial supervisors' international
meetings in English, as wires, dailies and agencies carry them): a titled office in lower case opening a narrative
sentence ("The ambassador took to social media to comment on the meeting.") is its subject's office, as a capitalised
"The Ambassador" is, so the "She" of the cue after the next quotation ("“….” She added.") is that subject, not the last
one who spoke before.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_lower_case_office_opening_a_narrative_sentence_is_the_next_pronouns_subject():
    """"The ambassador took to social media …" then "“….” She added.": before, "She" was the Governor, who spoke
    last; the lower-case office opening the sentence was no subject."""
    assert_statements((
        "Ambassador Corvane Tessaly has called on Governor Dr. Peloran Ashwick.\n\n"
        "Governor Ashwick said that inflation had stayed within the target band.\n\n"
        "The ambassador took to social media to comment on the meeting.\n\n"
        "“The independence of the Bank is essential for the recovery.” She added."
    ), [
        ("Peloran Ashwick", "indirect", "Governor Ashwick said that inflation had stayed within the target band."),
        ("Corvane Tessaly", "direct", "The independence of the Bank is essential for the recovery."),
    ])


def test_lower_case_governor_opening_a_narrative_sentence_is_the_next_pronouns_subject():
    """The same with "The governor" after the guest spoke last: "he" is the governor."""
    assert_statements((
        "Commissioner Dravel Onsworth met Governor Hestan Kilbury of the Reserve Bank.\n\n"
        "Commissioner Onsworth said that his office would open a desk for cross-border firms.\n\n"
        "The governor later visited the trading floor of the exchange.\n\n"
        "“Our supervisors will work as one team,” he said."
    ), [
        ("Dravel Onsworth", "indirect", "Commissioner Onsworth said that his office would open a desk for cross-border firms."),
        ("Hestan Kilbury", "direct", "Our supervisors will work as one team"),
    ])


def test_lower_case_office_of_another_body_is_still_no_subject():
    """Guard: "The ambassador of Dralmoor …" is an office of another state (no one named holds it here): it does not
    take "She" from the Governor who spoke last."""
    assert_statements((
        "Ambassador Corvane Tessaly has called on Governor Dr. Peloran Ashwick.\n\n"
        "Governor Ashwick said that inflation had stayed within the target band.\n\n"
        "The ambassador of Dralmoor visited the museum of the Bank on the same day.\n\n"
        "“The reserves are back to four months of imports.” She added."
    ), [
        ("Peloran Ashwick", "indirect", "Governor Ashwick said that inflation had stayed within the target band."),
        ("Peloran Ashwick", "direct", "The reserves are back to four months of imports."),
    ])
