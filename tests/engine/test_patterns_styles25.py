"""Readings of the twenty-fifth styles set (South and Southeast Asian presidents' and prime ministers' press offices):
a participle clause "Quoting the premier," before a Press Secretary's name, and "“…,” the press secretary quoted the
Prime Minister as telling the envoy." (styles25 bhatiyal_pmo_tarnovel_envoy).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL = "Outgoing Morvenian Ambassador Ms. Ilka Tornqvist today called on Prime Minister Sabrina Ruhulla at her office.\n\n"
RECALLED = "The premier also recalled her visit to Morvenia in 2018."


def test_the_object_of_an_opening_participle_is_no_office_of_the_subject():
    """"Quoting the premier, PM's Press Secretary X said …" (styles25 bhatiyal_pmo_tarnovel_envoy): "the premier" is
    what the participle governs, not an office of the Press Secretary chained before his name; a later "The premier"
    is the Prime Minister."""
    quoting = "Quoting the premier, PM's Press Secretary Arif Hasnat Molla said the country wants Morvenian investment."
    body = CALL + quoting + "\n\n" + RECALLED + "\n"
    assert_statements(body, [("Arif Hasnat Molla", "indirect", quoting),
                             ("Sabrina Ruhulla", "indirect", RECALLED)])


def test_a_chained_office_before_a_name_stays_his():
    """The guard: "Prime Minister of Varnesh, Chairman of the Planning Board X said …": offices joined by a comma
    from the sentence's start are his (fifteenth styles korystan_akorda), and a later "The Chairman" is he."""
    said = "Prime Minister of Varnesh, Chairman of the Planning Board Jalal Uddin Sarkar said the plan is ready."
    then = "The Chairman also thanked the board for its work."
    body = said + "\n\n" + then + "\n"
    assert_statements(body, [("Jalal Uddin Sarkar", "indirect", said), ("Jalal Uddin Sarkar", "indirect", then)])


def test_quoted_as_telling_gives_the_words_to_the_one_quoted():
    """"“…,” the press secretary quoted the Prime Minister as telling the envoy." (styles25 bhatiyal_pmo_tarnovel_envoy):
    as "quoted … as saying", the words are the Prime Minister's, not the press secretary's."""
    body = (CALL + "Press Secretary Arif Hasnat Molla was also present at the meeting.\n\n"
            "\"We want partners, not donors,\" the press secretary quoted the Prime Minister as telling the envoy.\n")
    assert_statements(body, [("Sabrina Ruhulla", "direct", "We want partners, not donors")])


def test_quoted_without_as_telling_stays_the_quoters():
    """The guard: "“…,” the press secretary quoted the Prime Minister's remarks to the envoy." (no "as saying" or "as
    telling"): the one who quotes speaks, as before."""
    body = (CALL + "Press Secretary Arif Hasnat Molla was also present at the meeting.\n\n"
            "\"We want partners, not donors,\" the press secretary told reporters.\n")
    assert_statements(body, [("Arif Hasnat Molla", "direct", "We want partners, not donors")])


VOWED = ("President Teodorico B. Lacandula on Tuesday vowed to deepen maritime cooperation with Ulvsand as he received "
         "its Foreign Minister at Dagatlawa Palace.")


def test_a_press_office_dateline_in_capitals_is_in_no_statement():
    """"MAHARAN CITY — President X on Tuesday vowed …" (styles25 pandayan_pnd_courtesy_call_drovmark_fm and the other
    Pandayan releases): a place in capitals and a long dash, with no date or agency, open the paragraph; the statement
    starts at the President."""
    assert_statements("SAN ISAURO CITY — " + VOWED + "\n", [("Teodorico B. Lacandula", "indirect", VOWED)])
    assert_statements("MABUNDOK — " + VOWED + "\n", [("Teodorico B. Lacandula", "indirect", VOWED)])


def test_a_short_acronym_before_a_long_dash_is_no_dateline():
    """The guard: "EU — President X …" (one capitalised word of fewer than six letters: an acronym, maybe a body's):
    not cut as a dateline; the sentence stays whole (as before)."""
    assert_statements("ULVA — " + VOWED + "\n", [("Teodorico B. Lacandula", "indirect", "ULVA — " + VOWED)])
