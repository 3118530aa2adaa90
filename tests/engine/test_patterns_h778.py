"""Statements found by helper h778's set fivehundredeightythird (the President of Zanzibar's meetings in Tanzania's
English press): a quotation's speaker named after an office and a comma with no comma closing the name ("“…,” The
Honorary Consul of X in Y, Mr Z said."); a bare office after a meeting's verb, then a comma and a name a style opens
("received Ostrel Ambassador to Velmar, Sheikh Z at the State House"), whom "the Ambassador said" means.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_name_after_an_office_and_a_comma_then_the_verb_speaks():
    """"“…,” The Honorary Consul of Ostrel in Velmar, Mr Tomas Brandt said.": the name, closed by no comma, speaks
    (before, the quotation had no speaker and the tag was read as a statement of its own); with the closing comma,
    as before."""
    assert_statements((
        "CONSULS in Velmar have congratulated President Ivo Marsh on his first hundred days.\n\n"
        "\"His first days in office have been good and convincing,\" The Honorary Consul of Ostrel in Velmar, "
        "Mr Tomas Brandt said.\n\n"
        "\"Trade will grow,\" the Honorary Consul of Ostrel in Velmar, Mr Tomas Brandt, said."
    ), [
        ("Tomas Brandt", "direct", "His first days in office have been good and convincing"),
        ("Tomas Brandt", "direct", "Trade will grow"),
    ])


def test_bare_office_after_received_then_a_styled_name_is_hers():
    """"… received Ostrel Ambassador to Velmar, Sheikh Karim Bin Nadir Al Tamsi at the State House": the office, with no
    article after "received", and the name that "Sheikh" opens are one person's, so "“…,” the Ambassador said" is his
    (before, the President's)."""
    assert_statements((
        "VELMAR President Ivo Marsh on Monday received Ostrel Ambassador to Velmar, Sheikh Karim Bin Nadir Al Tamsi "
        "at the State House here to bid him farewell.\n\n"
        "\"I thank you Mr President for good collaboration,\" the Ambassador said.\n\n"
        "\"We are happy with our relations,\" Marsh said."
    ), [
        ("Karim Bin Nadir Al Tamsi", "direct", "I thank you Mr President for good collaboration"),
        ("Ivo Marsh", "direct", "We are happy with our relations"),
    ])


def test_hyphened_vice_chairman_is_an_office():
    """"the Vice-Chairman of Ostrel Province Mr Tam Wexin … The Province Vice-Chairman thanked …": the hyphened office,
    as "Vice-Chair", is his (before, "Vice-Chairman" was no office, so the thanks were no one's)."""
    assert_statements((
        "The delegation led by the Vice-Chairman of Ostrel Province Mr Tam Wexin expressed the interest when they met "
        "President Ivo Marsh at the State House.\n\n"
        "The Province Vice-Chairman thanked the government and its people for the good reception.\n\n"
        "\"We will find areas to invest in,\" Mr Tam said."
    ), [
        ("Tam Wexin", "indirect", "The Province Vice-Chairman thanked the government and its people for the good "
                                  "reception."),
        ("Tam Wexin", "direct", "We will find areas to invest in"),
    ])


def test_promising_after_a_quotations_tag_goes_on_with_the_report():
    """"“…,” the Ambassador said, promising stronger friendship …": the promise is the speaker's report going on after
    the quotation, as "…, adding that …" is (before, no one's)."""
    assert_statements((
        "President Ivo Marsh received the Ostrel Ambassador, Karim Tamsi, at the State House.\n\n"
        "\"I thank you Mr President,\" the Ambassador said, promising stronger friendship and cooperation in different "
        "fields."
    ), [
        ("Karim Tamsi", "direct", "I thank you Mr President"),
        ("Karim Tamsi", "indirect", "promising stronger friendship and cooperation in different fields."),
    ])
