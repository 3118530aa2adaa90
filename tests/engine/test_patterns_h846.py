"""Rules from the six-hundred-thirty-third held-out set (helper h846; the Senate of the Philippines' photo releases on
the Senate President's meetings): a photo's or writer's credit in parentheses closing a caption. Invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_photo_credit_in_parentheses_after_a_report_is_no_ones():
    """"Senate President Sotto thanked the Ambassador for … . (Photo by Louie Millang/ Office of the Senate President)",
    "(Bibo Nueva España/Senate PRIB)", "(Photos by Joseph Vidal, PRIB)": a photographer's or writer's credit, opened by
    "Photo(s) by" or with names and offices joined by a slash, carries on no one's report. Before, each was given to the
    last speaker."""
    body = ("Speaker Lena Marvik receives Ambassador Odo Keller of Ravenna on 3 March 2023. Speaker Marvik thanked the "
            "Ambassador for Ravenna's aid during the floods. (Photo by Ivo Brant/ Office of the Speaker)\n\n"
            "Ambassador Keller assured the Speaker of his country's support. (Mara Solt/Assembly PRB)\n\n"
            "Speaker Marvik said the visit opened a new chapter. (Photos by Ivo Brant, PRB)")
    assert_statements(body, [
        ("Lena Marvik", "indirect", "Speaker Marvik thanked the Ambassador for Ravenna's aid during the floods."),
        ("Odo Keller", "indirect", "Ambassador Keller assured the Speaker of his country's support."),
        ("Lena Marvik", "indirect", "Speaker Marvik said the visit opened a new chapter."),
    ])


def test_words_in_parentheses_that_are_no_credit_still_carry_on():
    """Guard: a sentence in parentheses of lower-case words, no slash and no "Photo by", is read as before (the
    carried-on report of the speaker before it)."""
    body = ("Speaker Lena Marvik receives Ambassador Odo Keller of Ravenna on 3 March 2023.\n\n"
            "Speaker Marvik stressed that the floods had hurt both countries. (The damage is still being counted in the "
            "south.)")
    assert_statements(body, [
        ("Lena Marvik", "indirect", "Speaker Marvik stressed that the floods had hurt both countries."),
        ("Lena Marvik", "indirect", "(The damage is still being counted in the south.)"),
    ])
