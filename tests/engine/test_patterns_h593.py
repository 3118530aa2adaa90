"""Constructions found by helper h593's set fourhundredthirtyeighth (releases of the Republic of Cyprus's Press and
Information Office and Ministry of Foreign Affairs, and of the Swiss FDFA): "the UN official" (an official of the United
Nations, as "the EU official"), "had the opportunity to brief …" (an occasion used to speak, as "took the opportunity
to …"), "as Mediterranean states," (a noun after "as", no one who "states"), "Ηe" typed with a Greek capital Eta (a
look-alike letter read as the Latin one), "The floor was then opened …" (the meeting's next step, not more words).

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_un_official_is_the_one_of_the_united_nations():
    """"… received … the Assistant UN Secretary General for Europe, Mr X. After the meeting, … the UN official told
    reporters that …" (four-hundred-thirty-eighth christodoulides_jenca): "UN" names the body whose official he is, as
    "the EU official"; before, "UN" was no body the phrase reader knew, and "the UN official" was no one."""
    body = (
        "The President of the Republic, Mr Aris Velkou, received today the Assistant UN Secretary General for "
        "Africa, Mr Toma Brisk.\n\n"
        "After the meeting, the UN official told reporters that they discussed many topics."
    )
    assert_statements(body, [
        ("Toma Brisk", "indirect", "After the meeting, the UN official told reporters that they discussed many topics."),
    ])


def test_a_national_official_is_still_the_one_of_that_country():
    """Guard: with a UN officer in the readout, "the Kastravian official" is still the one of Kastravia."""
    body = (
        "UN Special Representative Toma Brisk met Kastravian Foreign Minister Ilva Brask in Tarvik.\n\n"
        "The Kastravian official told reporters that the talks had been useful."
    )
    assert_statements(body, [
        ("Ilva Brask", "indirect", "The Kastravian official told reporters that the talks had been useful."),
    ])


def test_had_the_opportunity_to_brief_is_said():
    """"The Ambassador also had the opportunity to brief the President on the latest developments …" (four-hundred-
    thirty-eighth christofides_mattarella_credentials): an occasion he had and used to speak, as "took the opportunity
    to brief"; before, "had" was no cue and the sentence no one's."""
    body = (
        "Ambassador Yorgos Kaldis presented his credentials to President Otto Venn of Tarsk.\n\n"
        "The Ambassador also had the opportunity to brief the President on the latest developments in Velsk."
    )
    assert_statements(body, [
        ("Yorgos Kaldis", "indirect",
         "The Ambassador also had the opportunity to brief the President on the latest developments in Velsk."),
    ])


def test_had_the_opportunity_to_visit_stays_narrative():
    """Guard: "had the opportunity to visit the port" is an act, no verb of speech after "to": no statement."""
    body = (
        "Ambassador Yorgos Kaldis presented his credentials to President Otto Venn of Tarsk.\n\n"
        "The Ambassador also had the opportunity to visit the port of Tarsk."
    )
    assert_statements(body, [])


def test_states_after_as_is_the_noun():
    """"The Ambassador referred to … relations between Cyprus and Italy, as both partners within the European Union
    and as Mediterranean states, and assured of his commitment …" (four-hundred-thirty-eighth christofides_mattarella_
    credentials): "states" after "as" and a word is the noun; before, "Mediterranean states," was read as a new
    speaker's clause and cut the Ambassador's sentence short."""
    body = (
        "Ambassador Yorgos Kaldis met President Otto Venn of Tarsk.\n\n"
        "The Ambassador referred to the relations between Velsk and Tarsk, as partners within the Union and as "
        "Mediterranean states, and assured of his commitment to closer ties."
    )
    assert_statements(body, [
        ("Yorgos Kaldis", "indirect",
         "The Ambassador referred to the relations between Velsk and Tarsk, as partners within the Union and as "
         "Mediterranean states, and assured of his commitment to closer ties."),
    ])


def test_a_person_who_states_still_speaks():
    """Guard: "as the Minister states," after a report: the Minister, a person, states; his words are his."""
    body = (
        "Foreign Minister Ilva Brask of Kastravia met Ambassador Yorgos Kaldis.\n\n"
        "Minister Brask states, in her letter, that the border will reopen."
    )
    assert_statements(body, [
        ("Ilva Brask", "indirect", "Minister Brask states, in her letter, that the border will reopen."),
    ])


def test_a_greek_capital_eta_opening_he_is_read_as_he():
    """"Ηe also added that he had a very good meeting with President …" (four-hundred-thirty-eighth christodoulides_
    jenca: the capital typed on a Greek keyboard, "Η" for "H"): the look-alike read as the Latin letter, the statement
    quoted as written; before, "Ηe" was no pronoun and the sentence no one's."""
    body = (
        "Minister Ilva Brask of Kastravia received Mr Toma Brisk.\n\n"
        "Mr Brisk told reporters that the talks were useful. \u0397e also added that he had a very good meeting with "
        "Minister Brask."
    )
    assert_statements(body, [
        ("Toma Brisk", "indirect", "Mr Brisk told reporters that the talks were useful."),
        ("Toma Brisk", "indirect", "\u0397e also added that he had a very good meeting with Minister Brask."),
    ])


def test_greek_words_stay_greek():
    """Guard: a sentence in Greek (its capitals before Greek letters) is left as written: no statement in it."""
    body = (
        "Minister Ilva Brask of Kastravia received Mr Toma Brisk.\n\n"
        "Ο Πρόεδρος είπε ότι η συνάντηση ήταν χρήσιμη."
    )
    assert_statements(body, [])


def test_the_floor_then_opened_is_the_meetings_next_step():
    """"To start the meeting, Mr Cassis gave an assessment of Switzerland's European policy. The floor was then opened
    in order to obtain as wide a range of views as possible …" (four-hundred-thirty-eighth cassis_civil_society): the
    meeting's next step; before, it was carried on as more of his words."""
    body = (
        "Minister Ilva Brask hosted a dinner in Tarvik for representatives of business.\n\n"
        "To start the meeting, Minister Brask gave an assessment of Kastravia's trade policy. The floor was then "
        "opened in order to obtain as wide a range of views as possible."
    )
    assert_statements(body, [
        ("Ilva Brask", "indirect", "To start the meeting, Minister Brask gave an assessment of Kastravia's trade policy."),
    ])


def test_a_floor_price_in_her_report_is_still_hers():
    """Guard: "The floor price of grain had doubled …" right after her words is no floor given to others: it carries
    on her report as before."""
    body = (
        "Minister Ilva Brask met farmers in Tarvik.\n\n"
        "Minister Brask said that the harvest had been poor. The floor price of grain had doubled in a year."
    )
    assert_statements(body, [
        ("Ilva Brask", "indirect", "Minister Brask said that the harvest had been poor."),
        ("Ilva Brask", "indirect", "The floor price of grain had doubled in a year."),
    ])
