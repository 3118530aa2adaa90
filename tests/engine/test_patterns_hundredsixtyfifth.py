"""Rules from the hundred-sixty-fifth held-out set (en.kremlin.ru, November 2019): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_adjective_before_authorities_carries_a_governors_report():
    """"The Head of Daghestan also noted that … were monitoring the situation. Republican authorities respond
    to people’s complaints …" (62078): a lone capitalised adjective before "authorities" opens the sentence,
    it is no one's name; the sentence carries on the governor's report (as "Regional authorities respond"
    already did). Before, "Republican" was read as a person and the report stopped."""
    body = ("Ivan Petrov had a working meeting with Governor of Norland Oleg Sarin.\n\n"
            "The Governor also noted that public organisations and activists were monitoring the situation. "
            "Municipal authorities respond to people’s complaints and inform the public about what they are doing.")
    assert_statements(body, [
        ("Oleg Sarin", "indirect",
         "The Governor also noted that public organisations and activists were monitoring the situation."),
        ("Oleg Sarin", "indirect",
         "Municipal authorities respond to people’s complaints and inform the public about what they are doing."),
    ])


def test_adjective_before_authorities_without_a_report_stays_narrative():
    """The guard: with no one's report before it, such a sentence is the readout's own narrative."""
    body = ("Ivan Petrov had a working meeting with Governor of Norland Oleg Sarin.\n\n"
            "Municipal authorities respond to people’s complaints and inform the public about what they are doing.")
    assert_statements(body, [])


def test_closing_action_direction_is_cut_from_the_turn():
    """"Vladimir Medinsky: Here are the figures on how the forum has grown in recent years. (Hands over a
    presentation.)" (62079): the editor's note of what the speaker does, closing the paragraph, is no one's
    words (as a closing "(Laughter.)"); the turn goes on in the next paragraph."""
    body = ("President Ivan Petrov: How are the games going?\n\n"
            "Minister of Sport Ilya Varin: Very well. Here are the figures for this year. (Shows a chart.)\n\n"
            "We expect more visitors next year.")
    assert_statements(body, [
        ("Ivan Petrov", "direct", "How are the games going?"),
        ("Ilya Varin", "direct", "Very well. Here are the figures for this year."),
        ("Ilya Varin", "direct", "We expect more visitors next year."),
    ])


def test_closing_parenthesis_of_the_speakers_own_words_stays():
    """The guard: a closing parenthesis that is the speaker's own sentence stays in the turn."""
    body = ("President Ivan Petrov: How are the games going?\n\n"
            "Minister of Sport Ilya Varin: Very well. Here are the figures for this year. (Some of them are new.)")
    assert_statements(body, [
        ("Ivan Petrov", "direct", "How are the games going?"),
        ("Ilya Varin", "direct", "Very well. Here are the figures for this year. (Some of them are new.)"),
    ])
