"""Helper h1029 (KE60, KE57's M6 and E3 groups re-sorted at main 33254f0c): a second speaker in an "as" clause right
after a quotation's attribution clause ("“…,” said Dr X as Mr Y utilised the opportunity to invite …") is read for
its own speaker, as ", before/while the Prime Minister …" was; and "utilised/utilized the opportunity to <speak>" is
an occasion used to speak, as "took/used the opportunity to"."""

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
