"""Statements found by helper h693's set hard58 (constructions earlier helpers found in real pages and left with no set):
"His Majesty the Sultan and President X" (a monarch and a President, two people), a trade fair named in the title, a
minister of fisheries with an honorific before the name, a lower-case office of a body ("The head of the council's
delegation, X,", "the head of the … chamber of commerce, X,") used later as the speaker.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_monarch_and_a_president_are_two_people():
    """"His Majesty the Sultan and President X held talks … and reviewed …": the Sultan and the President, a pair (no
    statement), not one person holding the two offices who then speaks (before, the sentence went to a "Sultan and
    President X")."""
    assert_statements((
        "President Osric Tamberlane of Velloria paid a state visit to the Sultanate of Quraysh on 4 May.\n\n"
        "His Majesty the Sultan and President Tamberlane held talks on 5 May and reviewed the relations between the "
        "two countries.\n\n"
        "President Tamberlane said that Velloria would open an embassy in the capital next year."
    ), [
        ("Osric Tamberlane", "indirect", "President Tamberlane said that Velloria would open an embassy in the capital "
                                         "next year."),
    ])


def test_a_grand_duke_and_a_prime_minister_each_speaking_alone():
    """"His Royal Highness the Grand Duke and Prime Minister X discussed …", then "The Grand Duke said …" and "The
    Prime Minister, for her part, stressed …": two people, each speaking alone (before, one "Grand Duke and Prime
    Minister" took both statements)."""
    assert_statements((
        "His Royal Highness Grand Duke Ottmar of Lisvenne and Prime Minister Sigrun Vallastad of Nordmark met at "
        "Ebersfeld Castle on 2 June.\n\n"
        "His Royal Highness the Grand Duke and Prime Minister Vallastad discussed the joint bid for the winter games.\n\n"
        "The Grand Duke said that Lisvenne would contribute its two ski stadiums.\n\n"
        "The Prime Minister, for her part, stressed that the bid should cost the taxpayers as little as possible."
    ), [
        ("Ottmar", "indirect", "The Grand Duke said that Lisvenne would contribute its two ski stadiums."),
        ("Sigrun Vallastad", "indirect", "The Prime Minister, for her part, stressed that the bid should cost the "
                                         "taxpayers as little as possible."),
    ])


def test_crown_prince_and_prime_minister_stays_one_holder_guard():
    """Guard: "His Royal Highness Prince X, Crown Prince and Prime Minister, …" is one holder of two offices, as
    before."""
    assert_statements((
        "His Royal Highness Prince Faisal bin Hamrad Al Tawil, Crown Prince and Prime Minister, received the Ambassador "
        "of Ostravel on 3 March.\n\n"
        "HRH the Crown Prince and Prime Minister commended the growth of trade between the two countries."
    ), [
        ("Faisal bin Hamrad Al Tawil", "indirect", "HRH the Crown Prince and Prime Minister commended the growth of "
                                                   "trade between the two countries."),
    ])


def test_a_trade_fair_in_the_title_is_no_person():
    """A title's "… opens Kestrish Goods Fair in Dolmere" names a fair, not a Mr Goods Fair whose country's adjective
    took the body's "The Kestrish ambassador to Vonmark, X, said …" (before, the ambassador's office was lost and "The
    ambassador noted …" had no speaker)."""
    assert_statements((
        "The Kestrish ambassador to Vonmark, Halvor Dunstaple, said on Tuesday that trade had doubled in five years. "
        "He was speaking at the opening of the Kestrish Goods Fair in Dolmere.\n\n"
        "The ambassador noted that half of the exhibitors were small family firms."
    ), [
        ("Halvor Dunstaple", "indirect", "The Kestrish ambassador to Vonmark, Halvor Dunstaple, said on Tuesday that "
                                         "trade had doubled in five years."),
        ("Halvor Dunstaple", "indirect", "The ambassador noted that half of the exhibitors were small family firms."),
    ], title="Kestrish ambassador opens Kestrish Goods Fair in Dolmere")


def test_a_minister_of_fisheries_with_an_honorific():
    """"the Minister of Fisheries and Marine Resources, Hon. X,": "Fisheries" and "Marine" are a ministry's portfolios,
    so the office is X's and "The Minister welcomed …" his, not the ministry's officer named last (before, "Fisheries"
    was read as a country and "The Minister" went to the officer)."""
    assert_statements((
        "The high commissioner of Ruvenna, Dame Elspeth Corrigall, called on the Minister of Fisheries and Marine "
        "Resources, Hon. Tomasi Veikune-Hale, on Monday. The Chief Executive Officer of the ministry, Mr. Semiti "
        "Loloatu-Crane, was also present.\n\n"
        "The Minister welcomed the high commissioner and said that illegal fishing had cost the country a fifth of "
        "its tuna catch."
    ), [
        ("Tomasi Veikune-Hale", "indirect", "The Minister welcomed the high commissioner and said that illegal fishing "
                                            "had cost the country a fifth of its tuna catch."),
    ])


def test_the_head_of_a_bodys_delegation():
    """"The head of the council's delegation, X, met …", then "The head of the council's delegation noted …", "It was
    stressed by the head of the delegation that …", "The head of delegation, for her part, offered …": the one office
    of one holder, the body's owner left out of it (before, no holder, and "The head of the council's delegation
    noted …" had no speaker)."""
    assert_statements((
        "A delegation of the Council of the Marrow League visited Tessary on 14 May. The head of the council's "
        "delegation, Ingvelde Ramsworth, met the Speaker of the Tessarian Assembly, Corvo Battista-Lind.\n\n"
        "The head of the council's delegation noted that the preparations for the elections were orderly.\n\n"
        "It was stressed by the head of the delegation that the register of voters should be published early.\n\n"
        "The head of delegation, for her part, offered to fund a training course for polling clerks."
    ), [
        ("Ingvelde Ramsworth", "indirect", "The head of the council's delegation noted that the preparations for the "
                                           "elections were orderly."),
        ("Ingvelde Ramsworth", "indirect", "It was stressed by the head of the delegation that the register of voters "
                                           "should be published early."),
        ("Ingvelde Ramsworth", "indirect", "The head of delegation, for her part, offered to fund a training course for "
                                           "polling clerks."),
    ])


def test_the_head_of_a_chamber_of_commerce():
    """"The head of the Calvish chamber of commerce, X, welcomed …", then "The head of the chamber added …": the
    office of a body in lower case that ends "of commerce" is X's (before, "The head of the chamber" was a speaker of
    its own)."""
    assert_statements((
        "The head of the Calvish chamber of commerce, Idrisa Vellanor-Amis, welcomed the exhibitors on Tuesday and "
        "said that the chamber would open a new desk for foreign firms.\n\n"
        "The head of the chamber added that a second fair was planned for the autumn."
    ), [
        ("Idrisa Vellanor-Amis", "indirect", "The head of the Calvish chamber of commerce, Idrisa Vellanor-Amis, "
                                             "welcomed the exhibitors on Tuesday and said that the chamber would open "
                                             "a new desk for foreign firms."),
        ("Idrisa Vellanor-Amis", "indirect", "The head of the chamber added that a second fair was planned for the "
                                             "autumn."),
    ])


def test_a_plan_called_by_its_name_guard():
    """Guard: "under the government's plan called “Open Roads”" is a plan's name, no quotation of anyone's, as before."""
    assert_statements((
        "The Minister of Infrastructure, Orysia Lendvai, met the President on 3 March.\n\n"
        "The Minister reported that 900 kilometres of roads had been repaired under the government's plan called "
        "“Open Roads”."
    ), [
        ("Orysia Lendvai", "indirect", "The Minister reported that 900 kilometres of roads had been repaired under the "
                                       "government's plan called “Open Roads”."),
    ])


def test_the_chair_of_a_committee_of_a_named_body():
    """"the chair of the foreign affairs committee of the Tessarian Assembly, Deputy X," then "Concern was expressed by
    the committee chair over …": the office of the lower-case committee of a named body is X's, and the passive's
    agent is he (before, "the chair" was no office of a body and the sentence had no speaker)."""
    assert_statements((
        "The head of the League mission, Ingvelde Ramsworth, met the chair of the foreign affairs committee of the "
        "Tessarian Assembly, Deputy Corvo Battista-Lind, in Osmere on 14 May.\n\n"
        "Concern was expressed by the committee chair over the shortage of trained staff in the mountain districts."
    ), [
        ("Corvo Battista-Lind", "indirect", "Concern was expressed by the committee chair over the shortage of trained "
                                            "staff in the mountain districts."),
    ])
