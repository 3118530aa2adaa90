"""Helper h1029 (KE60, KE57's M6 and E3 groups re-sorted at main 33254f0c): a second speaker in an "as" clause right
after a quotation's attribution clause ("“…,” said Dr X as Mr Y utilised the opportunity to invite …") is read for
its own speaker, as ", before/while the Prime Minister …" was; and "utilised/utilized the opportunity to <speak>" is
an occasion used to speak, as "took/used the opportunity to"; and a tribute paid right after flowers or a wreath laid
at a coffin, grave or memorial ("laid flowers at the coffin and paid tribute to the singer") is the rite, no statement."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_as_clause_after_the_tag_is_the_named_subjects():
    body = (
        "Governor Orvin Tessary of Lanmark met Ambassador Hedda Volquist of Brenmark in Tallow on Friday.\n\n"
        "\"Brenmark has stood by us in good times and in bad,\" said Ambassador Volquist as Mr Tessary utilised the "
        "opportunity to invite the Brenmark President to visit the province."
    )
    assert_statements(body, [
        ("Hedda Volquist", "direct", "Brenmark has stood by us in good times and in bad,"),
        ("Orvin Tessary", "indirect",
         "Mr Tessary utilised the opportunity to invite the Brenmark President to visit the province."),
    ])


def test_utilised_the_opportunity_to_speak_alone():
    body = (
        "Governor Orvin Tessary of Lanmark met Ambassador Hedda Volquist of Brenmark in Tallow on Friday.\n\n"
        "Mr Tessary utilized the opportunity to brief the Ambassador on the new port at Kellin."
    )
    assert_statements(body, [
        ("Orvin Tessary", "indirect", "Mr Tessary utilized the opportunity to brief the Ambassador on the new port at "
                                      "Kellin."),
    ])


def test_guard_an_as_clause_of_an_act_or_of_the_speaker_himself_is_no_statement():
    body = (
        "Governor Orvin Tessary of Lanmark met Ambassador Hedda Volquist of Brenmark in Tallow on Friday.\n\n"
        "\"Brenmark has stood by us in good times and in bad,\" said Ambassador Volquist as Mr Tessary looked on.\n\n"
        "\"We will be back in spring,\" said Ambassador Volquist as she left the hall.\n\n"
        "The province utilised the funds to build a school."
    )
    assert_statements(body, [
        ("Hedda Volquist", "direct", "Brenmark has stood by us in good times and in bad,"),
        ("Hedda Volquist", "direct", "We will be back in spring,"),
    ])


def test_a_tribute_paid_after_flowers_laid_at_the_coffin_is_the_rite():
    body = (
        "President Alvar Keskin of Tormund arrived at the concert hall on Tuesday.\n\n"
        "Alvar Keskin laid flowers at the coffin and paid tribute to the famous singer.\n\n"
        "He laid a wreath at the Tomb of the Unknown Soldier and paid tribute to the fallen."
    )
    assert_statements(body, [])


def test_guard_a_tribute_paid_alone_or_with_words_told_still_speaks():
    body = (
        "President Alvar Keskin of Tormund arrived at the concert hall on Tuesday.\n\n"
        "Alvar Keskin paid tribute to the famous singer.\n\n"
        "He laid a wreath at the Tomb of the Unknown Soldier and paid tribute to the fallen, saying that Tormund would "
        "never forget them."
    )
    assert_statements(body, [
        ("Alvar Keskin", "indirect", "Alvar Keskin paid tribute to the famous singer."),
        ("Alvar Keskin", "indirect", "He laid a wreath at the Tomb of the Unknown Soldier and paid tribute to the fallen, "
                                     "saying that Tormund would never forget them."),
    ])
