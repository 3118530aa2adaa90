"""Helper h1075 (eighthundredseventeenth, the Governor of Iowa as outlets and partner governments print him or her): a
place's dateline with several parts and a date with no year ("Belport, Ostrava, USA, September 19 – The President of …,
X, was received …") is in no sentence, so the name after it (one with a letter outside ASCII, "Drençi", was lost
behind it) is registered and "he" after it is his; a dateline with a year stays read as before; "talked with reporters Friday about …" is one person's talk on a topic, as "spoke about";
"spoke with President X about …" (a conversation) and "spoke to reporters after the meeting of …" stay narrative."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_dateline_with_no_year_is_in_no_sentence():
    body = (
        "Belport, Ostrava, USA, September 19 – The President of the Republic of Varnia, Arben Drençi, was received "
        "today by the Governor of the state of Ostrava, Mara Quint, at the State Headquarters. On this occasion, he "
        "expressed the satisfaction with the deepening of cooperation between our two states."
    )
    assert_statements(body, [
        ("Arben Drençi", "indirect",
         "On this occasion, he expressed the satisfaction with the deepening of cooperation between our two states."),
    ])


def test_a_dateline_with_an_ordinal_day_is_in_no_sentence():
    body = (
        "Varna City, May 7th – The President of the Republic of Varnia, Arben Drençi, was received today by the "
        "Mayor, Piet Lorr. He expressed satisfaction with the cooperation."
    )
    assert_statements(body, [
        ("Arben Drençi", "indirect", "He expressed satisfaction with the cooperation."),
    ])


def test_a_dateline_with_its_year_stays_read():
    # (fx63: the dateline cut off the sentence after it, so the statement opens with the name; "She …" after it
    # would pass with no dateline read at all)
    body = (
        "Halvenburg, Ostrava, 12 March 2026 – Governor Mara Quint said the talks with the Varnian delegation had gone "
        "well. She expressed satisfaction with the talks."
    )
    assert_statements(body, [
        ("Mara Quint", "indirect", "Governor Mara Quint said the talks with the Varnian delegation had gone well."),
        ("Mara Quint", "indirect", "She expressed satisfaction with the talks."),
    ])


def test_talking_with_reporters_about_a_topic_is_said():
    body = (
        "Governor Piet Lorr talked with reporters Friday about his recent trade trip to Varnia and Ostrava. "
        "He says they also visited with Varnian officials."
    )
    assert_statements(body, [
        ("Piet Lorr", "indirect",
         "Governor Piet Lorr talked with reporters Friday about his recent trade trip to Varnia and Ostrava."),
        ("Piet Lorr", "indirect", "He says they also visited with Varnian officials."),
    ])


def test_speaking_with_a_counterpart_or_after_a_meeting_stays_narrative():
    body = (
        "Governor Piet Lorr spoke with President Arben Drençi about the trade deal.\n\n"
        "Governor Piet Lorr spoke to reporters after the meeting of the leaders."
    )
    assert_statements(body, [])
