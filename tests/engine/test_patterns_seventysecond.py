"""Patterns found by the seventy-second held-out set (benchmarks/heldout/seventysecond/, real
president.gov.ua readouts of November 2021 - June 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_of_a_body_named_with_and_is_one_person():
    """"The Secretary of the Security and Defense Council noted that …": the "and" joins two words
    of the council's name, so the subject is the Secretary, not a "Defense Council" that speaks
    (73033)."""
    body = ("President Anton Varga held a meeting of the Security and Defense Council of Norland. According "
            "to Secretary of the Security and Defense Council Ivan Petrov, the members heard the Prosecutor "
            "General. The Secretary of the Security and Defense Council noted that the state would fulfill all "
            "its obligations to its citizens.")
    assert_statements(body, [
        ("Ivan Petrov", "indirect", "According to Secretary of the Security and Defense Council Ivan Petrov, the "
                                    "members heard the Prosecutor General."),
        ("Ivan Petrov", "indirect", "The Secretary of the Security and Defense Council noted that the state would "
                                    "fulfill all its obligations to its citizens."),
    ])


def test_an_office_of_a_ministry_named_with_and_is_one_person():
    """"The Minister of Agriculture and Food Policy stressed …": the same reading for a ministry's
    name with "and"; "The Minister of Finance and Ms Lind" stays two people (a group, no statement)."""
    body = ("Minister of Agriculture and Food Policy of Norland Ivan Petrov met with farmers. The Minister of "
            "Agriculture and Food Policy stressed that the harvest would be large. The Minister of Finance and "
            "Ms Ana Lind discussed the budget.")
    assert_statements(body, [
        ("Ivan Petrov", "indirect", "The Minister of Agriculture and Food Policy stressed that the harvest would "
                                    "be large."),
    ])


def test_there_was_an_exchange_of_views_carries_on_no_ones_words():
    """"There was also a substantive exchange of views on …" between two statements of the
    President: what there was at the meeting (as "views were exchanged"), not his words (74957);
    the class: "there was/were [also] [a] … exchange of views / discussion / dialogue / debate",
    after an opening phrase too ("During the meeting, there was a discussion of …")."""
    body = ("President of Norland Anton Varga met with Minister for Foreign Affairs of Ostria Lena Holm. The Head "
            "of State noted the clear position of Ostria on sanctions. He expressed hope that the new package "
            "would be approved soon. There was also a substantive exchange of views on European integration. "
            "Anton Varga thanked Ostria for its support. During the meeting, there was a detailed discussion of "
            "energy security. The President invited Ostria to join the reconstruction.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "The Head of State noted the clear position of Ostria on sanctions."),
        ("Anton Varga", "indirect", "He expressed hope that the new package would be approved soon."),
        ("Anton Varga", "indirect", "Anton Varga thanked Ostria for its support."),
        ("Anton Varga", "indirect", "The President invited Ostria to join the reconstruction."),
    ])


def test_talks_there_were_and_a_subject_on_the_agenda_carry_on_no_ones_words():
    """The same class in other words: "There were also talks on …" and "X was also on the agenda
    (of the meeting)" tell what the meeting spoke of, as "was discussed"; between two statements
    of the President they are not his words. "The issue remains on the agenda of the Union." (the
    present, a state of things in his report) is still carried on as his."""
    body = ("President of Norland Anton Varga met with Minister for Foreign Affairs of Ostria Lena Holm. The Head "
            "of State noted the clear position of Ostria on sanctions. There were also talks on energy security. "
            "Anton Varga thanked Ostria for its support. The issue of the grain corridor was also on the agenda "
            "of the meeting. The President invited Ostria to join the reconstruction. The issue remains on the "
            "agenda of the Union. He expressed hope for a quick decision.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "The Head of State noted the clear position of Ostria on sanctions."),
        ("Anton Varga", "indirect", "Anton Varga thanked Ostria for its support."),
        ("Anton Varga", "indirect", "The President invited Ostria to join the reconstruction."),
        ("Anton Varga", "indirect", "The issue remains on the agenda of the Union."),
        ("Anton Varga", "indirect", "He expressed hope for a quick decision."),
    ])
