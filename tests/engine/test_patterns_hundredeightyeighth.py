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


def test_a_named_room_is_no_speaker_of_the_participle_after_it():
    """"… portraits are presented in the Green Room, offering families the chance …" / "… is displayed in the State
    Dining Room, highlighting the South Portico …" (2025-12-01): a room of a residence is a place, not a person; the
    participle clause after it reports no one's words. Before, "Green Room" and "Dining Room" were speakers."""
    body = ("The Tesland Residence opened its winter exhibition today.\n\n"
            "Patriotic exhibits accentuate the anniversary of the Nation in the East Room, while two portraits "
            "made of puzzle pieces are presented in the Green Room, offering families the chance to have fun.\n\n"
            "The Gingerbread House is prominently displayed in the State Dining Room, highlighting the South Portico "
            "and offering a glimpse of the Yellow Oval Room.")
    assert_statements(body, [])
