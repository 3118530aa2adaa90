"""Rules from the four-hundred-thirty-ninth held-out set (the President of Tajikistan's English news items, 2022-2024):
invented readouts, invented people and countries."""

from __future__ import annotations

from readout_tui.engine import phrases
from readout_tui.engine.statements import Attributor

from .test_patterns import assert_statements


def test_the_head_of_our_state_is_the_office_s_own_head():
    """"The head of our state expressed sincere gratitude to …" (tajik_president 2022-10-05): "the head of our state"
    is "our head of state", a head of state. Before, the phrase was cut at "our" ("The head"), no one's."""
    body = ("Today, the President of Varnia, Oskar Delmont, had a telephone conversation with the Speaker of the "
            "Kestrian Senate, Ilse Marran.\n\n"
            "The Speaker cordially congratulated the President on his birthday.\n\n"
            "The head of our state expressed sincere gratitude to Ilse Marran for her attention.")
    assert_statements(body, [
        ("Ilse Marran", "indirect", "The Speaker cordially congratulated the President on his birthday."),
        ("Oskar Delmont", "indirect",
         "The head of our state expressed sincere gratitude to Ilse Marran for her attention."),
    ])


def test_our_head_of_state_is_the_principal_not_the_other_president():
    """"The head of our state pointed to …" after a call between two Presidents (tajik_president 2023-01-27): "our"
    is the publishing office's, its own head, the one it names first; not the other President of the call."""
    body = ("Today, a telephone conversation took place between the President of Varnia, Oskar Delmont, and the "
            "President of Kestria, Ilse Marran.\n\n"
            "The head of our state noted the importance of the trade between the two countries.")
    assert_statements(body, [
        ("Oskar Delmont", "indirect",
         "The head of our state noted the importance of the trade between the two countries."),
    ])


def test_the_head_of_the_state_of_a_country_is_its_head_of_state():
    """"The Head of the state of Tajikistan thanked the Head of the Republic of Tatarstan …" (2024-02-22): "the
    Head of the state of X" is X's head of state, as "the Head of State of X". Before, the phrase ended "The Head of
    the", no one's."""
    body = ("President of Varnia Oskar Delmont was awarded the Order of the Lake by the Governor of Tarn, Ilse "
            "Marran.\n\n"
            "The Head of the state of Varnia thanked the Governor for such a high recognition.")
    assert_statements(body, [
        ("Oskar Delmont", "indirect",
         "The Head of the state of Varnia thanked the Governor for such a high recognition."),
    ])


def test_a_state_s_body_after_head_of_the_state_is_no_head_of_state():
    """The guard: "the head of the state corporation", "the Head of the State Duma" and "the head of our state agency"
    name a body's head; they stay as before, not a head of state."""
    assert phrases.phrase_opening("The head of the state corporation said.").role != "head of state"
    assert phrases.phrase_opening("The Head of the State Duma said.").role == "head of state duma"
    assert phrases.phrase_opening("The head of our state agency said.").role != "head of state"


def test_the_leader_of_the_nation_names_no_country():
    """"The Leader of the Nation expressed Tajikistan's readiness …" (2022-09-01), after "the Founder of Peace and
    National Unity - Leader of the Nation, President of the Republic of Tajikistan Emomali Rahmon": "the Nation"
    is an honorary title's, no country; read as one, it did not match the President's own country, and the
    statement was no one's."""
    body = ("Today, the Founder of Peace - Leader of the Nation, President of the Republic of Varnia Oskar Delmont "
            "had a telephone conversation with the Secretary-General of the League Ilse Marran.\n\n"
            "The Leader of the Nation expressed Varnia's readiness to continue cooperation with the League.")
    assert_statements(body, [
        ("Oskar Delmont", "indirect",
         "The Leader of the Nation expressed Varnia's readiness to continue cooperation with the League."),
    ])


def test_a_capitalised_country_after_of_the_is_still_a_country():
    """The guard: only the words for a whole people are no country; an unknown country's name after an office's
    "of" is still read as its country ("Minister of Energy of Osterra")."""
    assert phrases.phrase_opening("Minister of Energy of Osterra Paulo Renz said.").country == "osterra"


def test_supporting_the_further_development_of_relations_is_a_stance_voiced():
    """"The President of the country, Honorable Emomali Rahmon, supported the further development of bilateral
    relations and stressed …" (2023-08-29): a course backed, as "supported the strengthening of"; before, the
    sentence was no one's (its subject, an office and a name after a comma, not read for the later "stressed")."""
    body = ("President Oskar Delmont received the Foreign Minister of Kestria Ilse Marran.\n\n"
            "The President of the country, Honorable Oskar Delmont, supported the further development of bilateral "
            "relations and stressed the importance of trade.")
    assert_statements(body, [
        ("Oskar Delmont", "indirect",
         "The President of the country, Honorable Oskar Delmont, supported the further development of bilateral "
         "relations and stressed the importance of trade."),
    ])


def test_supporting_the_development_of_things_stays_narrative():
    """The guard: "supported the development of 20 schools" (no "further") is support given, no stance voiced."""
    body = "President Oskar Delmont visited the Tarn region.\n\nThe President supported the development of 20 schools."
    assert_statements(body, [])


