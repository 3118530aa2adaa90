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
