"""Rules from the nine-hundred-eighty-third held-out set (Gulu's Resident District Commissioners and district
chairpersons, and those who speak at or of their meetings): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_relative_clause_on_an_unclosed_office_apposition_is_the_names():
    """"X, the district party secretary who was appointed … after the resignation of Y said …" (Mega FM): the relative
    clause hangs on the office set off after X, both closing commas left out; the verb is X's, not Y's, the
    preposition's object named last (before, Y's)."""
    body = ("Party leaders met in Varnet on Monday.\n\n"
            "Toma Brelik, the district party secretary who was appointed as acting chairman after the resignation of "
            "Osip Vandel said the commissioner should keep away from party issues.")
    assert_statements(body, [
        ("Toma Brelik", "indirect", "Toma Brelik, the district party secretary who was appointed as acting chairman "
                                    "after the resignation of Osip Vandel said the commissioner should keep away from "
                                    "party issues."),
    ])


def test_relative_clause_closed_by_its_comma_stays_the_names():
    """The guard: the relative clause closed by its comma, and an office apposition with no speech after it: the
    first is the name's as before, the second no one's."""
    body = ("Ardo Kessel met Toma Brelik, the district party secretary who was elected in March.\n\n"
            "Toma Brelik, the district party secretary who worked with Osip Vandel for years, said the roads are "
            "poor.")
    assert_statements(body, [
        ("Toma Brelik", "indirect", "Toma Brelik, the district party secretary who worked with Osip Vandel for "
                                    "years, said the roads are poor."),
    ])


def test_body_named_with_its_hyphened_initials_is_no_person():
    """"the Acholi Religious Leaders Peace Initiative-ARLPI say …" (The Independent, URN's copy): a body's name with
    its own initials joined by a hyphen is the body, no person, so the pronoun after it is the man named before, not
    the body (before, the body was read as a person's name and spoke twice)."""
    body = ("Bishop Arno Keld met the council speaker on Tuesday.\n\n"
            "The Varnet Religious Leaders Peace Initiative-VRLPI said that Osk is not central.\n\n"
            "He explained that Dolm is central to all the sub-counties.")
    assert_statements(body, [
        ("Arno Keld", "indirect", "He explained that Dolm is central to all the sub-counties."),
    ])


def test_double_barrelled_surname_stays_a_person():
    """The guard: a hyphen in a person's surname ("Ochora-Odoch"), or capitals after a hyphen that are not the name's
    initials, leave the name a person's."""
    body = ("Mirek Ochora-Odoch said that the new road is ready.\n\n"
            "Ivo Ranst-KV said that the bridge is ready too.")
    assert_statements(body, [
        ("Mirek Ochora-Odoch", "indirect", "Mirek Ochora-Odoch said that the new road is ready."),
        ("Ivo Ranst-KV", "indirect", "Ivo Ranst-KV said that the bridge is ready too."),
    ])


def test_claims_before_a_possessives_clause_reports():
    """"Lapolo claims his office has received complaints against the media …" (Acholi Times): the present "claims"
    before a that-less clause whose subject is his thing and its auxiliary reports his words, as "claimed" does (before,
    "claims" only before "to want", and "claimed his office had …" no one's)."""
    body = ("Mirek Stane claims his office has received complaints from the public.\n\n"
            "Ilsa Morrow claimed her ministry had paid the contractors.")
    assert_statements(body, [
        ("Mirek Stane", "indirect", "Mirek Stane claims his office has received complaints from the public."),
        ("Ilsa Morrow", "indirect", "Ilsa Morrow claimed her ministry had paid the contractors."),
    ])


def test_claimed_seat_and_noun_claims_stay_unspoken():
    """The guard: "claimed his seat" (no auxiliary after the thing) and the noun "The claims his office had made"
    report nothing."""
    body = ("Mirek Stane claimed his seat in the council after the vote.\n\n"
            "The claims his office had made were repeated by the press.")
    assert_statements(body, [])
