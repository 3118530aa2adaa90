"""Rules from the nine-hundred-ninety-fourth held-out set (Zimbabwe's Minister of State for Matabeleland South and the
province's meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_minister_claims_that_is_speech():
    """"The minister claims that these settlements are a hub for criminal activity and should be demolished."
    (Bulawayo24 2025-07-20, the Minister of State at a crime meeting): the present "claims" with "that" after one person
    just before it, "the" and an office word or a pronoun, is the verb. Before, "claims that" was left out as the noun's
    ("rejected claims that …"), and the minister's claim went to no one."""
    body = ("The Varnian minister Odo Kessel met farmers in Dunmere on Monday.\n\n"
            "The minister claims that the settlements are a hub for crime and should be removed.\n\n"
            "He claims that the roads are poor.")
    assert_statements(body, [
        ("Odo Kessel", "indirect", "The minister claims that the settlements are a hub for crime and should be "
         "removed."),
        ("Odo Kessel", "indirect", "He claims that the roads are poor."),
    ])


def test_a_titled_surname_claims_that_is_speech():
    """A titled surname just before "claims that" is one person too ("Minister Kessel claims that …")."""
    body = ("The Varnian minister Odo Kessel met farmers in Dunmere on Monday.\n\n"
            "Minister Kessel claims that the river is drying up.")
    assert_statements(body, [
        ("Odo Kessel", "indirect", "Minister Kessel claims that the river is drying up."),
    ])


def test_claims_that_as_a_noun_is_not_speech():
    """The guard: the noun "claims that …" after a verb, an adjective of a country or a body's possessive has no person
    just before it: "The farmers rejected claims that …", "Varnian claims that …", "the council's claims that …" are no
    one's statement."""
    body = ("The Varnian minister Odo Kessel met farmers in Dunmere on Monday.\n\n"
            "The farmers rejected claims that the river is drying up.\n\n"
            "Varnian claims that the border is closed were denied on Tuesday.\n\n"
            "Kessel dismissed the council's claims that the roads are poor as untrue.")
    assert_statements(body, [
        ("Odo Kessel", "indirect", "Kessel dismissed the council's claims that the roads are poor as untrue."),
    ])
