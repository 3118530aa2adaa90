"""Statements found by helper h863 (sixhundredfortyseventh, Australian state Premiers as the Australian press prints them):
- "Recently the Premier branded X last month as “worse than …”." and "She has billed her trip to Kestria as a way to
  reconnect …": a person or thing publicly called something, as "described … as" (before, no one's statement).
- "Trade Minister X, who replaced Y …, then took view that the appointments should be …": "took the view that", an
  opinion stated, with its article slipped (before, only "took the view that" was read).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guards
keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_branded_someone_as_something_is_a_view_stated():
    assert_statements((
        "Premier Dalia Voss met Prime Minister Orin Hale in Velport on Monday.\n\n"
        "Recently Premier Dalia Voss branded Hale last month as “worse than Tomas Brill”."
    ), [
        ("Dalia Voss", "indirect", "Recently Premier Dalia Voss branded Hale last month as “worse than Tomas Brill”."),
    ])


def test_billed_a_trip_as_something_is_a_view_stated():
    assert_statements((
        "Prime Minister Mira Castell arrived in Velport on Monday.\n\n"
        "Prime Minister Mira Castell has billed her five-day trip to Kestria as a way to reconnect Norvane with its "
        "neighbours."
    ), [
        ("Mira Castell", "indirect", "Prime Minister Mira Castell has billed her five-day trip to Kestria as a way to "
                                     "reconnect Norvane with its neighbours."),
    ])


def test_took_view_that_with_its_article_slipped_is_an_opinion():
    assert_statements((
        "Premier Dalia Voss opened the Kestrian trade office on Thursday.\n\n"
        "However, Trade Minister Anton Reyes, who replaced Pell Marr in the job, then took view that the "
        "appointments should be made by the public service."
    ), [
        ("Anton Reyes", "indirect", "However, Trade Minister Anton Reyes, who replaced Pell Marr in the job, then took "
                                    "view that the appointments should be made by the public service."),
    ])


def test_was_billed_as_a_speaker_is_no_statement():
    """Guard: a passive "was billed as the main speaker" names no one who spoke, nor does "branded as" a product."""
    assert_statements((
        "The Velport forum opened on Monday.\n\n"
        "Governor Lena Osk was billed as the main speaker of the forum.\n\n"
        "The wines were branded as Kestrian exports."
    ), [])
