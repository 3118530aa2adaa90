"""Helper h1086 (eighthundredtwentysixth, the Governor of Kentucky as outlets print him): a quoted piece after a cue
set in the "that" clause of an earlier speech verb ("He said that PM X had mentioned “several statistics” that …")
leaves the sentence to the main clause's speaker; a paragraph with no mark and no speaker's "I"/"we" between a
quotation left open and a quotation tagged anew is narrative, not the open quotation's middle paragraph."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_quoted_piece_in_a_that_clause_is_the_main_speakers():
    body = (
        "Governor Paul Dresner of Belmont spoke to the Ostravan community in Varna.\n\n"
        "“A strong Ostrava is good for Belmont,” he said.\n\n"
        "He said that Prime Minister Lena Varro had mentioned “several figures” that show the growth of trade."
    )
    assert_statements(body, [
        ("Paul Dresner", "direct", "A strong Ostrava is good for Belmont,"),
        ("Paul Dresner", "indirect",
         "He said that Prime Minister Lena Varro had mentioned “several figures” that show the growth of trade."),
    ])


def test_quoted_piece_with_no_earlier_speech_verb_stays_its_cues():
    # guard: with no main clause's speaker before it, the cue's own subject keeps the sentence
    body = (
        "Governor Paul Dresner of Belmont spoke to the Ostravan community in Varna.\n\n"
        "“A strong Ostrava is good for Belmont,” he said.\n\n"
        "Prime Minister Lena Varro had mentioned “several figures” that show the growth of trade."
    )
    assert_statements(body, [
        ("Paul Dresner", "direct", "A strong Ostrava is good for Belmont,"),
        ("Lena Varro", "indirect",
         "Prime Minister Lena Varro had mentioned “several figures” that show the growth of trade."),
    ])


def test_narrative_paragraph_after_an_unclosed_quotation_is_no_ones():
    body = (
        "“We are pleased with the mission,” said Chamber President Tomas Harl. “This was the largest delegation "
        "to visit Ostrava in decades.\n\n"
        "Although Governor Paul Dresner was in Ostrava on a separate mission, he met with Chamber leaders at the "
        "reception.\n\n"
        "“The key purpose of the trip was to say thank you,” said Harl."
    )
    assert_statements(body, [
        ("Tomas Harl", "direct", "We are pleased with the mission,"),
        ("Tomas Harl", "direct", "This was the largest delegation to visit Ostrava in decades."),
        ("Tomas Harl", "direct", "The key purpose of the trip was to say thank you,"),
    ])


def test_middle_paragraph_with_the_speakers_i_goes_on_with_the_quotation():
    # guard: a middle paragraph in the speaker's first person is the quotation's, its opening mark lost
    body = (
        "“We are pleased with the mission,” said Chamber President Tomas Harl. “This was the largest delegation "
        "to visit Ostrava in decades.\n\n"
        "I am sure that more firms will come to Belmont.\n\n"
        "“The key purpose of the trip was to say thank you,” said Harl."
    )
    assert_statements(body, [
        ("Tomas Harl", "direct", "We are pleased with the mission,"),
        ("Tomas Harl", "direct", "This was the largest delegation to visit Ostrava in decades."),
        ("Tomas Harl", "direct", "I am sure that more firms will come to Belmont."),
        ("Tomas Harl", "direct", "The key purpose of the trip was to say thank you,"),
    ])
