"""Readings of real Belarusian presidential text of stop 37 (three-hundred-eighty-fourth): releases of the Press Service
of the President of the Republic of Belarus, one of them a mirror's copy that lost spaces after full stops.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_lede_glued_to_an_opening_curly_mark_is_still_a_whole_sentence():
    """"… said as he met with Russian President Vladimir Putin on 18 July.“In December we will celebrate …,” the
    Belarusian leader said." (three-hundred-eighty-fourth belarus_president_2019-07-18_putin): the mirror lost the space
    between the lede's full stop and the quotation's opening mark; the lede is still a sentence of its own, its
    unquoted words the President's direct statement without the attribution clause."""
    body = (
        "Kaldoria and Vestra must settle every open issue before the anniversary, Kaldorian President Oren Vask said as "
        "he met with Vestran President Ilan Moro on 3 May.“In June we will mark ten years of our treaty. We cannot leave "
        "any issue unsolved by then,” the Kaldorian leader said."
    )
    assert_statements(body, [
        ("Oren Vask", "direct",
         "Kaldoria and Vestra must settle every open issue before the anniversary"),
        ("Oren Vask", "direct",
         "In June we will mark ten years of our treaty. We cannot leave any issue unsolved by then"),
    ], title="Talks with Vestran President Ilan Moro")


def test_a_title_in_curly_marks_after_a_glued_stop_stays_narrative():
    """Guard: the new sentence break before a glued curly mark makes no statement of a title it opens ("… on 3 May.“Vestra
    Days” opened …"): the pair's talks and the festival stay narrative, no speaker."""
    body = (
        "Kaldorian President Oren Vask and Vestran President Ilan Moro held talks in Vestra on 3 May.“Vestra Days” "
        "opened the same evening. The two presidents discussed trade and agreed to meet again."
    )
    assert_statements(body, [], title="Talks with Vestran President Ilan Moro")
