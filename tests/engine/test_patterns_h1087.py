"""Helper h1087 (eighthundredtwentyseventh, the Governor of Gyeonggi Province as Korean outlets print him): a verb of
posting before a social network leads a quotation in ("shared on his social media that day, “…”"), as "said on
social media, “…”" does; "shared the vision of his party, “…”" stays a report. "It was the very first time an incoming
governor briefed …" is a fact, no one's statement; with a named subject it stays a report."""

from __future__ import annotations

from .test_patterns import assert_statements

_MET = "Tarin Vaskel, Governor of Lomaria Province, met with former President Oren Daly on January 1.\n\n"


def test_shared_on_social_media_leads_a_quotation_in():
    body = _MET + (
        'Governor Vaskel shared on his social media that day, "On the first day of the year, I visited former '
        'President Daly," adding, "It was a warm meeting."'
    )
    assert_statements(body, [
        ("Tarin Vaskel", "direct", "On the first day of the year, I visited former President Daly,"),
        ("Tarin Vaskel", "direct", "It was a warm meeting."),
    ])


def test_said_on_social_media_with_a_time_leads_a_quotation_in():
    body = _MET + 'Governor Vaskel said on social media that day, "We had lunch together."'
    assert_statements(body, [
        ("Tarin Vaskel", "direct", "We had lunch together."),
    ])


def test_shared_a_vision_stays_a_report():
    body = _MET + 'Governor Vaskel shared the vision of his party, "a greener province."'
    assert_statements(body, [
        ("Tarin Vaskel", "indirect", 'Governor Vaskel shared the vision of his party, "a greener province."'),
    ])


_LECTURE = "Governor Aren Tolvik visited the Northern Complex to give a lecture to the heads of provincial offices.\n\n"


def test_first_time_cleft_with_an_indefinite_subject_is_a_fact():
    body = _LECTURE + (
        "It was the very first time an incoming governor directly briefed provincial officials on his vision "
        "during the monthly meeting."
    )
    assert_statements(body, [])


def test_first_time_cleft_with_a_named_subject_stays_a_report():
    body = _LECTURE + "It was the first time that Governor Tolvik said he would run again."
    assert_statements(body, [
        ("Aren Tolvik", "indirect", "It was the first time that Governor Tolvik said he would run again."),
    ])


def test_first_time_cleft_with_a_tag_after_stays_the_speakers():
    body = _LECTURE + "It was the first time a governor has visited the complex, Tolvik said in opening remarks."
    assert_statements(body, [
        ("Aren Tolvik", "indirect",
         "It was the first time a governor has visited the complex, Tolvik said in opening remarks."),
    ])


def test_plans_presented_to_listeners_are_said():
    body = _LECTURE + "During his lecture, Governor Tolvik presented his plans regarding provincial administration in detail."
    assert_statements(body, [
        ("Aren Tolvik", "indirect",
         "During his lecture, Governor Tolvik presented his plans regarding provincial administration in detail."),
    ])


def test_an_award_presented_stays_an_act():
    body = _LECTURE + "Governor Tolvik presented the award to the winners."
    assert_statements(body, [])
