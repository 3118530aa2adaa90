"""Readings of real White House text of 2017-2020 (three-hundred-fifty-ninth): remarks before and after bilateral
meetings, printed as transcripts with speaker labels in capitals and the White House's "END" time line.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_end_time_line_closes_the_transcript():
    """"END 11:26 A.M. EDT" (three-hundred-fifty-ninth whitehouse_trump_2017-04-07_trump_xi_remarks): the White House's
    last line of remarks, when they ended, is no one's words, as a clock line alone already was."""
    body = (
        "Harbour Hall\nPort Vesta, Kaldoria\n\n"
        "11:22 A.M. EDT\n\n"
        "PRESIDENT VORN: Thank you very much. It is a great honor to have the Chancellor here.\n\n"
        "We made a lot of progress.\n\n"
        "END 11:26 A.M. EDT"
    )
    assert_statements(body, [
        ("Vorn", "direct", "Thank you very much. It is a great honor to have the Chancellor here."),
        ("Vorn", "direct", "We made a lot of progress."),
    ], title="Remarks by President Vorn After Meeting with Chancellor Ilst of Ostmark")


def test_end_of_a_sentence_in_a_turn_stays_speech():
    """Guard: a turn's paragraph that opens with "End" and goes on in words stays the speaker's."""
    body = (
        "Harbour Hall\nPort Vesta, Kaldoria\n\n"
        "PRESIDENT VORN: Thank you very much.\n\n"
        "End of the story: we made a lot of progress, at 11:26 in the morning."
    )
    assert_statements(body, [
        ("Vorn", "direct", "Thank you very much."),
        ("Vorn", "direct", "End of the story: we made a lot of progress, at 11:26 in the morning."),
    ], title="Remarks by President Vorn After Meeting with Chancellor Ilst of Ostmark")


def test_month_surname_after_an_office_in_a_label():
    """"PRIME MINISTER MAY: Well, thank you very much, Mr. President." (three-hundred-fifty-ninth
    whitehouse_trump_2017-09-20_trump_may_remarks): "May" right after the office's words, ending the label, is the
    holder's surname, so the label opens her turn, not more of the President's."""
    body = (
        "Harbour Hall\nPort Vesta, Kaldoria\n\n"
        "PRESIDENT VORN: Thank you very much. It is great to have Prime Minister May here.\n\n"
        "PRIME MINISTER MAY: Well, thank you very much, Mr. President. It is good to be here.\n\n"
        "PRESIDENT VORN: Thank you.\n\n"
        "PRIME MINISTER MAY: Thank you."
    )
    assert_statements(body, [
        ("Vorn", "direct", "Thank you very much. It is great to have Prime Minister May here."),
        ("May", "direct", "Well, thank you very much, Mr. President. It is good to be here."),
        ("Vorn", "direct", "Thank you."),
        ("May", "direct", "Thank you."),
    ], title="Remarks by President Vorn and Prime Minister May of Ostmark Before Bilateral Meeting")


def test_month_after_an_office_in_a_date_stays_a_month():
    """Guard: "President Vorn … the Prime Minister in May" and "President May 5" keep the month: no speaker "May"."""
    body = (
        "President Vorn spoke today with the Prime Minister in May 2019 terms.\n\n"
        "President Vorn thanked the Prime Minister for the visit of President May 5 envoys."
    )
    assert_statements(body, [
        ("Vorn", "indirect", "President Vorn thanked the Prime Minister for the visit of President May 5 envoys."),
    ], title="Readout of President Vorn's Call with the Prime Minister of Ostmark")
