"""Statements found by helper h694 (known errors of the labelled sets, stop 48): general patterns the engine still got
wrong in the lowest-scoring sets.

Each test is a small invented readout (invented people and countries); each rule's test fails without it, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_names_paired_by_respectively_with_a_two_word_country():
    """"to Ostrelian and United Quinvar ambassadors, A and B respectively": a country of two words ("United States",
    "New Zealand") pairs as one of one word does, so "The Ostrelian diplomat said also that …" is A's (before, the
    pairing was not read and the sentence was nobody's)."""
    assert_statements((
        "The President of the Republic, Edric Pollhammer, granted separate audiences Thursday to Ostrelian and United "
        "Quinvar ambassadors, Ilonka Verdaschke and Timofej Aaskelund respectively in the Presidential Palace.\n\n"
        "Speaking to journalists after the meeting, Ambassador Ilonka Verdaschke acknowledged the deep links between "
        "the two countries.\n\n"
        "The Ostrelian diplomat said also that her country regarded Varnmoor as its gateway to the south."
    ), [
        ("Ilonka Verdaschke", "indirect", "Speaking to journalists after the meeting, Ambassador Ilonka Verdaschke "
                                          "acknowledged the deep links between the two countries."),
        ("Ilonka Verdaschke", "indirect", "The Ostrelian diplomat said also that her country regarded Varnmoor as its "
                                          "gateway to the south."),
    ])


def test_doubled_apostrophes_are_one_double_mark():
    """''…'' (two apostrophes for each double mark, a typewriter's or an old web page's way): the quotation is the
    Secretary General's, its tag "the Secretary General declared …" no statement of its own, and a term quoted so
    after "recognised … as" no one's words (before, the second apostrophe of the closing pair was left before the
    tag, which was read as a statement, and the quoted term was given to the man named before it)."""
    assert_statements((
        "Secretary General Halvard Ostby met Marcel Dunaire, President of the Tarrow Commission, on 19 October. The "
        "meeting followed the Memorandum of Understanding of May 2007, which recognised the Council as ''the "
        "benchmark for human rights in the region.''\n\n"
        "''The Tarrow Commission is our closest partner,'' the Secretary General declared after the meeting. The "
        "President confirmed the Commission's wish to deepen the partnership."
    ), [
        ("Halvard Ostby", "direct", "The Tarrow Commission is our closest partner,"),
        ("Marcel Dunaire", "indirect", "The President confirmed the Commission's wish to deepen the partnership."),
    ])


def test_a_closing_mark_typed_twice_closes_once():
    """"“…,”” X said": the second closing mark has nothing open; it closes the quotation with the first, so the tag
    after the pair gives the words to X (before, the second mark opened a quotation of its own over the tag)."""
    assert_statements((
        "Foreign Minister Ivo Marrek met Defence Minister Sergei Lavrin in Tarvik on 12 March.\n\n"
        "“We will not stop until the work is done,”” Marrek said."
    ), [
        ("Ivo Marrek", "direct", "We will not stop until the work is done,"),
    ])


def test_a_long_office_read_back_past_of_its_body():
    """"Chair of the Committee on Foreign Affairs of the Sejm of Varnia X met …": a phrase read back from the verb
    that starts right after "of" ("the Sejm of Varnia X") may be the tail of a longer office; read wider, the office
    is X's, so "The Chair said …" is hers and "In her opinion, …" carries on her words (before, the short window read
    only "the Sejm of Varnia X", no office: the Chair was no one and her opinion went to the Ambassador)."""
    assert_statements((
        "Chair of the Committee on Foreign Affairs of the Sejm of Varnia Bozenna Wierzchowska met Ambassador of "
        "Ostria Jean-Baptiste Morel-Dauvigne on 5 May.\n\n"
        "The Chair said that the Committee fully supported the register of shadow fleet vessels.\n\n"
        "In her opinion, parliaments of the region should hold a joint hearing on undersea cables.\n\n"
        "The Ambassador informed the Chair that the presidency would host a conference in September."
    ), [
        ("Bozenna Wierzchowska", "indirect", "The Chair said that the Committee fully supported the register of "
                                             "shadow fleet vessels."),
        ("Bozenna Wierzchowska", "indirect", "In her opinion, parliaments of the region should hold a joint hearing "
                                             "on undersea cables."),
        ("Jean-Baptiste Morel-Dauvigne", "indirect", "The Ambassador informed the Chair that the presidency would "
                                                     "host a conference in September."),
    ])
