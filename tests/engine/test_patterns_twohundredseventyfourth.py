"""Rules from the two-hundred-seventy-fourth held-out set (president.gov.ua English news, April-May 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_BODY = ('President of Ostria Dan Kessel inspected the new building of the Center for Pediatric Cardiology and '
         'Cardiac Surgery in Varna. On the occasion of Nurses Day, the President of Ostria presented state awards '
         'to medical workers. "It is you who protect our defenders," the President said.')


def test_a_second_field_of_a_bodys_name_in_the_title_is_no_one():
    """Title "President visited the newly built building of the Center for Pediatric Cardiology and Cardiac Surgery
    and presented awards to nurses" (two-hundred-seventy-fourth 75005): the 'and' after a body's field named with
    "for" joins a second field, an adjective and its noun. Before, "Cardiac Surgery" was read as a person named in
    the title and took every "the President said"."""
    assert_statements(_BODY, [
        ("Dan Kessel", "direct", "It is you who protect our defenders"),
    ], title="President visited the Center for Pediatric Cardiology and Cardiac Surgery and presented awards")


def test_a_person_after_a_bodys_field_stays_a_person():
    """Guard: after "Center for Cardiology and" a name that opens with a first name is still someone."""
    body = ('President of Ostria Dan Kessel visited the Center for Cardiology. "We will help," Ivan Petrov said.')
    assert_statements(body, [
        ("Ivan Petrov", "direct", "We will help"),
    ], title="President visited the Center for Cardiology and Ivan Petrov")


def test_an_office_holder_acting_after_a_fronted_phrase_is_narrative():
    """"On the occasion of the International Nurses Day, the President of Ukraine presented state awards to medical
    workers …" between two of his quotations (two-hundred-seventy-fourth 75005): the readout tells what he did. Before,
    the sentence, with no head subject at its start, was carried on as his words."""
    body = ('President of Ostria Dan Kessel visited the hospital. "Made in Ostria is cool," he said. On the occasion '
            'of Nurses Day, the President of Ostria presented state awards to medical workers. "It is you who protect '
            'our defenders," the President said.')
    assert_statements(body, [
        ("Dan Kessel", "direct", "Made in Ostria is cool"),
        ("Dan Kessel", "direct", "It is you who protect our defenders"),
    ])


def test_a_carried_sentence_with_no_office_after_its_opening_stays_carried():
    """Guard: a sentence between two of his quotations with no office holder as its subject is still his."""
    body = ('President of Ostria Dan Kessel visited the hospital. "Made in Ostria is cool," he said. In addition, '
            'hospitals must be modern. "It is you who protect our defenders," the President said.')
    assert_statements(body, [
        ("Dan Kessel", "direct", "Made in Ostria is cool"),
        ("Dan Kessel", "indirect", "In addition, hospitals must be modern."),
        ("Dan Kessel", "direct", "It is you who protect our defenders"),
    ])
