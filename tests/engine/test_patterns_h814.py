"""Statements found by helper h814's mends of known errors in labelled sets: a common noun's possessive before an
office after a quotation ("…”, said the region’s Governor."), and an office held for a body of two names sharing one
noun ("Governor of the Eldan and Varsk Region"), and an office written right before an institution's name with
no "of" ("Country Director Northern Investment Bank X"), and an office with lower-case links that opens a sentence
with no article before a comma and a name ("High Commissioner for Kastravia in Varsk, X has called on …").

Each test is a small invented readout (invented people and places); each fails without its rule.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_common_nouns_possessive_before_an_office_is_its_holder():
    """"…”, said the region’s Governor.": the Governor named before (before, no phrase, the quotation no one's)."""
    assert_statements((
        "Talks in Varnholm\n\n"
        "Mira Tosk, Governor of the Eldan Region, met the visitors on Monday.\n\n"
        "“We are glad to host our friends here”, said the region’s Governor."
    ), [
        ("Mira Tosk", "direct", "We are glad to host our friends here"),
    ])


def test_an_office_of_a_body_of_two_names_sharing_a_noun_is_one_office():
    """"Ivo Tarn, Governor of the Eldan and Varsk Region": one office (before, read as two people, Tarn unnamed)."""
    assert_statements((
        "Talks in Varnholm\n\n"
        "The deal was signed by Ivo Tarn, Governor of the Eldan and Varsk Region.\n\n"
        "“It is a good day for both our regions”, said the Governor."
    ), [
        ("Ivo Tarn", "direct", "It is a good day for both our regions"),
    ])


def test_an_office_written_right_before_an_institutions_name_is_what_the_bare_office_means():
    """"Country Director Northern Investment Bank Tomas Reval" … "the Country Director apprised …": the office without the bank's
    name after it (before, its head read as "bank", the later bare office no one's)."""
    assert_statements((
        "Country Director Northern Investment Bank Tomas Reval along with his team called on the Finance Minister Ivo Brenn.\n\n"
        "On the occasion, the Country Director apprised the Finance Minister regarding the work of the bank's team."
    ), [
        ("Tomas Reval", "indirect",
         "On the occasion, the Country Director apprised the Finance Minister regarding the work of the bank's team."),
    ])


def test_an_opening_office_with_its_place_and_no_article_is_the_enclosed_names():
    """"High Commissioner for Kastravia in Varsk, Mira Tosk has called on …" … "… were commended by the Kastravian envoy.":
    her office, though lower-case links stand in it (before, only a run of capitals was read so; the envoy no one)."""
    assert_statements((
        "Talks\n\n"
        "Acting High Commissioner for Kastravia in Varsk, Mira Tosk has called on Defence Secretary Ivo Brenn at "
        "the Defence Ministry on Thursday.\n\n"
        "All efforts undertaken to cripple the smuggling ring were commended by the Kastravian envoy."
    ), [
        ("Mira Tosk", "indirect",
         "All efforts undertaken to cripple the smuggling ring were commended by the Kastravian envoy."),
    ])
