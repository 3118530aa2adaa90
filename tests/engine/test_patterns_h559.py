"""Readings of errors of the fourhundredsixteenth set (president.az readouts, stop 40, second set from this source): an
adverb of fond memory between the subject and its speech verb ("President X fondly recalled his participation in the
summit …", sco_zhang_ming).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING = "President Ilsa Marrow of Norland received Secretary-General Piet Harven of the Vellish Union.\n\n"


def test_fondly_between_the_subject_and_its_verb_of_memory_keeps_the_recollection_hers():
    """"President Ilham Aliyev fondly recalled his participation in the summit of the … member states held in
    Samarkand" (fourhundredsixteenth az_president_2024-02-08_sco_zhang_ming): "fondly" is a manner adverb between the
    subject and her verb, as "warmly" is; what she recalls is her statement, the whole sentence."""
    sentence = "President Ilsa Marrow fondly recalled her participation in the summit of the Union held in Brenn."
    assert_statements(MEETING + sentence + "\n", [("Ilsa Marrow", "indirect", sentence)])


def test_fondly_before_an_act_is_still_narrative():
    """The guard of the same rule: "fondly" before a verb that reports no speech leaves an act, as before."""
    assert_statements(MEETING + "President Ilsa Marrow fondly embraced the Secretary-General at the door.\n", [])


RECEPTION = "President Ilsa Marrow of Norland received Mrs. Dana Colt, the Regional Director for {region} at the World Bank.\n\n"


def test_an_office_in_apposition_held_at_a_body_named_after_it_is_hers():
    """"Mrs. Rolande Pryce, the Regional Director for the South Caucasus at the World Bank." (fourhundredsixteenth
    az_president_2023-09-22_world_bank): the office in apposition is closed after the body it is held at ("at the
    World Bank"), so "The World Bank Regional Director … conveyed …" and "She conveyed …" are hers."""
    first = "The World Bank Regional Director for Eastern Europe conveyed her satisfaction with the partnership."
    second = "She conveyed the Bank's pleasure in being a partner of Norland."
    assert_statements(RECEPTION.format(region="Eastern Europe") + first + " " + second + "\n",
                      [("Dana Colt", "indirect", first), ("Dana Colt", "indirect", second)])


def test_the_caucasus_is_a_region_not_a_name():
    """"… for the South Caucasus …" (the same readout): "Caucasus" is a region, as "Balkans" is, not the name of a
    person the office then belongs to (the speaker was shown as "Caucasus")."""
    first = "The World Bank Regional Director for the South Caucasus conveyed her satisfaction with the partnership."
    assert_statements(RECEPTION.format(region="the South Caucasus") + first + "\n", [("Dana Colt", "indirect", first)])


def test_an_office_at_a_body_with_no_close_is_still_not_an_apposition():
    """The guard of the first rule: after "at the <body>" with no comma or full stop the words open what follows
    ("…, the Ambassador at the Velchian Embassy conveyed …": the subject of the next clause), read as before."""
    sentence = ("Mrs. Dana Colt of Velchia met Piet Harven, the Ambassador at the Velchian Embassy conveyed the "
                "greetings of President Arno Vell.")
    assert_statements("President Ilsa Marrow of Norland held a reception.\n\n" + sentence + "\n", [])
