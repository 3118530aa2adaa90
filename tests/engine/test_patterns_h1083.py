"""Helper h1083 (eighthundredtwentythird, the Governor of Lagos State as Nigerian outlets print him): a linking or time
adverb before a subject and its "who" aside ("Earlier, X, who was accompanied by …, Mr Y, said …") leaves the verb the
subject's, not the name inside the aside; a day word with a stray comma before the verb ("Governor, Mr. X yesterday,
said …", "X, yesterday, said …") leaves the verb the named person's; an inverted tag after it ("… yesterday, said the
ministry") stays no one's."""

from __future__ import annotations

from .test_patterns import assert_statements

_ENVOY_RECEIVED = "President Karl Vosk received the Ambassador of Lutania, Mr Tomas Brell, on Monday.\n\n"


def test_a_fronted_link_before_a_who_aside_keeps_the_subject():
    body = _ENVOY_RECEIVED + (
        "Earlier, Brell, who was accompanied by the Deputy Ambassador in charge of the Embassy in Rova, Mr Anton Pell, "
        "said the visit was to strengthen relations.\n\n"
        "He also commended President Vosk for the new roads."
    )
    assert_statements(body, [
        ("Tomas Brell", "indirect",
         "Earlier, Brell, who was accompanied by the Deputy Ambassador in charge of the Embassy in Rova, Mr Anton Pell, "
         "said the visit was to strengthen relations."),
        ("Tomas Brell", "indirect", "He also commended President Vosk for the new roads."),
    ])


def test_a_fronted_link_before_a_groups_who_aside_stays_no_ones():
    # guard: the antecedent a group, its verb no one person's, neither the group's nor the name inside the aside
    body = _ENVOY_RECEIVED + (
        "Earlier, the two envoys, who were accompanied by Mr Anton Pell, said the visit was useful."
    )
    assert_statements(body, [])


def test_a_day_word_and_a_stray_comma_before_the_verb():
    body = (
        "Varnia State Governor, Mr. Tolan Brek-Ado yesterday, said his administration will keep working with Lutania.\n\n"
        "Mr. Orin Vale, today, said his country was ready to invest in the state."
    )
    assert_statements(body, [
        ("Tolan Brek-Ado", "indirect",
         "Varnia State Governor, Mr. Tolan Brek-Ado yesterday, said his administration will keep working with "
         "Lutania."),
        ("Orin Vale", "indirect", "Mr. Orin Vale, today, said his country was ready to invest in the state."),
    ])


def test_a_day_word_before_an_inverted_tag_stays_no_ones():
    # guard: "… yesterday, said the ministry": the comma ends the clause, the tag's subject an office after the verb
    body = "The minister met Mr. Tolan Brek-Ado yesterday, said the ministry."
    assert_statements(body, [])


_CONSUL_RECEIVED = ("Governor Tolan Brek-Ado of Varnia received the Lutanian Consul General, Mr Orin Vale, at the State "
                    "House on Monday.\n\n")


def test_saying_after_a_place_welcomed_to_is_the_hosts():
    body = _CONSUL_RECEIVED + (
        "The governor welcomed the U.S Consul General to Varnia saying the state is the heart of the federation."
    )
    assert_statements(body, [
        ("Tolan Brek-Ado", "indirect",
         "The governor welcomed the U.S Consul General to Varnia saying the state is the heart of the federation."),
    ])


def test_a_welcome_to_a_place_with_no_speech_stays_an_act():
    # guard: "welcomed X to Varnia" alone is a host's act, no words
    body = _CONSUL_RECEIVED + "The governor welcomed the Consul General to Varnia on behalf of the people."
    assert_statements(body, [])
