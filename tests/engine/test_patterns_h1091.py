"""Helper h1091 (eighthundredthirtieth, the Governor of Rivers State as Nigerian outlets print him): a semicolon for a
colon after a speech verb and a four-word place of posting ("stated on his verified Twitter page; “…”") leads the
quotation in; a quotation after a naming word and a colon ("in a presentation entitled: “…”") is a title, no one's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_semicolon_after_a_long_place_of_posting_leads_the_quotation_in():
    body = (
        "Governor Tamuno Abiri of Okala State received a delegation of ministers in Port Harcourt.\n\n"
        "The Governor of Okala State, Tamuno Abiri stated on his verified Twitter page; “Today, we received a high "
        "powered delegation led by the Security Adviser and a host of Ministers.”"
    )
    assert_statements(body, [
        ("Tamuno Abiri", "direct",
         "Today, we received a high powered delegation led by the Security Adviser and a host of Ministers."),
    ])


def test_semicolon_after_a_word_that_leads_nothing_in_stays_as_it_was():
    # guard: a semicolon after a verb that leads no quotation in ("signed the accord;") leaves the quotation unled
    body = (
        "Governor Tamuno Abiri of Okala State met the Veltran envoy in Port Harcourt.\n\n"
        "Tamuno Abiri signed the accord on his official trip to Veltra; “The Harbour Accord” was its name."
    )
    assert_statements(body, [])


def test_semicolon_after_a_place_of_posting_past_the_reach_stays_as_it_was():
    # guard at the new reach (fx64): a speech verb, then a place of five or six words after "on" ("on his official
    # trip to Veltra City;", "… to Veltra;"): the semicolon leads nothing in, the sentence read as at a59d31ae, before
    # the rule (one indirect statement); fails with the place's words allowed to five or more
    body = (
        "Governor Tamuno Abiri of Okala State met the Veltran envoy in Port Harcourt.\n\n"
        "Abiri stated on his official trip to Veltra City; “We will deepen our ties with Veltra.”"
    )
    assert_statements(body, [
        ("Tamuno Abiri", "indirect",
         "Abiri stated on his official trip to Veltra City; “We will deepen our ties with Veltra.”"),
    ])
    body = (
        "Governor Tamuno Abiri of Okala State met the Veltran envoy in Port Harcourt.\n\n"
        "Abiri stated on his official trip to Veltra; “We will deepen our ties with Veltra.”"
    )
    assert_statements(body, [
        ("Tamuno Abiri", "indirect",
         "Abiri stated on his official trip to Veltra; “We will deepen our ties with Veltra.”"),
    ])


def test_quotation_after_entitled_and_a_colon_is_a_title():
    body = (
        "Governor Tamuno Abiri of Okala State has called on the Veltran Union to partner the state in farming.\n\n"
        "Abiri spoke, yesterday, during a forum of the Veltran Union in Abuja in a presentation entitled: "
        "“Understanding current political and security situation in Okala State.”\n\n"
        "He said: “We will continue to solicit targeted development interventions.”"
    )
    assert_statements(body, [
        ("Tamuno Abiri", "indirect",
         "Governor Tamuno Abiri of Okala State has called on the Veltran Union to partner the state in farming."),
        ("Tamuno Abiri", "direct", "We will continue to solicit targeted development interventions."),
    ])


def test_quotation_after_a_speech_verb_and_a_colon_stays_speech():
    # guard: the same sentence with a speech verb before the colon keeps its quotation as the speaker's words
    body = (
        "Governor Tamuno Abiri of Okala State has called on the Veltran Union to partner the state in farming.\n\n"
        "Abiri spoke, yesterday, during a forum of the Veltran Union in Abuja and declared: "
        "“Understanding the situation in Okala State is our first task.”"
    )
    assert_statements(body, [
        ("Tamuno Abiri", "indirect",
         "Governor Tamuno Abiri of Okala State has called on the Veltran Union to partner the state in farming."),
        ("Tamuno Abiri", "direct", "Understanding the situation in Okala State is our first task."),
    ])


def test_a_reported_meeting_after_said_is_no_inverted_tag():
    body = (
        "The Veltran team met Governor Tamuno Abiri of Okala State in Port Harcourt.\n\n"
        "Kelvin Marsh, aide to the Governor, said the team met with the governor at his country home."
    )
    assert_statements(body, [
        ("Kelvin Marsh", "indirect",
         "Kelvin Marsh, aide to the Governor, said the team met with the governor at his country home."),
    ])


def test_an_inverted_tag_after_said_stays_the_tags():
    # guard: "…, said the governor." with no act inside the phrase is still an inverted tag, the governor's words
    body = (
        "The Veltran team met Governor Tamuno Abiri of Okala State in Port Harcourt.\n\n"
        "The partnership will grow in the years ahead, said the governor."
    )
    assert_statements(body, [
        ("Tamuno Abiri", "indirect", "The partnership will grow in the years ahead, said the governor."),
    ])
