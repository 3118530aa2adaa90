"""Helper h1090 (eighthundredtwentyninth, the Chief Minister of Delhi as papers print the office): "call" of "a
courtesy call" is a noun, not a speech verb cutting a fronted participle off the statement; "held a … dialogue …,
focusing on …" tells the meeting's topics, as "held talks"; "rejected the file" is an office's act, no words."""

from __future__ import annotations

from readout_tui.engine.reported_speech import _ARTICLE_A_NOUN_BEFORE

from .test_patterns import assert_statements


def test_courtesy_call_after_an_article_is_a_noun():
    body = (
        "Chief Minister Oren Talvik of Marrow met the new Lieutenant Governor on Friday.\n\n"
        "Calling the meeting a courtesy call, Mr Talvik said it is important for the two offices to work together."
    )
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "Calling the meeting a courtesy call, Mr Talvik said it is important for the two offices to work together."),
    ])


def test_to_call_after_an_article_and_a_noun_stays_a_verb():
    # guard: "an appeal to call …": the "to" makes "call" a verb, the appeal Talvik's words
    body = (
        "Chief Minister Oren Talvik of Marrow met the new Lieutenant Governor on Friday.\n\n"
        "Mr Talvik used the meeting to call for a weekly review of the city's water supply."
    )
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "Mr Talvik used the meeting to call for a weekly review of the city's water supply."),
    ])


def test_to_call_after_an_article_a_noun_and_to_stays_a_verb():
    # guard that reaches `_ARTICLE_A_NOUN_BEFORE`'s lookahead ("an opportunity to " before "call"): the pattern does
    # not read "opportunity to" as the words of a noun "… call" (fx64: the engine's statement is the same without the
    # lookahead, another step keeps "to call for" a verb, so the pattern itself is asserted)
    body = (
        "Chief Minister Oren Talvik of Marrow met the new Lieutenant Governor on Friday.\n\n"
        "Mr Talvik used the meeting as an opportunity to call for a weekly review of the city's water supply."
    )
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "Mr Talvik used the meeting as an opportunity to call for a weekly review of the city's water supply."),
    ])
    assert _ARTICLE_A_NOUN_BEFORE.search("Mr Talvik used the meeting as an opportunity to ") is None
    assert _ARTICLE_A_NOUN_BEFORE.search("Calling the meeting a courtesy ") is not None


def test_dialogue_held_focusing_on_topics_is_narrative():
    body = (
        "Chief Minister Oren Talvik of Marrow held a high-level dialogue with envoys from nine countries on Thursday, "
        "focusing on cultural exchange and trade.\n\n"
        "“Such dialogues bring fresh ideas to the table,” she said."
    )
    assert_statements(body, [
        ("Oren Talvik", "direct", "Such dialogues bring fresh ideas to the table,"),
    ])


def test_described_focusing_on_topics_stays_a_statement():
    # guard: ", focusing on" after a speech verb of one person's is still what he spoke about
    body = (
        "Chief Minister Oren Talvik of Marrow received envoys from nine countries on Thursday.\n\n"
        "Mr Talvik described the city's plans in detail, focusing on cultural exchange and trade."
    )
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "Mr Talvik described the city's plans in detail, focusing on cultural exchange and trade."),
    ])


def test_file_rejected_is_no_ones_words():
    body = (
        "Chief Minister Oren Talvik of Marrow called on the Lieutenant Governor on Friday.\n\n"
        "Talvik skipped the meeting last week, a day after the governor rejected the file submitted by the "
        "government seeking permission for a visit abroad."
    )
    assert_statements(body, [])


def test_claims_rejected_stay_a_statement():
    # guard: "rejected the allegations" is a view voiced
    body = (
        "Chief Minister Oren Talvik of Marrow called on the Lieutenant Governor on Friday.\n\n"
        "Talvik rejected the allegations made by the opposition about the visit abroad."
    )
    assert_statements(body, [
        ("Oren Talvik", "indirect", "Talvik rejected the allegations made by the opposition about the visit abroad."),
    ])
