"""Patterns found by the fortyfifth held-out set (real Kremlin news readouts, 2016-2018).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_patriarchs_label_with_his_see_is_a_label():
    """"Patriarch Ilian of Tarvik and All the North (retranslated): …": the "and All" joins the
    two halves of the see's name, so the label names one man (not "Patriarch Ilian of Tarvik"
    and someone called "All the North"), and his paragraphs are his, not the turn before."""
    body = (
        "After the meeting with church leaders, Petr Halen met with Patriarch Ilian of Tarvik and All the North.\n\n"
        "President of Ostrava Petr Halen: Your Beatitude,\n\n"
        "I am very glad to see you.\n\n"
        "Patriarch Ilian of Tarvik and All the North (retranslated): Mr President, thank you for this meeting.\n\n"
        "I would like to thank you for what Ostrava has done for our churches."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Your Beatitude,"),
        ("Petr Halen", "direct", "I am very glad to see you."),
        ("Ilian", "direct", "Mr President, thank you for this meeting."),
        ("Ilian", "direct", "I would like to thank you for what Ostrava has done for our churches."),
    ])


def test_a_forecast_in_a_report_is_the_reporters():
    """"Mr Darin said that growth of 3 percent is forecast. The results in mining are expected to be
    similar to last year's.": what the report foresees ("are expected", no agent, no meeting) carries
    his report on; it is not the readout telling of an event."""
    body = (
        "Governor Oleg Darin briefed Petr Halen on the situation in the region.\n\n"
        "Mr Darin said that growth of around 3 percent is forecast in farming for the year. "
        "The overall results for the year in mining are expected to be similar to last year’s."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Governor Oleg Darin briefed Petr Halen on the situation in the region."),
        ("Oleg Darin", "indirect", "Mr Darin said that growth of around 3 percent is forecast in farming for the year."),
        ("Oleg Darin", "indirect", "The overall results for the year in mining are expected to be similar to last year’s."),
    ])


def test_a_report_told_on_with_said_carries_over():
    """"Governor X briefed the President on the region. / Mr X said that … / The region has carried out
    …": the paragraph that goes on with "said" is still the report the lead opened, so the paragraph
    after it, in which no one acts or speaks, carries it on (as after "reported")."""
    body = (
        "Governor Oleg Darin briefed Petr Halen on the situation in the region.\n\n"
        "Mr Darin said that growth of around 3 percent is forecast in farming for the year.\n\n"
        "Despite the difficult economic situation, the region has carried out a number of investment projects. "
        "Thus, the region is home to a plant producing vaccines."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Governor Oleg Darin briefed Petr Halen on the situation in the region."),
        ("Oleg Darin", "indirect", "Mr Darin said that growth of around 3 percent is forecast in farming for the year."),
        ("Oleg Darin", "indirect", "Despite the difficult economic situation, the region has carried out a number of "
                                   "investment projects."),
        ("Oleg Darin", "indirect", "Thus, the region is home to a plant producing vaccines."),
    ])


def test_a_speech_word_after_their_is_a_noun():
    """"… a programme that allows members of the public to address their requests to local officials":
    "requests" after "their" is a noun, no one's speech, so the sentence carries the governor's report
    on like the sentences around it."""
    body = (
        "Governor Oleg Darin informed Petr Halen about the situation in the region.\n\n"
        "The Governor reported that the new hospital is ready.\n\n"
        "The region has landscaped 200 courtyards. "
        "The region has its own programme that allows members of the public to address their requests to local officials. "
        "Over the past year, some 119 such facilities were built."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Governor Oleg Darin informed Petr Halen about the situation in the region."),
        ("Oleg Darin", "indirect", "The Governor reported that the new hospital is ready."),
        ("Oleg Darin", "indirect", "The region has landscaped 200 courtyards."),
        ("Oleg Darin", "indirect", "The region has its own programme that allows members of the public to address "
                                   "their requests to local officials."),
        ("Oleg Darin", "indirect", "Over the past year, some 119 such facilities were built."),
    ])
