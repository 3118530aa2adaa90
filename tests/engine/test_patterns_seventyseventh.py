"""Patterns found by the seventy-seventh held-out set (benchmarks/heldout/seventyseventh/, real
en.kremlin.ru readouts of Oct-Dec 2021 whose paragraphs the scraper joined: calls with foreign
leaders, a reported working meeting with a governor, transcripts of meetings with officials):
each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
_MEETING = "Petr Halen held a working meeting with Governor of Velm Oren Tal.\n\n"


def test_a_topic_line_on_the_agenda_ends_a_report():
    """"Another issue on the agenda concerned Nagorno-Karabakh." between two statements of the
    President: the press office naming the next topic, as "The key topics of the meeting were …",
    not more of his words (kremlin_67112 gave it to him); "The agenda also included …" likewise."""
    body = (_CALL + "The leaders discussed the situation in the region. Petr Halen told his counterpart about the "
            "upcoming delivery of aid to the capital. Another issue on the agenda concerned the river border. "
            "Petr Halen spoke about the measures taken to keep the ceasefire. The agenda also included the "
            "situation in the mountains. Petr Halen noted the role of the observers. It was agreed to stay in contact.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen told his counterpart about the upcoming delivery of aid to the capital."),
        ("Petr Halen", "indirect", "Petr Halen spoke about the measures taken to keep the ceasefire."),
        ("Petr Halen", "indirect", "Petr Halen noted the role of the observers."),
    ])


def test_a_thing_announced_in_a_report_carries_it_on():
    """"A competition for the architectural concept has already been announced; funding … has
    already been included in the targeted federal programme." between two statements of the
    Governor: an act in his report (a competition announced), not a speech verb with no agent
    (kremlin_67067 missed it)."""
    body = (_MEETING + "At the beginning of the meeting, Petr Halen asked Mr Tal to convey his greetings to the "
            "city's residents. The President supported the Governor's request for new buses. Mr Tal reported that a "
            "museum of the city's history will be built on the embankment. A competition for the architectural design "
            "has already been announced; funding for the works has already been included in the regional programme. "
            "The Governor added that the park would remain open to the public.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "At the beginning of the meeting, Petr Halen asked Mr Tal to convey his greetings "
                                   "to the city's residents."),
        ("Petr Halen", "indirect", "The President supported the Governor's request for new buses."),
        ("Oren Tal", "indirect", "Mr Tal reported that a museum of the city's history will be built on the embankment."),
        ("Oren Tal", "indirect", "A competition for the architectural design has already been announced; funding for "
                                 "the works has already been included in the regional programme."),
        ("Oren Tal", "indirect", "The Governor added that the park would remain open to the public."),
    ])


def test_initiating_the_discussion_of_a_subject_is_a_statement():
    """"Mr Draghi initiated the discussion of energy cooperation.": he raised the subject, as
    "raised the issue of" (kremlin_67165 missed it); "initiated the conversation" (a call placed)
    and "initiated the project" are acts."""
    body = (_CALL + "The leaders discussed the crisis on the border. Ilse Marren initiated the discussion of energy "
            "cooperation. Petr Halen confirmed his country's willingness to supply gas on a long-term basis. "
            "Ilse Marren initiated the project of a new bridge over the river.")
    assert_statements(body, [
        ("Ilse Marren", "indirect", "Ilse Marren initiated the discussion of energy cooperation."),
        ("Petr Halen", "indirect", "Petr Halen confirmed his country's willingness to supply gas on a long-term basis."),
    ])