def test_a_judgement_in_an_agentless_passive_is_no_one_s_carry_on():
    """"Various economic and commercial areas … were evaluated as promising areas of cooperation." after the
    President's "supported … and stressed …" (2023-08-29): an agentless passive, as "was considered …", no one's
    words; before, it was carried on as his."""
    body = ("Today, President of Varnia Oskar Delmont received the Foreign Minister of Kestria Ilse Marran.\n\n"
            "At the beginning of the meeting, the President welcomed Ilse Marran on her visit to Varnia and "
            "congratulated her on the opening of the Embassy of Kestria in Tarn. It was emphasized that this "
            "initiative will effectively contribute to the development of good relations between the parties in "
            "various fields.\n\n"
            "During the conversation, a range of issues of cooperation between Varnia and Kestria were discussed.\n\n"
            "The President of the country, Honorable Oskar Delmont, supported the further development of bilateral "
            "relations and stressed the importance of trade. At the same time, the expansion of contacts between "
            "the ministries was considered beneficial. Various economic and commercial areas, as well as the fields "
            "of culture, science and technology, education and medicine were evaluated as promising areas of "
            "cooperation.")
    assert_statements(body, [
        ("Oskar Delmont", "indirect",
         "At the beginning of the meeting, the President welcomed Ilse Marran on her visit to Varnia and "
         "congratulated her on the opening of the Embassy of Kestria in Tarn."),
        ("Oskar Delmont", "indirect",
         "The President of the country, Honorable Oskar Delmont, supported the further development of bilateral "
         "relations and stressed the importance of trade."),
    ])


def test_a_name_styled_honorable_is_a_person_though_no_office_comes_with_it():
    """"… between the Founder of Peace and National Unity - Leader of the Nation, President of the Republic of
    Tajikistan, Honorable Emomali Rahmon, and the President of Turkmenistan, Honorable Serdar Berdimuhamedov."
    (2023-01-27): the style "Honorable", kept as the name's first word, confirms a person as "Mr" does; before, the
    first President, his office cut from his name by the comma, stayed a doubtful name, and "the head of our state"
    went to the other."""
    body = ("Today, a telephone conversation took place between the Founder of Peace and National Unity - Leader of "
            "the Nation, President of the Republic of Varnia, Honorable Oskar Delmont, and the President of Kestria, "
            "Honorable Ilse Marran.\n\n"
            "The head of our state noted the importance of trade between the two countries.")
    assert_statements(body, [
        ("Oskar Delmont", "indirect", "The head of our state noted the importance of trade between the two countries."),
    ])


def test_pointing_to_the_priority_attention_given_is_a_point_made():
    """"The head of our state pointed to the priority attention given by the Tajik side to …" (2023-01-27): a side's
    priority stated, as "pointed to the importance of …"; before, narrative."""
    body = ("President Oskar Delmont met the Foreign Minister of Kestria Ilse Marran.\n\n"
            "The President pointed to the priority attention given by the Varnian side to the issues of trade.")
    assert_statements(body, [
        ("Oskar Delmont", "indirect",
         "The President pointed to the priority attention given by the Varnian side to the issues of trade."),
    ])


def test_pointing_to_a_thing_stays_narrative():
    """The guard: pointing to a thing seen ("pointed to the new bridge over the river") is no point made."""
    body = ("President Oskar Delmont visited the Tarn region.\n\n"
            "The President pointed to the new bridge over the river during the tour.")
    assert_statements(body, [])


def test_a_chamber_described_by_its_place_is_the_chamber_named_before():
    """"… a telephone conversation with the Chairperson of the Council of Federation of the Federal Assembly of Russia
    Valentina Matviyenko … The Chairperson of the Upper Chamber of the Russian Parliament sincerely congratulated the
    Leader of the Nation …" (2023-10-05; 2022-10-05 "the head of the Upper House of the Russian Parliament"): the
    chamber described, not named, is the one whose head of that country was named; before, no one's."""
    body = ("Today, President Oskar Delmont had a telephone conversation with the President of the Senate of Chile "
            "Ilse Marran.\n\n"
            "The Chairperson of the Upper Chamber of the Chilean Parliament sincerely congratulated the President on "
            "his birthday.")
    assert_statements(body, [
        ("Ilse Marran", "indirect",
         "The Chairperson of the Upper Chamber of the Chilean Parliament sincerely congratulated the President on "
         "his birthday."),
    ])


def test_a_chamber_described_by_its_place_is_no_one_when_two_chairs_are_named():
    """The guard: with two heads of chambers of that country named, the description is not guessed from them."""
    body = ("Today, President Oskar Delmont met the President of the Senate of Chile Ilse Marran and the President of "
            "the Chamber of Deputies of Chile Tomas Vell.\n\n"
            "The Chairperson of the Upper Chamber of the Chilean Parliament sincerely congratulated the President on "
            "his birthday.")
    assert_statements(body, [])


def test_a_two_word_honorable_pair_stays_a_doubtful_name():
    """The guard: the style confirms a name of three words or more ("Honorable Emomali Rahmon"); a bare pair such as
    "Honorable Mention", a prize, stays a doubtful name, no one to give a statement to."""
    reading = Attributor("The film won an Honorable Mention at the Tarn festival. "
                         "President Oskar Delmont congratulated the director.")
    reading.run()
    assert not [p for p in reading.people.persons if not p.weak and "Mention" in p.full_name]
