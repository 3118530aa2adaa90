"""Rules from the nine-hundred-ninth held-out set (Kyrgyz regions' governors, Jalal-Abad, Issyk-Kul and Osh,
2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = ("Boris Kell, meeting with the Zarnian Minister of Transport Anna Vell and the head of Ostra region Ilan "
            "Dorr, stressed that the region should ensure safe rest for tourists during the season. ")


def test_a_bodys_bare_credit_after_a_report_is_no_ones():
    """"Almazbek Atambayev, meeting with …, stressed that … . Information Policy Department of the Presidential
    Administration reported." (24.kg 50505): a body and "reported" alone credit the sentence before; before, the
    paragraph's opening report was carried over it, as the speaker's."""
    body = _MEETING + "Information Policy Department of the Presidential Administration reported."
    assert_statements(body, [
        ("Boris Kell", "indirect", _MEETING.strip()),
    ])


def test_a_press_services_bare_credit_with_a_time_word_is_no_ones():
    """The same credit in 24.kg's other wording, "Press service of the head of state reported today.": no one's."""
    body = _MEETING + "Press service of the head of state reported today."
    assert_statements(body, [
        ("Boris Kell", "indirect", _MEETING.strip()),
    ])


def test_a_body_that_acts_after_a_report_still_carries_it_on():
    """The guard: a body as the subject of a verb that is no credit ("The Department will also open …") is what the
    report is about, carried on as before."""
    body = _MEETING + "The Department will also open two new service centres in the region."
    assert_statements(body, [
        ("Boris Kell", "indirect", _MEETING.strip()),
        ("Boris Kell", "indirect", "The Department will also open two new service centres in the region."),
    ])
