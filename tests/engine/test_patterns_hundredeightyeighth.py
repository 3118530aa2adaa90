"""Rules from the hundred-eighty-eighth held-out set (White House releases of July-December 2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_remarks_printed_whole_under_a_possessive_as_prepared_heading_are_the_speakers():
    """"The First Lady’s full remarks from the event can be found below. / First Lady X’s Remarks (As Prepared
    for Delivery) / We are living in …": a heading that names whose prepared remarks follow, with no "Full
    Remarks by" lead-in before it. Each paragraph after it is that person's direct statement. Before, nothing
    was given."""
    body = ("First Lady Mara Velt hosted a meeting of the Tesland Task Force on Robotics today.\n\n"
            "The First Lady’s full remarks from the event can be found below.\n\n"
            "First Lady Mara Velt’s Remarks (As Prepared for Delivery)\n\n"
            "We are living in a moment of wonder.\n\n"
            "The robots are here. Our future is no longer science fiction.")
    assert_statements(body, [
        ("Mara Velt", "direct", "We are living in a moment of wonder."),
        ("Mara Velt", "direct", "The robots are here. Our future is no longer science fiction."),
    ])


def test_a_remarks_by_as_prepared_heading_gives_the_paragraphs_after_it():
    """"Remarks by X at the Y Summit (As Prepared for Delivery)": the "by" form of the same heading."""
    body = ("Remarks by Minister Hana Brill at the Varnian Water Summit (As Prepared for Delivery)\n\n"
            "Thank you all for coming to Varnia.\n\n"
            "Clean water is the first duty of every government.")
    assert_statements(body, [
        ("Hana Brill", "direct", "Thank you all for coming to Varnia."),
        ("Hana Brill", "direct", "Clean water is the first duty of every government."),
    ])


def test_an_as_prepared_heading_that_names_no_person_gives_nothing():
    """The guard: "The Summit’s Opening Remarks (As Prepared for Delivery)" names no person; the paragraphs
    after it stay unattributed."""
    body = ("The Summit’s Opening Remarks (As Prepared for Delivery)\n\n"
            "Thank you all for coming to Varnia.")
    assert_statements(body, [])
