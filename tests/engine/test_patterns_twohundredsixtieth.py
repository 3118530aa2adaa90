"""Readings of real US State Department text of stop 31 (two-hundred-sixtieth): a taken question's answer
that only introduces the quotation after it ("Answer:  Assistant Secretary Nuland gave the following
remarks to media …:"), and "X met with Y today and discussed …", whose second verb is X's.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

QA_TITLE = "Readout of Assistant Secretary Lena Dorvik's Discussions with President Arno Vell (Taken Question)"


def test_an_answer_that_only_introduces_a_quotation_is_no_statement():
    """"Question:  Do you have information on Assistant Secretary Nuland’s discussions with President Yanukovych
    in Ukraine? / Answer:  Assistant Secretary Nuland gave the following remarks to media following her meeting
    with President Yanukovych: / "Hello Ukraine! …"" (two-hundred-sixtieth, us_state 2013-12-11): the answer's
    words introduce the quotation (GOLD-FORMAT: no statement); the quoted remarks are hers."""
    body = (
        "Question:  Do you have information on Assistant Secretary Dorvik’s discussions with President Vell?\n\n"
        "Answer:  Assistant Secretary Dorvik gave the following remarks to media following her meeting with "
        "President Vell:\n\n"
        "\"Hello Kastravia! I just spent two hours with President Vell. It was a tough conversation. Thank you all.\""
    )
    assert_statements(body, [
        ("Lena Dorvik", "direct", "Hello Kastravia! I just spent two hours with President Vell. It was a tough "
                                  "conversation. Thank you all."),
    ], title=QA_TITLE)


def test_an_answer_of_its_own_stays_the_answerers():
    """Guard: an answer with words of its own (no colon before a quotation) stays the answerer's, as before."""
    body = (
        "Question:  Do you have information on Assistant Secretary Dorvik’s discussions with President Vell?\n\n"
        "Answer:  The talks were long and useful, and the Assistant Secretary will report to Washington.\n\n"
        "Question:  Will she return to Kastravia?\n\n"
        "Answer:  She plans to return next month."
    )
    assert_statements(body, [
        ("Lena Dorvik", "direct", "The talks were long and useful, and the Assistant Secretary will report to "
                                  "Washington."),
        ("Lena Dorvik", "direct", "She plans to return next month."),
    ], title=QA_TITLE)


MEETING_TITLE = "Deputy Secretary Vell’s Meeting with Kastravian Foreign Minister Arno"


def test_met_with_someone_today_and_discussed_is_the_subjects():
    """"Deputy Secretary of State Wendy Sherman met with Swedish Foreign Minister Ann Linde today and discussed
    shared concerns on Russia’s military build-up on Ukraine’s borders." (two-hundred-sixtieth, us_state 2022-01):
    "today" ends the clause of the meeting; "discussed" is the subject's second verb, not the guest's."""
    body = (
        "Deputy Secretary of State Mara Vell met with Kastravian Foreign Minister Tomas Arno today and discussed "
        "shared concerns on the crisis in the north."
    )
    assert_statements(body, [
        ("Mara Vell", "indirect", body),
    ], title=MEETING_TITLE)


def test_two_adverbs_joined_by_and_before_the_verb_still_skipped():
    """Guard: "has repeatedly and firmly called for …": "and" between two adverbs is still skipped, the subject
    is the name before them."""
    body = (
        "Deputy Secretary of State Mara Vell met with Kastravian Foreign Minister Tomas Arno. "
        "Foreign Minister Arno has repeatedly and firmly called for a ceasefire in the north."
    )
    assert_statements(body, [
        ("Tomas Arno", "indirect", "Foreign Minister Arno has repeatedly and firmly called for a ceasefire in the north."),
    ], title=MEETING_TITLE)
