"""Helper h1102 (eighthundredthirtyninth, the President of Azad Jammu and Kashmir as Pakistani outlets print the
office): a territory whose name holds an "and" ("Azad Jammu and Kashmir President X urged …", "President Azad Jammu
and Kashmir X has said …") is one place before or after the office, not a pair of subjects; a bare office with
"office" after it and no possessive ("…, AJK President office said.") is the bureau's notice, no one's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_territory_with_and_before_the_office_is_one_place():
    body = (
        "Azad Jammu and Kashmir President Tomas Velk on Sunday urged Ruritania to play its due role to help resolve "
        "the dispute peacefully.\n\n"
        "He expressed these views in a meeting with the Ruritanian envoy Ivan Darko."
    )
    assert_statements(body, [
        ("Tomas Velk", "indirect",
         "Azad Jammu and Kashmir President Tomas Velk on Sunday urged Ruritania to play its due role to help resolve "
         "the dispute peacefully."),
    ])


def test_territory_with_and_after_the_office_is_one_place():
    body = (
        "President Jammu and Kashmir Tomas Velk has said that the Parliament of Ruritania should play its due "
        "role.\n\n"
        "He met the Ruritanian envoy Ivan Darko on Wednesday."
    )
    assert_statements(body, [
        ("Tomas Velk", "indirect",
         "President Jammu and Kashmir Tomas Velk has said that the Parliament of Ruritania should play its due role."),
    ])


def test_two_offices_joined_by_and_stay_a_pair():
    # guard: two people joined by "and" before the verb are a pair, no one's statement
    body = (
        "Ruritania Minister Ivan Darko and Ostrava Minister Tomas Velk on Sunday urged Varna to play its due role.\n\n"
        "Velk said that the talks were useful."
    )
    assert_statements(body, [
        ("Tomas Velk", "indirect", "Velk said that the talks were useful."),
    ])


def test_bare_office_with_office_after_it_is_the_bureaus():
    body = (
        "The visiting Mayor of Varna Ivan Darko called on President of Ruritania Tomas Velk at the Palace, the "
        "President office said.\n\n"
        "Speaking on this occasion, Velk said that the twin cities need to be mobilized again."
    )
    assert_statements(body, [
        ("Tomas Velk", "indirect", "Speaking on this occasion, Velk said that the twin cities need to be mobilized "
                                   "again."),
    ])


def test_bare_office_as_the_source_stays_the_holders():
    # guard: with no "office" after it, the office before "said" is the holder, whose account the sentence is
    body = (
        "The visiting Mayor of Varna Ivan Darko called on President of Ruritania Tomas Velk at the Palace, the "
        "Mayor said."
    )
    assert_statements(body, [
        ("Ivan Darko", "indirect",
         "The visiting Mayor of Varna Ivan Darko called on President of Ruritania Tomas Velk at the Palace, the Mayor "
         "said."),
    ])


def test_fronted_occasion_before_a_subject_with_an_uncommaed_while_aside():
    body = (
        "Ivan Darko met the Ruritanian envoy Tomas Velk on Wednesday.\n\n"
        "Speaking on the occasion, Darko while referring to the situation in the region said that the community "
        "should play its due role."
    )
    assert_statements(body, [
        ("Ivan Darko", "indirect",
         "Speaking on the occasion, Darko while referring to the situation in the region said that the community "
         "should play its due role."),
    ])


def test_while_aside_after_another_verbs_object_stays_no_subject():
    # guard: a "while" clause after a verb's object, with no fronted occasion before its subject, is the first
    # subject's sentence ("X met Y while visiting …": Y does not open the clause)
    body = (
        "Ivan Darko met the Ruritanian envoy Tomas Velk on Wednesday.\n\n"
        "Speaking on the occasion, Velk met Darko while visiting the region and said that the community should play "
        "its due role."
    )
    assert_statements(body, [
        ("Tomas Velk", "indirect",
         "Speaking on the occasion, Velk met Darko while visiting the region and said that the community should play "
         "its due role."),
    ])


def test_provided_a_listener_with_details_of_is_a_briefing():
    body = (
        "Ivan Darko met the Chief Secretary of Ruritania, Tomas Velk, in Varna.\n\n"
        "The Chief Secretary provided the President with details of these projects."
    )
    assert_statements(body, [
        ("Tomas Velk", "indirect", "The Chief Secretary provided the President with details of these projects."),
    ])


def test_provided_a_listener_with_bare_details_is_a_thing_supplied():
    # guard: "details" with no "of"/"on"/"about" after it is a thing supplied, no report
    body = (
        "Ivan Darko met the Chief Secretary of Ruritania, Tomas Velk, in Varna.\n\n"
        "The Chief Secretary provided the farmers with details."
    )
    assert_statements(body, [])


def test_straight_opening_mark_glued_to_a_stop_opens_a_sentence():
    body = (
        "Lord Mayor Tomas Velk called on President Ivan Darko in Varna.\n\n"
        "Appreciating the services of Lord Mayor Tomas Velk, Darko said that Velk has the honour to be the first "
        "elected councillor.\"He not only served the people there but also raised his voice\", he said."
    )
    assert_statements(body, [
        ("Ivan Darko", "indirect",
         "Appreciating the services of Lord Mayor Tomas Velk, Darko said that Velk has the honour to be the first "
         "elected councillor."),
        ("Ivan Darko", "direct", "He not only served the people there but also raised his voice"),
    ])


def test_straight_closing_mark_glued_to_a_stop_ends_no_sentence_there():
    # guard: a straight mark glued to a stop that closes a quotation leaves the sentence as it was
    body = (
        "Lord Mayor Tomas Velk called on President Ivan Darko in Varna.\n\n"
        "Darko said, \"We are ready to work with Velk.\"The talks went well, he said."
    )
    assert_statements(body, [
        ("Ivan Darko", "direct", "We are ready to work with Velk."),
        ("Ivan Darko", "indirect", "The talks went well, he said."),
    ])
