"""Helper h1123 (eighthundredfiftysixth, the Republic of Karakalpakstan as Uzbek outlets print it): "the Head of the
state" ending its phrase is the head of state; "the President of our country" is the readout's President; a quotation
broken by its attribution sentence goes on after a dash with no mark to the paragraph's end; a delegation "welcomed
by" its host, the sentence ending there or going on with "who", is a reception, no one's statement."""

from __future__ import annotations

from .test_patterns import assert_statements

OPENING = "Recently, a meeting of the President of the Republic of Ostrava Tomas Varnek with deputies was held in Kell.\n\n"


def test_the_head_of_the_state_ending_its_phrase_is_the_head_of_state():
    body = OPENING + "At the meeting, the Head of the state noted that it is necessary to develop the regions."
    assert_statements(body, [
        ("Tomas Varnek", "indirect",
         "At the meeting, the Head of the state noted that it is necessary to develop the regions."),
    ])


def test_the_head_of_the_state_corporation_stays_a_bodys_head():
    # guard: a noun after "state" makes it a body's head, no head of state (not the President's statement)
    body = OPENING + "At the meeting, the head of the state corporation noted that it is necessary to develop the regions."
    assert_statements(body, [
        ("the head of the state corporation", "indirect",
         "At the meeting, the head of the state corporation noted that it is necessary to develop the regions."),
    ])


def test_the_president_of_our_country_is_the_readouts_president():
    body = OPENING + ("During the meeting, the President of our country gave instructions on providing the village "
                      "with an official car.")
    assert_statements(body, [
        ("Tomas Varnek", "indirect",
         "During the meeting, the President of our country gave instructions on providing the village with an "
         "official car."),
    ])


def test_the_interests_of_our_country_stay_a_thing():
    # guard: "our country" after no office is no one
    body = OPENING + "During the meeting, the interests of our country were discussed at length."
    assert_statements(body, [])


def test_quotation_resumed_after_a_dash_runs_to_the_paragraphs_end():
    # (one space after the dash: the loader squeezes every run of spaces, as the page's "-  I talked" is read)
    body = (
        "President Tomas Varnek attends the session of the Kell Council\n\n"
        "“As President, I visited this land most often: nine times in six years”, says President Tomas Varnek. - "
        "I talked with elders and youth. During this period, 31 decrees were adopted. The number of firms has doubled."
    )
    assert_statements(body, [
        ("Tomas Varnek", "direct", "As President, I visited this land most often: nine times in six years"),
        ("Tomas Varnek", "direct",
         "I talked with elders and youth. During this period, 31 decrees were adopted. The number of firms has "
         "doubled."),
    ])


def test_words_after_a_dash_in_the_third_person_are_not_resumed():
    # guard: with no "I", "we" or "you" after the dash, the words stay the page's (no quotation resumed)
    body = (
        "President Tomas Varnek attends the session of the Kell Council\n\n"
        "“As President, I visited this land most often: nine times in six years”, says President Tomas Varnek. - "
        "During this period, 31 decrees were adopted. The number of firms has doubled."
    )
    assert_statements(body, [
        ("Tomas Varnek", "direct", "As President, I visited this land most often: nine times in six years"),
    ])


WELCOME = (
    "On 28 September, a delegation from Merrow region visited the Republic of Kell.\n\n"
    "The visit was led by the Deputy Governor of Merrow, Anna Lisk. The delegation was welcomed by the Deputy "
    "Chairman of the Council of Ministers of Kell, Oren Tavik{rest}"
)


def test_a_delegation_welcomed_by_its_host_who_showed_the_sites_is_no_statement():
    body = WELCOME.format(rest=", who introduced the guests to the cultural sites of Kell. Tourism firms of both "
                               "regions met to discuss joint business.")
    assert_statements(body, [])


def test_a_delegation_welcomed_by_its_host_ending_the_sentence_is_no_statement():
    body = WELCOME.format(rest=". Tourism firms of both regions met to discuss joint business.")
    assert_statements(body, [])


def test_a_proposal_welcomed_by_a_host_stays_his_statement():
    # guard: a thing welcomed in words (no group of guests as the subject) stays the agent's statement
    body = (
        "On 28 September, a delegation from Merrow region visited the Republic of Kell.\n\n"
        "The proposal to open a ferry line was welcomed by the Deputy Chairman of the Council of Ministers of Kell, "
        "Oren Tavik."
    )
    assert_statements(body, [
        ("Oren Tavik", "indirect",
         "The proposal to open a ferry line was welcomed by the Deputy Chairman of the Council of Ministers of Kell, "
         "Oren Tavik."),
    ])
