"""Rules from the nine-hundred-fifty-second held-out set (the Governor of Migori County, Kenya, and those who speak at
or of his meetings, 2019-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Ivo Ranst of Dorvan County arrived in Kelvar City on Monday for a consultative meeting. "


def test_perfect_spoken_about_after_an_apposition_speaks():
    """"Migori Governor, X, has spoken about Monday’s embarrassing incident in Kisumu County …" (Kenyan Post
    2021-02-09): the perfect's participle after the apposition's comma is the subject's verb, as "has said" is. Before,
    "spoken" was no form of "spoke" and, once it was, no verb after the name's comma and "has"."""
    body = (_OPENING + "Dorvan Governor, Ivo Ranst, has spoken about Monday’s incident in Kelvar City where he was "
            "asked to leave the high table.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Dorvan Governor, Ivo Ranst, has spoken about Monday’s incident in Kelvar City where "
                                  "he was asked to leave the high table."),
    ])


def test_spoken_with_no_topic_after_it_is_no_statement():
    """The guard: "has spoken <a language> since childhood" takes none of the complements of "spoke" ("about", "of",
    "out" …): no statement, before and after."""
    body = _OPENING + "Dorvan Governor, Ivo Ranst, has spoken Kelvarese since childhood."
    assert_statements(body, [])


def test_even_between_and_and_the_joined_verb():
    """"Obado appeared unperturbed by the incident and even thanked the people of Kisumu for welcoming him …" (Kenyan
    Post 2021-02-09): "even" between "and" and the joined speech verb, as "also". Before, no statement."""
    body = _OPENING + "Ranst appeared unperturbed by the incident and even thanked the people of Kelvar for the welcome."
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Ranst appeared unperturbed by the incident and even thanked the people of Kelvar "
                                  "for the welcome."),
    ])


def test_even_before_an_act_is_no_statement():
    """The guard: "even" before a verb of no speech ("even visited the market"): narrative, before and after."""
    body = _OPENING + "Ranst appeared unperturbed by the incident and even visited the market of Kelvar City."
    assert_statements(body, [])


def test_divulged_that_speaks():
    """"Obado divulged that the said road is a public road and is used by many residents." (Kahawatungu 2019-04-04):
    a thing made known, as "disclosed that". Before, "divulged" was no speech verb."""
    body = _OPENING + "Ranst divulged that the said road is a public road and is used by many residents."
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Ranst divulged that the said road is a public road and is used by many residents."),
    ])


def test_divulged_a_thing_is_no_statement():
    """The guard: "divulged the documents to the court", a thing handed over with no clause of what was said: none."""
    body = _OPENING + "Ranst divulged the documents to the court in Kelvar City."
    assert_statements(body, [])


def test_defended_someone_over_claims_speaks():
    """"Addressing the journalists, Obado defended the suspended Supreme Court judges X over claims that he benefited
    from …" (Kahawatungu 2019-04-04): someone spoken for against what is said of him, as "defended the idea of".
    Before, "defended" spoke only with a position's noun ("the need for …") or "that"."""
    body = (_OPENING + "Addressing the journalists, Ranst defended the suspended High Court judge Tamas Brill over "
            "claims that he benefited from the new road.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Addressing the journalists, Ranst defended the suspended High Court judge Tamas "
                                  "Brill over claims that he benefited from the new road."),
    ])


def test_defended_a_place_against_attacks_is_no_statement():
    """The guard: "defended the town against attacks", a fight, no claims' noun after "against": none."""
    body = _OPENING + "Ranst defended the town of Kelvar against attacks from the north in his youth."
    assert_statements(body, [])


def test_spoken_in_a_who_clause_is_no_statement():
    """The guard of the perfect "spoken": in the relative that describes the person ("His … counterpart X, who has often
    spoken against BBI, now seems to have changed tune …", the 898th's Standard page), what he has long said is told of
    him, not the sentence's report: no statement (as on the base, where "spoken" was read nowhere)."""
    body = (_OPENING + "His Kelvar East counterpart Tamas Brill, who has often spoken against the accord, now seems "
            "to have changed tune and is supporting the rally.")
    assert_statements(body, [])
