"""Statements found by helper h732's set fivehundredfortyninth (the Taipei and Taoyuan city governments' English news):
a fronted "under …," adverbial after a speaker's "that", a headline deck "Mayor X: Expanding …", "He would further …"
after the speaker's "that", "anticipated further exchanges", "is interested in what …".

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_fronted_under_phrase_after_that_keeps_the_clause():
    """"X remarked that under the leadership of the hospital’s director Y, the hospital places much emphasis on …": the
    fronted "under …," opens the clause X reports; "the hospital places emphasis" is inside his words, no clause of its
    own (before, the statement stopped at the name, the rest lost)."""
    assert_statements((
        "Mayor Oswin Talgarth-Rue attended a banquet for the guests from Velmora.\n\n"
        "Talgarth-Rue remarked that under the leadership of the hospital’s director Ilse Varrow, the hospital places "
        "much emphasis on home care for patients."
    ), [
        ("Oswin Talgarth-Rue", "indirect", "Talgarth-Rue remarked that under the leadership of the hospital’s director "
                                           "Ilse Varrow, the hospital places much emphasis on home care for patients."),
    ])


def test_a_fronted_during_phrase_after_that_is_read_as_before():
    """Guard: "X said that during his visit, the ministry stressed …" stays all X's, as before."""
    assert_statements((
        "Mayor Oswin Talgarth-Rue received the delegation from Velmora.\n\n"
        "Talgarth-Rue said that during his visit, the ministry stressed the value of the harbour."
    ), [
        ("Oswin Talgarth-Rue", "indirect", "Talgarth-Rue said that during his visit, the ministry stressed the value "
                                           "of the harbour."),
    ])


def test_a_gerund_deck_with_a_label_is_no_ones_words():
    """The body's first line "Mayor Quellin: Expanding the breadth of trade and tourism exchanges" (no stop, no label
    after it) is the page's second headline, a summary: no statement (before, his direct words)."""
    assert_statements((
        "Mayor Quellin: Expanding the breadth of trade and tourism exchanges\n\n"
        "Mayor Hadrek Quellin met with a delegation from Sarvony on March 3. Mayor Quellin said that the two cities "
        "would open a direct ferry route."
    ), [
        ("Hadrek Quellin", "indirect", "Mayor Quellin said that the two cities would open a direct ferry route."),
    ])


def test_a_deck_that_is_a_sentence_stays_the_labels():
    """Guard: "Spokesman: The Mayor received the Consul of Sarvony" (no gerund) is read as before, the label's words."""
    assert_statements((
        "Spokesman: The Mayor received the Consul of Sarvony\n\n"
        "In written statements after the meeting, Spokesman Mr Bram Oddleigh said that the Mayor briefed the Consul "
        "on the ferry route."
    ), [
        ("Bram Oddleigh", "direct", "The Mayor received the Consul of Sarvony"),
        ("Bram Oddleigh", "indirect", "In written statements after the meeting, Spokesman Mr Bram Oddleigh said that "
                                      "the Mayor briefed the Consul on the ferry route."),
    ])


def test_he_would_after_the_speakers_that_goes_on():
    """"Mayor X stated in the welcome speech that the city is … . He would further endeavor to …": the "would" of
    reported speech, his words going on (before, only the first sentence was his)."""
    assert_statements((
        "Mayor Hadrek Quellin attended the exhibition with more than 40 envoys.\n\n"
        "Mayor Quellin stated in the welcome speech that the city is full of cultural diversity. He would further "
        "endeavor to make the city a friendly place for foreign residents."
    ), [
        ("Hadrek Quellin", "indirect", "Mayor Quellin stated in the welcome speech that the city is full of cultural "
                                       "diversity."),
        ("Hadrek Quellin", "indirect", "He would further endeavor to make the city a friendly place for foreign "
                                       "residents."),
    ])


def test_he_would_later_is_the_readouts_story():
    """Guard: "He would later serve as …" after his statement is the readout's own story, not his words."""
    assert_statements((
        "Mayor Hadrek Quellin attended the exhibition.\n\n"
        "Mayor Quellin stated that the city is full of cultural diversity. He would later serve as the city's envoy "
        "to Sarvony."
    ), [
        ("Hadrek Quellin", "indirect", "Mayor Quellin stated that the city is full of cultural diversity."),
    ])


def test_anticipated_further_exchanges_is_a_hope_held():
    """"He anticipated further exchanges between the two cities …" after the guest's statements: a hope voiced, as
    "expects more …" (before, no statement)."""
    assert_statements((
        "Deputy Mayor Tomas Ellery-Vane of Sarvony paid an official call to the city on October 4.\n\n"
        "Ellery-Vane said that the two cities have engaged in frequent exchanges. He anticipated further exchanges "
        "between the two cities in other fields."
    ), [
        ("Tomas Ellery-Vane", "indirect", "Ellery-Vane said that the two cities have engaged in frequent exchanges."),
        ("Tomas Ellery-Vane", "indirect", "He anticipated further exchanges between the two cities in other fields."),
    ])


