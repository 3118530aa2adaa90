"""Helper h1069 (eighthundredeleventh, the Chief Minister of Goa as Indian papers and agencies print him): an office's
release before the person's act, its possessive read as a description ("The Chief Minister’s Office in a statement
said X congratulated …": X's, as "The ministry said X …"), not a person's own office ("The Chief Minister said …");
"he" after a sentence whose subject's own "his" follows its object pronoun ("X congratulated him on … and extended his
best wishes. He expressed …": X goes on), not after "congratulated him on …" alone; and a bare surname opening a sentence
with no speech as its subject for "he" later ("X also met with Minister Y at the capital. He congratulated him …": X),
not when the lone word names no one named in full before."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_an_offices_possessive_release_gives_the_persons_act():
    body = (
        "Chief Minister Ravel Dornan on Monday met Prime Minister Alvar Kesk in Ostrava.\n\n"
        "The Chief Minister’s Office in a statement said Dornan congratulated Kesk on taking oath for a third term "
        "and extended his best wishes."
    )
    assert_statements(body, [
        ("Ravel Dornan", "indirect",
         "The Chief Minister’s Office in a statement said Dornan congratulated Kesk on taking oath for a third term "
         "and extended his best wishes."),
    ])


def test_an_offices_possessive_release_with_wishes_for_a_tenure():
    body = (
        "Chief Minister Ravel Dornan on Monday met Prime Minister Alvar Kesk in Ostrava.\n\n"
        "The Chief Minister’s Office in a statement said Dornan congratulated Kesk on taking oath as the Prime Minister "
        "of the country for a third consecutive term and extended his best wishes for a successful tenure."
    )
    assert_statements(body, [
        ("Ravel Dornan", "indirect",
         "The Chief Minister’s Office in a statement said Dornan congratulated Kesk on taking oath as the Prime Minister "
         "of the country for a third consecutive term and extended his best wishes for a successful tenure."),
    ])


def test_a_persons_own_office_words_stay_his():
    body = (
        "Chief Minister Ravel Dornan on Monday met Prime Minister Alvar Kesk in Ostrava.\n\n"
        "The Chief Minister said Kesk congratulated him on the new bridge."
    )
    result = run(body)
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Ravel Dornan", "The Chief Minister said Kesk congratulated him on the new bridge."),
    ]


def test_he_goes_on_with_the_subject_whose_own_his_follows_the_object_pronoun():
    body = (
        "Chief Minister Ravel Dornan on Monday met Prime Minister Alvar Kesk in Ostrava.\n\n"
        "The Chief Minister also called on Union Minister Tomas Brel in Ostrava. The Chief Minister congratulated him "
        "on assuming charge and extended his best wishes. He expressed pleasure to have received assurance of support "
        "from the Union Minister."
    )
    assert_statements(body, [
        ("Ravel Dornan", "indirect",
         "The Chief Minister congratulated him on assuming charge and extended his best wishes."),
        ("Ravel Dornan", "indirect",
         "He expressed pleasure to have received assurance of support from the Union Minister."),
    ])


def test_he_after_an_object_pronoun_alone_stays_the_one_named_before():
    body = (
        "Chief Minister Ravel Dornan on Monday met Prime Minister Narendra Kesk in Ostrava.\n\n"
        "The Chief Minister also called on Union Minister Tomas Brel in Ostrava. The Chief Minister congratulated him "
        "on assuming charge. He expressed pleasure to have received assurance of support."
    )
    assert_statements(body, [
        ("Ravel Dornan", "indirect", "The Chief Minister congratulated him on assuming charge."),
        ("Tomas Brel", "indirect", "He expressed pleasure to have received assurance of support."),
    ])


def test_a_bare_surname_opening_a_narrative_sentence_is_its_subject_for_he():
    body = (
        "Chief Minister Ravel Dornan on Monday met Prime Minister Alvar Kesk in Ostrava.\n\n"
        "Dornan also met with Union Minister for Health and Party President Tomas Brel at the capital. He congratulated "
        "him on assuming the charge as Union Minister."
    )
    assert_statements(body, [
        ("Ravel Dornan", "indirect", "He congratulated him on assuming the charge as Union Minister."),
    ])


def test_a_lone_word_naming_no_one_leaves_the_met_one_as_subject():
    body = (
        "Chief Minister Ravel Dornan on Monday met Prime Minister Alvar Kesk in Ostrava.\n\n"
        "Yesterday evening Union Minister Tomas Brel arrived at the capital. He thanked the hosts for the welcome."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "He thanked the hosts for the welcome."),
    ])


def test_a_bare_surname_with_no_other_name_near_leaves_the_subjects_as_they_were():
    body = (
        "Foreign Minister Ravel Dornan met his counterpart Tomas Brel on Monday.\n\n"
        "It was the first official meeting with Brel since Dornan took office. Brel is in Ostrava for a working visit.\n\n"
        "“We are committed to closer ties,” he said in a statement."
    )
    assert_statements(body, [
        ("Ravel Dornan", "direct", "We are committed to closer ties"),
    ])
