"""Readings of known errors of labelled Kremlin, President of Ukraine and White House held-out sets (stop 35): a
minister whose office names two portfolios joined by "and", the first a common noun ("Construction and Housing and
Utilities Minister X briefed …", three-hundred-third kremlin_52913); the reports a meeting heard, each going on
after its minister's briefing (the same); "the head of the Fund" after a guest styled "managing director of the
International Monetary Fund" (thirtieth kremlin_40498).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING_TITLE = "Meeting with Government members"


def test_a_minister_of_two_portfolios_joined_by_and_is_one_person():
    """"Construction and Housing and Utilities Minister Mikhail Men briefed the meeting on preparations for the
    winter heating season. Overall, 98 percent of housing stock …" (three-hundred-third kremlin_52913): "Construction"
    is a portfolio, as "Transport" is, not a person joined by "and" to the minister; the minister briefs, and his
    report goes on (the report before it, another minister's, does not)."""
    body = (
        "Karl Vostrov held a meeting with Government members.\n\n"
        "Emergency Situations Minister Pavel Drugov reported on the flood relief efforts. Mr Drugov said that the "
        "repairs will be completed by October 15.\n\n"
        "The meeting heard several reports. Construction and Transport Minister Ivan Melnov briefed the meeting on "
        "preparations for the winter heating season. Overall, 98 percent of housing stock is ready now for the winter."
    )
    assert_statements(body, [
        ("Pavel Drugov", "indirect", "Emergency Situations Minister Pavel Drugov reported on the flood relief efforts."),
        ("Pavel Drugov", "indirect", "Mr Drugov said that the repairs will be completed by October 15."),
        ("Ivan Melnov", "indirect", "Construction and Transport Minister Ivan Melnov briefed the meeting on "
                                    "preparations for the winter heating season."),
        ("Ivan Melnov", "indirect", "Overall, 98 percent of housing stock is ready now for the winter."),
    ], title=MEETING_TITLE)


def test_a_person_and_a_minister_stay_two_people():
    """Guard: a surname before "and" ("Drugov and Transport Minister Ivan Melnov briefed …") is a person, the two
    together a group, whose joint briefing is no one person's statement."""
    body = (
        "Karl Vostrov held a meeting with Government members.\n\n"
        "Emergency Situations Minister Pavel Drugov reported on the flood relief efforts.\n\n"
        "The meeting heard several reports. Drugov and Transport Minister Ivan Melnov briefed the meeting on "
        "preparations for the winter heating season."
    )
    assert_statements(body, [
        ("Pavel Drugov", "indirect", "Emergency Situations Minister Pavel Drugov reported on the flood relief efforts."),
    ], title=MEETING_TITLE)


def test_reports_the_meeting_heard_go_on_after_a_ministers_briefing():
    """"The meeting heard several reports on preparations for the winter season. Construction and Housing and
    Utilities Minister Mikhail Men briefed the meeting on … . Overall, 98 percent of housing stock … . More than 2
    million tonnes of liquid fuel are also ready. This is around 102 percent of planned reserves." (three-hundred-
    third kremlin_52913): the meeting's own sentence tells what comes next, and the minister's briefing, his
    portfolio's words before "Minister", opens a report that goes on to the paragraph's end."""
    body = (
        "Karl Vostrov held a meeting with Government members.\n\n"
        "The meeting heard several reports on preparations for the winter season. Energy Minister Ivan Melnov "
        "briefed the meeting on preparations for the winter heating season. Overall, 98 percent of housing stock "
        "is ready now for the winter. More than 2 million tonnes of liquid fuel are also ready. This is around "
        "102 percent of planned reserves.\n\n"
        "Health Minister Oleg Sarin reported on the vaccination campaign."
    )
    assert_statements(body, [
        ("Ivan Melnov", "indirect", "Energy Minister Ivan Melnov briefed the meeting on preparations for the winter "
                                    "heating season."),
        ("Ivan Melnov", "indirect", "Overall, 98 percent of housing stock is ready now for the winter."),
        ("Ivan Melnov", "indirect", "More than 2 million tonnes of liquid fuel are also ready."),
        ("Ivan Melnov", "indirect", "This is around 102 percent of planned reserves."),
        ("Oleg Sarin", "indirect", "Health Minister Oleg Sarin reported on the vaccination campaign."),
    ], title=MEETING_TITLE)


def test_a_briefing_after_an_opening_phrase_does_not_carry_past_the_meetings_own_sentence():
    """Guard: after the meeting's sentence, a briefing that opens with a time ("Later, Energy Minister X briefed
    …") is not the paragraph's report; the sentences after it stay as they were read."""
    body = (
        "Karl Vostrov held a meeting with Government members.\n\n"
        "The meeting heard several reports on preparations for the winter season. Later, Energy Minister Ivan Melnov "
        "briefed the meeting on preparations for the winter heating season. Overall, 98 percent of housing stock "
        "is ready now for the winter. More than 2 million tonnes of liquid fuel are also ready.\n\n"
        "Health Minister Oleg Sarin reported on the vaccination campaign."
    )
    assert_statements(body, [
        ("Ivan Melnov", "indirect", "Later, Energy Minister Ivan Melnov briefed the meeting on preparations for the "
                                    "winter heating season."),
        ("Ivan Melnov", "indirect", "Overall, 98 percent of housing stock is ready now for the winter."),
        ("Oleg Sarin", "indirect", "Health Minister Oleg Sarin reported on the vaccination campaign."),
    ], title=MEETING_TITLE)


FUND_TITLE = "Karl Vostrov met with Ivo Marrin, managing director of the Global Monetary Fund"


def test_the_head_of_a_body_is_its_managing_director_styled_in_lower_case():
    """"Russian President met with Horst Koehler, managing director of the International Monetary Fund … The head of
    the Fund welcomed this initiative, saying that …" (thirtieth kremlin_40498): the lower-case style after the name
    is his office, and its holder heads the body the description names by its last word."""
    body = (
        "Mr Marrin said that he highly valued cooperation with Ostria.\n\n"
        "The head of the Fund welcomed this initiative, saying that it was very important."
    )
    assert_statements(body, [
        ("Ivo Marrin", "indirect", "Mr Marrin said that he highly valued cooperation with Ostria."),
        ("Ivo Marrin", "indirect", "The head of the Fund welcomed this initiative, saying that it was very important."),
    ], title=FUND_TITLE)


def test_the_head_of_another_body_is_not_the_managing_director():
    """Guard: "the head of the Bank" is not the managing director of a fund; the sentence is no one's known."""
    body = (
        "Mr Marrin said that he highly valued cooperation with Ostria.\n\n"
        "The head of the Bank welcomed this initiative, saying that it was very important."
    )
    assert_statements(body, [
        ("Ivo Marrin", "indirect", "Mr Marrin said that he highly valued cooperation with Ostria."),
    ], title=FUND_TITLE)
