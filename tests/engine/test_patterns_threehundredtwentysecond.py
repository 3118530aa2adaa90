"""Readings of real Irish Government text of stop 34 (three-hundred-twenty-second): releases of the Department of the
Taoiseach on merrionstreet.ie, the Department of Foreign Affairs and the Scottish Government.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_office_of_the_second_of_a_pair_before_a_name_with_no_closing_comma():
    """"The Taoiseach and the UK Prime Minister, Boris Johnson spoke by phone this evening. … The Taoiseach said the
    proposals do not fully meet …" (three-hundred-twenty-second ireland_taoiseach_2019-10-02_johnson_call): the office
    before the comma is the name's though the comma after the name is left out; the bare "The Chancellor" is not he."""
    body = (
        "The Chancellor and the Prime Minister of Norlandia, Oren Vask spoke by phone this evening.\n\n"
        "The Chancellor said the proposals do not fully meet the agreed objectives.\n\n"
        "The Prime Minister said he would study the reply."
    )
    assert_statements(body, [
        ("The Chancellor", "indirect", "The Chancellor said the proposals do not fully meet the agreed objectives."),
        ("Oren Vask", "indirect", "The Prime Minister said he would study the reply."),
    ], title="Statement following a call with the Prime Minister of Norlandia")


def test_no_office_after_and_the_before_a_name_stays_the_names_cue():
    """Guard: "The talks covered trade and the Arctic, Oren Vask said." "the Arctic" is no office: the words are
    Oren Vask's, and no office is learnt for him."""
    body = (
        "Prime Minister Ida Morn met Oren Vask in Tarvik on Monday.\n\n"
        "The talks covered trade and the Arctic, Oren Vask said."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The talks covered trade and the Arctic, Oren Vask said."),
    ], title="Prime Minister Morn met Oren Vask")
