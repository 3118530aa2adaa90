"""Readings of real Kremlin text of stop 36 (three-hundred-seventy-seventh): news items of November 2019.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_unquoted_words_to_a_listener_before_a_trailing_cue_are_direct():
    """"What is important is not only that you received an award for your family members, …, the President
    emphasised." (three-hundred-seventy-seventh kremlin_62093): words addressed to "you" with no quote marks are the
    speaker's own, as the first person is; the attribution clause is no part of them."""
    body = (
        "President of Kaldoria Oren Vask met with the families of the rescuers.\n\n"
        "Oren Vask expressed his condolences to the families. What matters is that you heard words of support "
        "on behalf of the state, the President emphasised."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask expressed his condolences to the families."),
        ("Oren Vask", "direct", "What matters is that you heard words of support on behalf of the state"),
    ], title="Meeting with families of rescuers")


def test_a_third_person_report_before_a_trailing_cue_stays_whole():
    """Guard: "The rescuers had done their duty to the end, the President emphasised." has neither "you" nor "I":
    a report in the third person, the whole sentence an indirect statement."""
    body = (
        "President of Kaldoria Oren Vask met with the families of the rescuers.\n\n"
        "The rescuers had done their duty to the end, the President emphasised."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The rescuers had done their duty to the end, the President emphasised."),
    ], title="Meeting with families of rescuers")


def test_a_generic_you_before_a_cue_with_when_and_where_stays_whole():
    """Guard: "If you keep buying their gas, …, said President X during a video meeting …" (hundred-twentieth): a
    generic "you" in a lede whose cue goes on with when and where it was said stays one indirect sentence."""
    body = (
        "President of Kaldoria Oren Vask addressed a conference in Vestra.\n\n"
        "If you keep buying their gas, the war will reach your borders, said President Oren Vask during a video "
        "meeting at the Vestra Institute."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "If you keep buying their gas, the war will reach your borders, said President Oren Vask "
                                  "during a video meeting at the Vestra Institute."),
    ], title="President Vask addressed a conference")
