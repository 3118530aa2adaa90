"""Helper h1141 (KE67, the bounds group S1): a reason or a condition set off after a speaker's report (", since …",
", provided …", ", because …") whose subject is no one the engine knows is the speaker's, though its verb is one the
lexicon reads as speech ("offered", "agreed"): "She noted that the venture was a fair bargain, since Dorvale offered
land …" is one statement. The clause used to be cut off and given to no one. A second clause of others ("…, while the
students invited him …", "…, as they also discussed …") and a reason whose subject is a person still part as before."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_reason_whose_subject_is_a_place_stays_the_speakers():
    body = (
        "Minister Ilsa Varkonen met a business delegation from Teskar on Monday. "
        "She noted that the venture was a fair bargain, since Dorvale offered land and power while the investors "
        "brought the capital."
    )
    assert_statements(body, [
        ("Ilsa Varkonen", "indirect",
         "She noted that the venture was a fair bargain, since Dorvale offered land and power while the investors "
         "brought the capital."),
    ])


def test_a_condition_whose_subject_is_a_thing_stays_the_speakers():
    body = (
        "President Anders Molvik held a telephone call with the Premier of Teskar. "
        "Mr Molvik is understood to have given his assent, provided the border checks agreed last spring were kept "
        "in place."
    )
    assert_statements(body, [
        ("Anders Molvik", "indirect",
         "Mr Molvik is understood to have given his assent, provided the border checks agreed last spring were kept "
         "in place."),
    ])


def test_a_second_clause_of_others_is_still_cut():
    body = (
        "President Anders Molvik met students of the Teskar summer school. "
        "The President expressed hope that the young people would come to Dorvale again, while the students invited "
        "him to attend the closing ceremony."
    )
    assert_statements(body, [
        ("Anders Molvik", "indirect", "The President expressed hope that the young people would come to Dorvale again"),
    ])


def test_a_reason_whose_subject_is_a_named_person_is_still_a_clause_of_its_own():
    body = (
        "President Anders Molvik received Minister Ilsa Varkonen on Monday. "
        "Anders Molvik said the harbour works would start in May, because Ilsa Varkonen proposed a faster schedule."
    )
    assert_statements(body, [
        ("Anders Molvik", "indirect", "Anders Molvik said the harbour works would start in May"),
        ("Ilsa Varkonen", "indirect", "because Ilsa Varkonen proposed a faster schedule."),
    ])
