"""Patterns found by the eightyninth held-out set (real Kremlin news readouts, 2000-2003).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_not_excluding_the_possible_thing_states_a_position():
    """"Mr X did not exclude the possible prosecution of those persons.": the possibility named by
    its adjective, as "did not exclude the possibility of …" and "did not rule out"."""
    body = (
        "President Anton Brask met with Defence Minister Oren Vask.\n\n"
        "The Minister reported that two Vestrian nationals were held at a foreign base. "
        "Mr Vask did not exclude the possible prosecution of those persons."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The Minister reported that two Vestrian nationals were held at a foreign base."),
        ("Oren Vask", "indirect", "Mr Vask did not exclude the possible prosecution of those persons."),
    ], title="President Anton Brask met with Defence Minister Oren Vask")


def test_deeming_it_necessary_states_a_view():
    """"Mr Putin deemed it necessary to carry on the consolidation of the defence industry": a view
    stated, as "considered it necessary"; not the passive "the visit was deemed a success"."""
    body = (
        "President Anton Brask met with the commanders of the Armed Forces.\n\n"
        "The visit was deemed a success. "
        "Mr Brask deemed it necessary to carry on the consolidation of the shipbuilding industry."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Mr Brask deemed it necessary to carry on the consolidation of the "
                                    "shipbuilding industry."),
    ], title="President Anton Brask met with the commanders")


def test_relating_someones_appreciation_passes_words_on():
    """"X related President George Bush’s appreciation of the Russian government’s support": words
    passed on, as "conveyed"; not "issues related to the border"."""
    body = (
        "President Anton Brask met with Foreign Minister Oren Vask of Norland.\n\n"
        "They discussed issues related to the border. "
        "Oren Vask related President Ivo Lund’s appreciation of Vestria’s support for the reconstruction."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask related President Ivo Lund’s appreciation of Vestria’s support for "
                                  "the reconstruction."),
    ], title="President Anton Brask met with Foreign Minister Oren Vask")


def test_inverted_said_then_a_participle_of_the_occasion():
    """"Russia is quite satisfied with …, said Vladimir Putin when opening the meeting with …": the
    occasion in a participle clause after the inverted cue, as "…, said X as he visited …"."""
    body = (
        "Vestria is quite satisfied with its cooperation with the bank, said Anton Brask when opening the "
        "meeting with the bank’s president. "
        "Vestria wants no large loans, he said."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Vestria is quite satisfied with its cooperation with the bank, said Anton "
                                    "Brask when opening the meeting with the bank’s president."),
        ("Anton Brask", "indirect", "Vestria wants no large loans, he said."),
    ], title="Anton Brask met with the president of the bank")


def test_a_groups_clause_of_place_stays_in_the_speakers_sentence():
    """"the president mentioned his recent meeting with the US president in Shanghai, where the two
    leaders discussed many issues …": a relative clause of the place, inside his clause, not a
    clause of the pair's that ends his statement."""
    body = (
        "President Anton Brask met with Foreign Minister Oren Vask of Norland.\n\n"
        "The president mentioned his recent meeting with President Ivo Lund in Tarvik, where the two leaders "
        "discussed many issues of interaction between their armed forces."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The president mentioned his recent meeting with President Ivo Lund in Tarvik, "
                                    "where the two leaders discussed many issues of interaction between their "
                                    "armed forces."),
    ], title="President Anton Brask met with Foreign Minister Oren Vask")


def test_the_talks_after_a_discourse_adverbial_are_narrative():
    """"Above all, the talks were about the need to obtain information …": the meeting, after a
    discourse adverbial, told of, not the last speaker's words carried on."""
    body = (
        "Vestria does not want large loans, it is mainly interested in joint work with the bank, "
        "President Anton Brask said. "
        "Above all, the talks were about the need to exchange information on joint projects."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Vestria does not want large loans, it is mainly interested in joint work with "
                                    "the bank, President Anton Brask said."),
    ], title="Anton Brask met with the president of the bank")
