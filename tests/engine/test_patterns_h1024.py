"""Helper h1024 (sevenhundredseventyseventh, the Chief Minister of Manipur as Indian outlets print him): a lower-case
calling with a word of its own after "and" is one person's second calling ("state minister and government spokesperson
X told PTI"); unnamed sources "close to" someone are no one's words; a delegation that opens the clause joined by "and"
to a person is a pair with him; "on his Facebook post" between a subject and its verb is where he wrote; an embedded
post whose credit line closes its last paragraph ("… https://t.co/… — Name (@handle) April 18, 2022") is its author's,
with its first-person paragraph above."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_second_calling_with_a_word_of_its_own_is_the_same_persons():
    body = (
        "Chief Minister Tarun Velkar met Home Minister Ostap Brin in Davra on Sunday, state minister and government "
        "spokesperson Lemin Sorath told PTI.\n\n"
        "The meeting took place late in the evening.\n"
    )
    assert_statements(body, [
        ("Lemin Sorath", "indirect", "Chief Minister Tarun Velkar met Home Minister Ostap Brin in Davra on Sunday, "
                                     "state minister and government spokesperson Lemin Sorath told PTI."),
    ])


def test_two_callings_each_with_an_article_stay_two_people():
    # guard: "the minister and the spokesperson X" is a pair, no one person's report
    body = (
        "Chief Minister Tarun Velkar met Home Minister Ostap Brin in Davra on Sunday.\n\n"
        "The minister and the spokesperson Lemin Sorath told PTI the budget would rise.\n"
    )
    assert_statements(body, [])


def test_sources_close_to_a_person_are_no_ones_words():
    body = (
        "Chief Minister Tarun Velkar received the Ambassador of Ostria, Ivo Marlet, at his office on Thursday.\n\n"
        "The first Ostrian silk project in the state bore fruits, sources close to the Chief Minister said.\n\n"
        "Officials familiar with the Chief Minister's plans said a second phase would follow.\n"
    )
    assert_statements(body, [])


def test_the_person_himself_still_speaks():
    # guard: the Chief Minister's own "said" stays his
    body = (
        "Chief Minister Tarun Velkar received the Ambassador of Ostria, Ivo Marlet, at his office on Thursday.\n\n"
        "The first Ostrian silk project in the state bore fruits, the Chief Minister said.\n"
    )
    assert_statements(body, [
        ("Tarun Velkar", "indirect",
         "The first Ostrian silk project in the state bore fruits, the Chief Minister said."),
    ])


def test_a_delegation_opening_the_clause_and_a_person_are_a_pair():
    body = (
        "DAVRA: A delegation of the Government of Ostria and the Chief Minister have agreed for launching new projects "
        "on skills.\n\n"
        "Chief Minister Tarun Velkar received the delegation at his office on Thursday.\n"
    )
    assert_statements(body, [])


def test_a_delegation_as_an_object_before_and_leaves_the_next_clause_alone():
    # guard: "X welcomed the delegation and the Chief Minister stressed …": two clauses, the second his
    body = (
        "Chief Minister Tarun Velkar met the Ambassador of Ostria, Ivo Marlet, on Thursday.\n\n"
        "The Governor welcomed the delegation and the Chief Minister stressed that the ties would grow.\n"
    )
    assert_statements(body, [
        ("Tarun Velkar", "indirect", "the Chief Minister stressed that the ties would grow."),
    ])


def test_on_his_facebook_post_between_the_subject_and_the_verb():
    body = (
        "Chief Minister Tarun Velkar and a delegation led by Ivo Marlet, Ambassador of Ostria to India held discussions "
        "on trade between Davra and Ostria and both pledged to enhance ties.\n\n"
        "The meeting was held when the Ostrian Ambassador called on the Chief Minister at his office on Thursday.\n\n"
        "The Chief Minister on his Facebook post stated, “I was called on by the Ambassador of Ostria today.”\n"
    )
    assert_statements(body, [
        ("Tarun Velkar", "direct", "I was called on by the Ambassador of Ostria today."),
    ])


def test_in_a_post_on_x_between_the_subject_and_the_verb_stays_read():
    # guard: the aside's "in" form, read before, still is
    body = (
        "Chief Minister Tarun Velkar met the Ambassador of Ostria, Ivo Marlet, on Thursday.\n\n"
        "The Chief Minister in a post on X said, “The talks were fruitful.”\n"
    )
    assert_statements(body, [
        ("Tarun Velkar", "direct", "The talks were fruitful."),
    ])


def test_an_embedded_post_credited_at_the_end_of_its_last_paragraph():
    body = (
        "Chief Minister Tarun Velkar on Monday met Prime Minister Ostap Brin in Davra.\n\n"
        "“Called on PM Brin today,” Chief Minister Velkar said in a tweet.\n\n"
        "During the meeting with PM Brin today, I, along with my cabinet colleagues shared our vision for the state.\n\n"
        "We are thankful to PM Brin for his guidance. https://t.co/AbC123xyz — Tarun Velkar (@TarunVelkar) April 18, "
        "2022\n\n"
        "This is his first visit to Davra this year.\n"
    )
    assert_statements(body, [
        ("Tarun Velkar", "direct", "Called on PM Brin today"),
        ("Tarun Velkar", "direct", "During the meeting with PM Brin today, I, along with my cabinet colleagues shared "
                                   "our vision for the state."),
        ("Tarun Velkar", "direct", "We are thankful to PM Brin for his guidance."),
    ])


def test_a_narrative_paragraph_above_a_credited_post_stays_narrative():
    # guard: the paragraph above the post, no first-person word in it, is the readout's own
    body = (
        "Chief Minister Tarun Velkar on Monday met Prime Minister Ostap Brin in Davra.\n\n"
        "The two leaders reviewed the progress of the highway.\n\n"
        "We are thankful to PM Brin for his guidance. https://t.co/AbC123xyz — Tarun Velkar (@TarunVelkar) April 18, "
        "2022\n"
    )
    assert_statements(body, [
        ("Tarun Velkar", "direct", "We are thankful to PM Brin for his guidance."),
    ])
