"""Rules from the nine-hundred-fifty-fourth held-out set (Ghana's Eastern Regional Minister, Koforidua, and those at
the Minister's meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Regional Minister of Dorvan, Ivo Ranst, met the district chiefs at the council hall on Monday. "


def test_admonished_to_do_a_thing_is_an_exhortation():
    """"Nene X admonished the newly inducted chiefs to eschew vengeance …" (allAfrica 2022-10-24) and "He admonished
    the Coordinating Directors to take … Reports … serious" (GhanaWeb 2021-03-30): the ones admonished, "to" and a
    verb, an exhortation as "urged … to". Before, "admonished" spoke only with "for"/"over" (a criticism)."""
    body = (_OPENING + "Chief Maro Velik admonished the newly installed elders to shun division and serve their "
            "people.")
    assert_statements(body, [
        ("Maro Velik", "indirect", "Chief Maro Velik admonished the newly installed elders to shun division and serve "
         "their people."),
    ])


def test_admonished_for_a_thing_still_a_criticism():
    """The older reading kept: "admonished X for …", a criticism voiced, his."""
    body = (_OPENING + "Chief Maro Velik admonished the traders for their late payments.")
    assert_statements(body, [
        ("Maro Velik", "indirect", "Chief Maro Velik admonished the traders for their late payments."),
    ])


def test_admonished_to_the_place_is_no_exhortation():
    """The guard: "to the …" after the object is a place or a person, not a verb: no statement of "admonished"."""
    body = (_OPENING + "Chief Maro Velik admonished the boy to the amusement of the crowd.")
    assert_statements(body, [])


def test_was_therefore_optimistic_that_is_a_view():
    """"He was therefore optimistic that Mr. X would do even better." (Daily Guide 2021-03-18): a linking adverb
    between "was" and the adjective of a view, still his view, as "was also confident that"."""
    body = (_OPENING + "Mr. Dana Orr thanked the minister for the visit.\n\n"
            "He was therefore optimistic that the new road would be finished soon.")
    assert_statements(body, [
        ("Dana Orr", "indirect", "Mr. Dana Orr thanked the minister for the visit."),
        ("Dana Orr", "indirect", "He was therefore optimistic that the new road would be finished soon."),
    ])


def test_was_therefore_late_is_no_view():
    """The guard: "was therefore" before an adjective that states no view ("late") is narrative."""
    body = (_OPENING + "Mr. Dana Orr thanked the minister for the visit.\n\n"
            "He was therefore late for the second meeting in the town.")
    assert_statements(body, [
        ("Dana Orr", "indirect", "Mr. Dana Orr thanked the minister for the visit."),
    ])


def test_called_on_the_minister_at_her_office_is_a_courtesy_call():
    """"Madam X gave the assurance when she called on the minister at her office in Koforidua." (News Ghana
    2025-03-19): "the" and an office in lower case, then "at" and the place, a courtesy call as "called on him at …";
    the sentence only says when the assurance told before was given. Before, "called on" was read as an appeal and the
    sentence given to her."""
    body = ("Madam Ana Drosk pledged her support to the Regional Minister, Mrs. Lea Varn.\n\n"
            "Madam Ana Drosk gave the assurance when she called on the minister at her office in Vorta.")
    assert_statements(body, [
        ("Ana Drosk", "indirect", "Madam Ana Drosk pledged her support to the Regional Minister, Mrs. Lea Varn."),
    ])


def test_called_on_the_youth_at_the_rally_to_act_is_still_an_appeal():
    """The guard: "called on the youth at the rally to shun violence" has an appeal's "to" and verb: hers."""
    body = (_OPENING + "Mrs. Lea Varn called on the youth at the rally to shun violence.")
    assert_statements(body, [
        ("Lea Varn", "indirect", "Mrs. Lea Varn called on the youth at the rally to shun violence."),
    ])
