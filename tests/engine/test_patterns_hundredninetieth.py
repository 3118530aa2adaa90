"""Rules from the hundred-ninetieth held-out set (White House releases of May-August 2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_one_speakers_speech_goes_on_past_a_separator():
    """"Remarks by Director X … / THE DIRECTOR: Thank you, … / *** / In particular, … / We must …": a speech
    printed whole under one label, its parts set apart by separators. The part after a separator speaks in
    the first person, so the one speaker's turn goes on. Before, the turn ended at the first separator and
    the paragraphs after it got nothing."""
    body = ("Remarks by Director Pel Arvo at the Tesland Academy\n\n"
            "AS PREPARED FOR DELIVERY\n\n"
            "THE DIRECTOR: Thank you, Dr. Voss, for that kind introduction.\n\n"
            "Today I will speak about the state of research in Tesland.\n\n"
            "***\n\n"
            "In particular, the balance of research funding has shifted.\n\n"
            "We must adapt our grants to it.\n\n"
            "***\n\n"
            "I believe our scientists are the best in the world. Thank you.")
    assert_statements(body, [
        ("Pel Arvo", "direct", "Thank you, Dr. Voss, for that kind introduction."),
        ("Pel Arvo", "direct", "Today I will speak about the state of research in Tesland."),
        ("Pel Arvo", "direct", "In particular, the balance of research funding has shifted."),
        ("Pel Arvo", "direct", "We must adapt our grants to it."),
        ("Pel Arvo", "direct", "I believe our scientists are the best in the world. Thank you."),
    ])


def test_narrative_after_a_separator_still_ends_the_speech():
    """The guard: after the separator, a part that speaks in no first or second person is narrative ("The
    Director then toured the laboratories of the Academy."): the turn ends there, as before."""
    body = ("Remarks by Director Pel Arvo at the Tesland Academy\n\n"
            "THE DIRECTOR: Thank you, Dr. Voss, for that kind introduction.\n\n"
            "***\n\n"
            "The Director then toured the laboratories of the Academy.")
    assert_statements(body, [
        ("Pel Arvo", "direct", "Thank you, Dr. Voss, for that kind introduction."),
    ])


def test_who_all_makes_a_relative_clauses_speech_a_groups():
    """"X was joined by A, …; B, …; and C, Vice President of …, who all joined in emphasizing …": "who all" is
    the three guests together, a group; no statement of C, the last name before it. Before, C was given the
    whole sentence."""
    body = ("Today, First Lady Mara Velt hosted a ceremony at the Palace of Tesland.\n\n"
            "Mrs. Velt was joined by Ana Koss, daughter of Bero Koss; Lida Marr, CEO of the Koss Foundation; "
            "and Ivo Tarn, Vice President of Tarsel Post, who all joined in emphasizing Mrs. Koss’s legacy "
            "as a trailblazer.")
    assert_statements(body, [])


def test_delivered_remarks_highlighting_is_the_speakers_indirect_statement():
    """"Surrounded by …, Mrs. X delivered remarks highlighting Y’s enduring impact …": the participle after
    "remarks" tells what she said; her indirect statement, the whole sentence. Before, "remarks" was read as
    the participle's subject and nothing was given."""
    body = ("Today, First Lady Mara Velt hosted a ceremony honoring Bero Koss at the Palace of Tesland.\n\n"
            "Surrounded by members of the Koss family, friends, and distinguished guests, Mrs. Velt delivered "
            "remarks highlighting Bero Koss’s enduring impact on the Nation.")
    assert_statements(body, [
        ("Mara Velt", "indirect", "Surrounded by members of the Koss family, friends, and distinguished guests, "
                                  "Mrs. Velt delivered remarks highlighting Bero Koss’s enduring impact on the Nation."),
    ])