def test_interested_in_what_in_the_present_is_an_inquiry():
    """"He is interested in what the young people are thinking …" between two of his statements: one person's interest
    voiced, in the present of a report, as "was interested in what …" (before, left out)."""
    assert_statements((
        "The Vice Mayor of Sarvony, Tomas Ellery-Vane, attended the banquet.\n\n"
        "According to Ellery-Vane, he attended a sports day with students earlier in the day. He is interested in what "
        "the young people are thinking. He believes that the two cities should share a common vision."
    ), [
        ("Tomas Ellery-Vane", "indirect", "According to Ellery-Vane, he attended a sports day with students earlier in "
                                          "the day."),
        ("Tomas Ellery-Vane", "indirect", "He is interested in what the young people are thinking."),
        ("Tomas Ellery-Vane", "indirect", "He believes that the two cities should share a common vision."),
    ])


def test_interested_in_cooperation_is_no_inquiry():
    """Guard: "The Vice Mayor is interested in cooperation in tourism." alone: a wish, no inquiry; no statement."""
    assert_statements((
        "The Vice Mayor of Sarvony, Tomas Ellery-Vane, visited the city hall.\n\n"
        "The Vice Mayor is interested in cooperation in tourism."
    ), [])


def test_he_plans_to_after_the_speakers_statement_goes_on():
    """"According to X, the regulations … will be modified. He plans to reintroduce the drafts …": the plan told in the
    present of the report, right after his statement, his words going on (before, left out)."""
    assert_statements((
        "Mayor Hadrek Quellin attended the council's new year greeting.\n\n"
        "According to Quellin, the regulations which failed to clear the council will be modified. He plans to "
        "reintroduce the drafts during the upcoming session."
    ), [
        ("Hadrek Quellin", "indirect", "According to Quellin, the regulations which failed to clear the council will be "
                                       "modified."),
        ("Hadrek Quellin", "indirect", "He plans to reintroduce the drafts during the upcoming session."),
    ])


def test_he_plans_to_after_narrative_is_no_statement():
    """Guard: "He plans to visit Sarvony in May." after the readout's own sentence stays narrative."""
    assert_statements((
        "Mayor Hadrek Quellin met the guests from Sarvony at city hall.\n\n"
        "He plans to visit Sarvony in May."
    ), [])


def test_expects_to_collaborate_with_is_a_hope_held():
    """"The mayor expects to collaborate with all foreign units in the city …": his own hope of working with others,
    as "looked forward to working with" (before, no statement)."""
    assert_statements((
        "Mayor Hadrek Quellin attended the exhibition with the envoys.\n\n"
        "Mayor Quellin stated that the city is full of cultural diversity. The mayor expects to collaborate with all "
        "foreign units in the city."
    ), [
        ("Hadrek Quellin", "indirect", "Mayor Quellin stated that the city is full of cultural diversity."),
        ("Hadrek Quellin", "indirect", "The mayor expects to collaborate with all foreign units in the city."),
    ])


def test_assigned_a_named_official_to_act_is_an_order():
    """"He also assigned Deputy Mayor Lin to push ahead with …" after "the mayor instructed X to …": an order to a named
    person, as "directed Coordinator X to work …" (before, no statement)."""
    assert_statements((
        "Mayor Hadrek Quellin presided over a city executive meeting at the district office.\n\n"
        "On the proposal, the mayor instructed Director Ulla Brisk to coordinate the resources. He also assigned Deputy "
        "Mayor Fenn to push ahead with the initiative to widen the walkways."
    ), [
        ("Hadrek Quellin", "indirect", "On the proposal, the mayor instructed Director Ulla Brisk to coordinate the "
                                       "resources."),
        ("Hadrek Quellin", "indirect", "He also assigned Deputy Mayor Fenn to push ahead with the initiative to widen "
                                       "the walkways."),
    ])


def test_assigned_to_a_post_is_no_order():
    """Guard: "Mayor X assigned the officers to the district." names no one ordered to act: no statement."""
    assert_statements((
        "Mayor Hadrek Quellin visited the district office.\n\n"
        "Mayor Quellin assigned the officers to the district in May."
    ), [])


def test_he_is_impressed_between_his_statements_goes_on():
    """"He is impressed by the vitality …" between two of the guest's statements: his feeling told in the present of
    the report, his words going on (before, left out as an act)."""
    assert_statements((
        "The Vice Mayor of Sarvony, Tomas Ellery-Vane, attended the banquet.\n\n"
        "According to Ellery-Vane, he attended a sports day with students earlier in the day. He is impressed by the "
        "vitality of the young people. He believes that the two cities should share a common vision."
    ), [
        ("Tomas Ellery-Vane", "indirect", "According to Ellery-Vane, he attended a sports day with students earlier in "
                                          "the day."),
        ("Tomas Ellery-Vane", "indirect", "He is impressed by the vitality of the young people."),
        ("Tomas Ellery-Vane", "indirect", "He believes that the two cities should share a common vision."),
    ])
