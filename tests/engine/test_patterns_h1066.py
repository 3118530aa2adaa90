"""Helper h1066 (KE62, the carried-on report groups M2/E4): a sentence with no cue of its own that carries on one
person's report is not read as narrative because of a free relative's passive in it ("… and show what has been done
in the region", "… thanks for all that has been achieved": a thing named, the object of the sentence's own verb, no
event of the meeting); a passive that does tell what was done at the meeting still ends the report."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "President Anton Merek held a working meeting with Governor of the Kestrel Region Ivo Danel.\n\n"


def test_what_has_been_done_after_a_report_carries_it_on():
    body = _OPENING + (
        "The President emphasised that the voters should support the Governor at the election. To do this, it is "
        "necessary to present the region’s programme and show what has been done in Kestrel in recent years."
    )
    assert_statements(body, [
        ("Anton Merek", "indirect",
         "The President emphasised that the voters should support the Governor at the election."),
        ("Anton Merek", "indirect",
         "To do this, it is necessary to present the region’s programme and show what has been done in Kestrel in "
         "recent years."),
    ])


def test_everything_that_was_agreed_after_a_report_carries_it_on():
    body = _OPENING + (
        "The Governor said that the new bridge across the Velka would open in May. The region hopes to receive in time "
        "everything that was agreed with the federal ministries."
    )
    assert_statements(body, [
        ("Ivo Danel", "indirect", "The Governor said that the new bridge across the Velka would open in May."),
        ("Ivo Danel", "indirect",
         "The region hopes to receive in time everything that was agreed with the federal ministries."),
    ])


def test_a_passive_of_the_meeting_still_ends_the_report():
    body = _OPENING + (
        "The President emphasised that the voters should support the Governor at the election. To do this, a "
        "programme for the region was adopted and the work that has been done was shown to the press."
    )
    assert_statements(body, [
        ("Anton Merek", "indirect",
         "The President emphasised that the voters should support the Governor at the election."),
    ])
