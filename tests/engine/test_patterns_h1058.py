"""Helper h1058 (eighthundredfourth, the Chief Minister of Puducherry as Indian papers print him): a pronoun that opens
a sentence is not the one its own verb is done to ("The Prime Minister was apprised … . He apprised the Prime Minister
of …"); the initial "A" of a listed name ("K Lakshminarayanan, A Namassivayam and P R N Tirumurugan"); "sought
statehood", "wanted the Centre to" as requests; "the office of the Governor" as a body, not the Governor."""

from __future__ import annotations

from .test_patterns import assert_statements

MET = "Chief Minister Ravel Ostrin on Wednesday invited Prime Minister Dalia Venkor to the territory.\n\n"


# A pronoun opening a sentence, after one acted on just before ("The Prime Minister was apprised …"), when its own verb
# names that one as its object: "He apprised the Prime Minister of …" is not the Prime Minister.

def test_he_apprised_the_prime_minister_after_a_passive_is_not_the_prime_minister():
    body = (MET + "Mr. Ostrin said he had a very fruitful meeting with the Prime Minister.\n\n"
            "The Prime Minister was apprised on the need to sanction funds for the new port.\n\n"
            "He apprised the Prime Minister of the present financial situation.")
    assert_statements(body, [
        ("Ravel Ostrin", "indirect", "Chief Minister Ravel Ostrin on Wednesday invited Prime Minister Dalia Venkor to "
                                     "the territory."),
        ("Ravel Ostrin", "indirect", "Mr. Ostrin said he had a very fruitful meeting with the Prime Minister."),
        ("Ravel Ostrin", "indirect", "He apprised the Prime Minister of the present financial situation."),
    ])


def test_she_after_the_prime_minister_acted_stays_the_prime_minister():
    body = (MET + "Mr. Ostrin said he had a very fruitful meeting with the Prime Minister.\n\n"
            "The Prime Minister was apprised on the need to sanction funds for the new port.\n\n"
            "She praised the port's plans.")
    assert_statements(body, [
        ("Ravel Ostrin", "indirect", "Chief Minister Ravel Ostrin on Wednesday invited Prime Minister Dalia Venkor to "
                                     "the territory."),
        ("Ravel Ostrin", "indirect", "Mr. Ostrin said he had a very fruitful meeting with the Prime Minister."),
        ("Dalia Venkor", "indirect", "She praised the port's plans."),
    ])


# The initial "A" of a name in a list of names: a person, whose surname then speaks alone.

LISTED = ("Chief Minister Ravel Ostrin met Home Minister Dalia Venkor in Marrow on Saturday.\n\n"
          "The CM was accompanied by his colleagues K Pelran, A Torvasam and P R N Tilmar.\n\n")


def test_listed_initial_a_names_a_person_who_speaks_by_surname():
    body = LISTED + "Torvasam opined that the alliance would contest the coming polls."
    assert_statements(body, [
        ("A Torvasam", "indirect", "Torvasam opined that the alliance would contest the coming polls."),
    ])


def test_a_capital_a_opening_a_sentence_stays_the_article():
    body = LISTED + "A Torvasam delegation will visit Marrow in May."
    assert_statements(body, [])


# "sought statehood", "wanted the Centre to compensate": requests made of the national government.

def test_source_said_the_chief_minister_sought_statehood_is_his():
    body = (MET + "A government source said the Chief Minister sought statehood for the territory, and a waiver of "
            "its loans.\n\nThe Chief Minister also wanted the Centre to compensate for the arrears.")
    assert_statements(body, [
        ("Ravel Ostrin", "indirect", "Chief Minister Ravel Ostrin on Wednesday invited Prime Minister Dalia Venkor to "
                                     "the territory."),
        ("Ravel Ostrin", "indirect", "A government source said the Chief Minister sought statehood for the territory, "
                                     "and a waiver of its loans."),
        ("Ravel Ostrin", "indirect", "The Chief Minister also wanted the Centre to compensate for the arrears."),
    ])


def test_wanted_the_centre_to_be_is_a_wish_no_request():
    body = MET + "The Chief Minister wanted the Centre to be a partner of the territory."
    assert_statements(body, [
        ("Ravel Ostrin", "indirect", "Chief Minister Ravel Ostrin on Wednesday invited Prime Minister Dalia Venkor to "
                                     "the territory."),
    ])


# "the office of the Governor": the Governor's staff, a body, not the Governor.

GOVERNOR = "Chief Minister Ravel Ostrin met Governor Dalia Venkor in Marrow on Saturday.\n\n"


def test_reception_closed_by_the_office_of_the_governor_is_no_ones():
    body = (GOVERNOR + "Earlier, Lieutenant Governor K Pelran received the Home Minister on her arrival at Marrow, a "
            "release from the office of Lt Governor said.")
    assert_statements(body, [])


def test_the_office_of_the_governor_said_is_no_ones():
    body = GOVERNOR + "The office of the Governor said the school would open in May."
    assert_statements(body, [])


def test_the_governor_said_stays_hers():
    body = GOVERNOR + "The Governor said the school would open in May."
    assert_statements(body, [
        ("Dalia Venkor", "indirect", "The Governor said the school would open in May."),
    ])


# A quotation that lost its opening mark after "X said,", its attribution after it too ("Speaking at the event, X said,
# the centre …,” he said."): the quoted words only, the lead-in no one's; so with both marks printed.

LEAD = "Chief Minister Ravel Ostrin met Prime Minister Dalia Venkor in Marrow on Saturday.\n\n"


def test_lost_opening_mark_after_said_comma_starts_after_the_comma():
    body = LEAD + "Speaking at the event, Ostrin said, the centre has been supporting growth in the port,” he said."
    assert_statements(body, [
        ("Ravel Ostrin", "direct", "the centre has been supporting growth in the port"),
    ])


def test_said_comma_lead_in_before_a_marked_quotation_and_its_attribution_is_no_ones():
    body = LEAD + "At the event, Ostrin said, “the centre has been supporting growth in the port,” he added."
    assert_statements(body, [
        ("Ravel Ostrin", "direct", "the centre has been supporting growth in the port"),
    ])


def test_lost_opening_mark_with_no_said_comma_stays_the_paragraph():
    body = LEAD + "We are satisfied with the talks,” Ostrin said."
    assert_statements(body, [
        ("Ravel Ostrin", "direct", "We are satisfied with the talks"),
    ])
