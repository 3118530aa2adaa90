"""Statements found by helper h667's set fourhundredninetyseventh (Guyana: the Department of Public Information's and
the Ministry of Foreign Affairs' releases): "X during his intervention stated …" (a delegate's turn to speak between the
subject and the verb); "X, <a body he speaks for>, thanked …" (a delegation, chamber or firm set off after the name
with no office).

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_during_his_intervention_between_subject_and_verb():
    """"Minister X during his intervention stated that …": when he spoke, with no commas, as "during the meeting";
    before, no statement."""
    assert_statements(
        "Foreign Minister Ilan Varo took part in the Ministers' Meeting of the Lakeland Forum in Norvik.\n\n"
        "Minister Varo during his intervention stated that his Government is putting the rule of law first.",
        [("Ilan Varo", "indirect", "Minister Varo during his intervention stated that his Government is putting the "
                                   "rule of law first.")],
    )


def test_body_set_off_after_a_full_name_is_his():
    """"Tom Keller, Kastravian trade delegation, thanked …": the body he speaks for, set off by commas with no office,
    as "Tom Keller, head of the Kastravian trade delegation, thanked …"; before, no statement."""
    assert_statements(
        "A trade mission from Kastravia met Foreign Secretary Ada Lorn in Norvik.\n\n"
        "Tom Keller, Kastravian trade delegation, thanked Foreign Secretary Lorn for the meeting and informed that the "
        "firms are keen to invest.",
        [("Tom Keller", "indirect", "Tom Keller, Kastravian trade delegation, thanked Foreign Secretary Lorn for the "
                                    "meeting and informed that the firms are keen to invest.")],
    )


def test_a_list_of_bodies_is_no_person():
    """Guard: "Officials of the Ministry, the Norvik Chamber and the Kastravian trade delegation, discussed …": bodies
    listed, a group; no statement."""
    assert_statements(
        "A trade mission from Kastravia met Foreign Secretary Ada Lorn in Norvik.\n\n"
        "Officials of the Ministry, the Norvik Chamber and the Kastravian trade delegation, discussed new investments.",
        [],
    )
