"""Readings of known errors of labelled held-out sets (stop 39, the President of Belarus's readouts): a colon lead-in
that says what was asked about ("The head of state also asked questions concerning the personnel situation: “…”",
four-hundredth belarus_president_2024-01-25_sergeyenko_report); a report's topic told by the readout ("Another topic of
the report dealt with …", four-hundredth golovchenko_report); one person "was interested in the state of affairs …"
(three-hundred-ninety-fifth vakulchik_report 2016-09-09, four-hundredth gurulev_report); a report ends where its
speaker "was told that …" by someone unnamed (three-hundred-ninety-fifth vakulchik_report 2016-09-09).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

HEARD = "President Karl Lind of Belvia heard a report from Finance Minister Anne Holt.\n\n"
VACANCIES = "We have two vacancies in the cabinet."


def test_asked_questions_concerning_a_topic_before_a_colon_is_his_statement():
    """"The head of state also asked questions concerning the personnel situation: “…”": what he asked about is his
    indirect statement, only the colon leads in the quotation."""
    asked = "The head of state also asked questions concerning the personnel situation"
    body = f"{HEARD}{asked}: “{VACANCIES}”\n"
    assert_statements(body, [("Karl Lind", "indirect", asked), ("Karl Lind", "direct", VACANCIES)])


def test_asked_about_the_following_before_a_colon_only_leads_in():
    """The guard of the same rule: "asked about the following:" says nothing of its own; the quotation alone."""
    body = f"{HEARD}The head of state asked about the following: “{VACANCIES}”\n"
    assert_statements(body, [("Karl Lind", "direct", VACANCIES)])


def test_another_topic_of_the_report_is_the_readouts_account():
    """"He also asked about … . / Another topic of the report dealt with … . / X said …": the report's topic, told by
    the readout (as "Another topic of the meeting …"), not carried on between two of his statements."""
    asked = "The head of state asked about the payments of the state companies."
    said = "Karl Lind said the railways must pay."
    body = f"{HEARD}{asked}\n\nAnother topic of the report dealt with the debts of the railways.\n\n{said}\n"
    assert_statements(body, [("Karl Lind", "indirect", asked), ("Karl Lind", "indirect", said)])


def test_a_person_interested_in_the_state_of_affairs_inquires():
    """"The head of state was interested in the state of affairs in …": one person's inquiry, as "asked about"."""
    asked = "The head of state was interested in the state of affairs on the farms before the harvest."
    body = f"{HEARD}{asked}\n"
    assert_statements(body, [("Karl Lind", "indirect", asked)])


def test_a_country_or_a_wish_of_interest_stays_narrative():
    """The guard of the same rule: a country "was interested in the state of affairs …" and a person "was
    interested in cooperation …" (a wish, no inquiry) are no one's statement."""
    body = (f"{HEARD}Belvia was interested in the state of affairs on the farms. "
            "Karl Lind was interested in cooperation with the farms.\n")
    assert_statements(body, [])


def test_a_report_ends_where_its_speaker_was_told_something():
    """"X asked about … . X was told that the situation is calm … . There are also no problems …": what he was told,
    and what follows it, is the unnamed informant's account, not his report carried on."""
    asked = "The head of state asked about the state of affairs in Belvia before the elections."
    body = (f"{HEARD}{asked} Karl Lind was told that the situation is calm and there are no threats. "
            "There are also no problems with public security either.\n")
    assert_statements(body, [("Karl Lind", "indirect", asked)])


def test_a_report_goes_on_when_no_one_tells_its_speaker_anything():
    """The guard of the same rule: with no "was told" sentence between, the plain sentences carry his report on."""
    asked = "The head of state asked about the state of affairs in Belvia before the elections."
    calm = "The situation is calm and there are no threats."
    more = "There are also no problems with public security either."
    body = f"{HEARD}{asked} {calm} {more}\n"
    assert_statements(body, [("Karl Lind", "indirect", asked), ("Karl Lind", "indirect", calm),
                             ("Karl Lind", "indirect", more)])
