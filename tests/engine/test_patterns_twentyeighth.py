"""Patterns found by the twentyeighth held-out set (benchmarks/heldout/twentyeighth/, real
president.gov.ua and en.kremlin.ru readouts of 2021-22): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_pronoun_in_what_he_described_as_is_the_subject_of_its_sentence():
    """"X, in turn, focused on what he described as "threatening" movements … and outlined …":
    the "he" of the free relative is X, whose sentence it is, not the last speaker (Putin of
    kremlin_67315, given Biden's sentence)."""
    body = ("President Anton Darek had a conversation with President of Velmora Ivo Marren.\n\n"
            "The President shared specific examples of the border incidents. Ivo Marren, in turn, focused on "
            "what he described as\"threatening\" movements of troops near the border and outlined the measures "
            "his country would take.")
    assert_statements(body, [
        ("Anton Darek", "indirect", "The President shared specific examples of the border incidents."),
        ("Ivo Marren", "indirect", "Ivo Marren, in turn, focused on what he described as\"threatening\" movements "
                                   "of troops near the border and outlined the measures his country would take."),
    ])


def test_the_subject_after_a_titles_opening_with_phrase_is_its_host():
    """Title "In a phone conversation with the President of X, the President of Y discussed …":
    the with-phrase is an opening adverbial its comma closes, so the President of Y is the
    host, whom a bare "The President" means (not a guest; 72717 gave it to "Nord Stream", a
    pipeline named later)."""
    title = ("In a phone conversation with the President of Velmora, the President of Ostrava discussed cooperation "
             "in the energy sphere")
    body = ("President of Ostrava Petr Halen had a phone conversation with President of the Velmoran Republic Ilse "
            "Marren. The President thanked Velmora for its continued solidarity. The interlocutors exchanged views "
            "on the security situation. \"Against the background of the risks of the Blue Stream 2 pipeline, close "
            "cooperation is important,\" said Petr Halen.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President thanked Velmora for its continued solidarity."),
        ("Petr Halen", "direct", "Against the background of the risks of the Blue Stream 2 pipeline, close "
                                 "cooperation is important"),
    ], title=title)


def test_this_was_stated_by_before_a_quoted_forum_name_gives_the_lead_to_the_speaker():
    """"<lead>. This was stated by President X during a speech at the Forum "Ostrava 30. Safe
    Town" in Y.": the quoted forum name is a term, so the lead is X's and this sentence only
    says where (71425 gave the "This was stated by" sentence instead)."""
    body = ("The state, together with local authorities, must create a safe environment for every citizen. This was "
            "stated by President of Ostrava Petr Halen during a speech at the Forum \"Ostrava 30. Safe Town\" in "
            "Valmer. The President stressed that every resident has the right to protection.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "The state, together with local authorities, must create a safe environment for "
                                   "every citizen."),
        ("Petr Halen", "indirect", "The President stressed that every resident has the right to protection."),
    ])


def test_the_head_of_a_ministry_is_its_minister():
    """"The head of the Ministry of Health reiterated that …" after "Minister of Health X": the
    head of the Ministry of Health is its minister (72733 missed Lyashko's statement)."""
    body = ("According to Minister of Health Ivo Brandt, the number of beds has been increased. Prime Minister Lena "
            "Sorel asked about the salaries of doctors. The head of the Ministry of Health reiterated that the "
            "payments had been made. Minister of Finance Oto Vahl attended the call.")
    assert_statements(body, [
        ("Ivo Brandt", "indirect", "According to Minister of Health Ivo Brandt, the number of beds has been increased."),
        ("Lena Sorel", "indirect", "Prime Minister Lena Sorel asked about the salaries of doctors."),
        ("Ivo Brandt", "indirect", "The head of the Ministry of Health reiterated that the payments had been made."),
    ])


def test_those_present_honoring_the_memory_carry_on_no_ones_words():
    """"…," the President said. Those present honored the memory of … with a moment of
    silence.": the people at the event act together; narrative, not a carry-on of his words
    (71897 gave it to Zelenskyy)."""
    body = ("President Petr Halen took part in the ceremony in Valmer. \"We are proud of our defenders,\" the "
            "President said. Those present honored the memory of the fallen with a moment of silence. According "
            "to the President, the fallen are honored throughout the country.")
    assert_statements(body, [
        ("Petr Halen", "direct", "We are proud of our defenders"),
        ("Petr Halen", "indirect", "According to the President, the fallen are honored throughout the country."),
    ])


def test_they_exchanging_views_between_two_statements_is_no_carry_on():
    """"In this regard, they exchanged views on …" between two quotations of one person: the
    people who met, as a bare "they", do what they did together; no carry-on of his words
    (72729 gave it to Sybiha)."""
    body = ("Deputy Head of the Office Arno Vell met with Secretary General of the Union Tal Oren. \"We are ready to "
            "take practical steps,\" said Arno Vell. In this regard, they exchanged views on strengthening "
            "cooperation in such areas as customs, energy and transport corridors. \"It is important to attract "
            "investment,\" Arno Vell noted.")
    assert_statements(body, [
        ("Arno Vell", "direct", "We are ready to take practical steps"),
        ("Arno Vell", "direct", "It is important to attract investment"),
    ])


def test_to_this_end_the_president_acting_is_no_carry_on():
    """"To this end, the President initiated the … project." between two statements of a
    minister: after "To this end," the President is the subject and acts; no carry-on of the
    minister's words (71425 gave it to Monastyrskyi)."""
    body = ("Minister of the Interior Karel Dvorin noted that schools must be safe. \"We will not allow offenses "
            "there,\" said Karel Dvorin. To this end, the President initiated the School Guardian project. According "
            "to Karel Dvorin, this person will coordinate security in each school.")
    assert_statements(body, [
        ("Karel Dvorin", "indirect", "Minister of the Interior Karel Dvorin noted that schools must be safe."),
        ("Karel Dvorin", "direct", "We will not allow offenses there"),
        ("Karel Dvorin", "indirect", "According to Karel Dvorin, this person will coordinate security in each school."),
    ])
