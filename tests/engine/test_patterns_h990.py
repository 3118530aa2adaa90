"""Helper h990 (sevenhundredfiftyfirst, the Governor of Arizona as outlets print him or her): a US newsroom's "per X"
closing a sentence ("Six months later, the governor is seeking the same solutions, per Slater.") names its source, as
"…, according to X." does: the sentence is X's indirect statement; a full name after an office the phrases do not
read, after a quotation ("“…,” Ducey’s spokseperson CJ Karamargin said."), is the speaker; an embedded post with its
credit line ("— Name (@handle) September 1, 2022") is its author's direct statement."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_per_a_named_source_closing_the_sentence_is_the_sources():
    body = (
        "Governor Tamsin Orlee met with Secretary Bram Kessly in Velmara on Wednesday.\n\n"
        "“The governor raised the need for more help at the border,” spokesman Ivo Marlet said.\n\n"
        "Six months later, Orlee is seeking the same solutions, per Marlet.\n"
    )
    assert_statements(body, [
        ("Ivo Marlet", "direct", "The governor raised the need for more help at the border"),
        ("Ivo Marlet", "indirect", "Six months later, Orlee is seeking the same solutions, per Marlet."),
    ])


def test_per_before_no_person_or_mid_sentence_names_no_source():
    # guard: "per Article 5 of …" (no person), "per cent", and a "per" source with the sentence going on after it
    body = (
        "Governor Tamsin Orlee met with Secretary Bram Kessly in Velmara on Wednesday.\n\n"
        "Trade grew by 5 per cent last year, per Article 5 of the trade pact.\n\n"
        "The talks, per Kessly, will go on in March, and the ports will stay open.\n"
    )
    assert_statements(body, [])


def test_a_speaker_before_per_keeps_the_statement():
    # guard: "X stressed …, per Y." stays X's, as "…, according to Y." does (styles42)
    body = (
        "Governor Tamsin Orlee met with Secretary Bram Kessly and her spokesman Ivo Marlet on Wednesday.\n\n"
        "Orlee stressed the need for more help from the federal government, per Marlet.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Orlee stressed the need for more help from the federal government, per Marlet."),
    ])


def test_a_full_name_after_an_office_the_phrases_do_not_read_speaks_the_quotation():
    # "“…,” Ducey’s spokseperson CJ Karamargin said." (a slip) and "communications director X said" (a newsroom's
    # compound office): the full name before the verb is the speaker, not the owner named before the office
    body = (
        "Governor Tamsin Orlee is in Ostria for three days.\n\n"
        "“Governor Orlee has built a strong relationship with Ostria,” Orlee’s spokseperson Ivo Marlet said.\n\n"
        "“We want to expand it,” communications director Ana Belsk said.\n"
    )
    assert_statements(body, [
        ("Ivo Marlet", "direct", "Governor Orlee has built a strong relationship with Ostria"),
        ("Ana Belsk", "direct", "We want to expand it"),
    ])


def test_a_known_office_and_an_owner_alone_are_read_as_before():
    # guard: "Orlee’s spokesperson X said" (an office the phrases read) and "“…,” Orlee said." unchanged
    body = (
        "Governor Tamsin Orlee is in Ostria for three days.\n\n"
        "“We want to expand it,” Orlee said.\n\n"
        "“We are ready,” Orlee’s spokesperson Ivo Marlet said.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "direct", "We want to expand it"),
        ("Ivo Marlet", "direct", "We are ready"),
    ])


def test_an_embedded_post_is_its_credited_authors():
    body = (
        "Governor Tamsin Orlee met with Ostrian President Lira Vandel on Thursday.\n\n"
        "A pleasure to sit down with #Velmara Governor & friend of Ostria @TamsinOrlee. The future looks bright for "
        "our work together. pic.twitter.com/AbC123xyz\n\n"
        "— Lira Vandel (@liravandel) September 1, 2022\n\n"
        "“We stand with Ostria,” Orlee said.\n"
    )
    assert_statements(body, [
        ("Lira Vandel", "direct", "A pleasure to sit down with #Velmara Governor & friend of Ostria @TamsinOrlee. "
                                  "The future looks bright for our work together."),
        ("Tamsin Orlee", "direct", "We stand with Ostria"),
    ])


def test_a_dash_line_with_no_handle_and_date_credits_nothing():
    # guard: a dash paragraph that is no post's credit line ("— Lira Vandel, in Ostria") gives the paragraph above
    # to no one
    body = (
        "Governor Tamsin Orlee met with Ostrian President Lira Vandel on Thursday.\n\n"
        "The future looks bright for the two regions.\n\n"
        "— Lira Vandel, in Ostria\n\n"
        "“We stand with Ostria,” Orlee said.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "direct", "We stand with Ostria"),
    ])
