"""Helper h1097 (eighthundredthirtyfourth, the Head of Bashkortostan as Bashinform's English service and agencies print
him): translations' forms of reported speech. "has positively estimated X" is an assessment voiced, as "positively
assessed"; "This was stated today by X" names the sentence before as X's, a day word before "by"; "In opinion of X …"
with no article is X's view, as "In the opinion of X"; "As X reported, …" opening a sentence is X's report, as "As X
said, …"; "…, Kazinform cites the website of X" is the outlet's credit, no one's words."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_positively_estimated_is_an_assessment_voiced():
    body = (
        "On May 3 Governor Arvel Tomsk received the chairman of the Kestra Assembly Bran Olo in the House of Republic.\n\n"
        "Governor Tomsk has positively estimated the prospects of interaction between the two regions."
    )
    assert_statements(body, [
        ("Arvel Tomsk", "indirect",
         "Governor Tomsk has positively estimated the prospects of interaction between the two regions."),
    ])


def test_estimated_with_no_adverb_of_approval_stays_narrative():
    # guard: "estimated the damage", "an estimated 5 million": no judgement voiced
    body = (
        "On May 3 Governor Arvel Tomsk received the chairman of the Kestra Assembly Bran Olo in the House of Republic.\n\n"
        "Governor Tomsk estimated the damage to the bridge. An estimated 5 million people live in the region.\n\n"
        "“We are good partners,” Governor Tomsk said."
    )
    assert_statements(body, [
        ("Arvel Tomsk", "direct", "We are good partners,"),
    ])


def test_this_was_stated_today_by_names_the_sentence_before():
    body = (
        "In the first half of last year, a high base of common trade between Ollia and Kestra was provided. This was "
        "stated today by Prime Minister Arvel Tomsk at a meeting with the head of the republic Bran Olo."
    )
    assert_statements(body, [
        ("Arvel Tomsk", "indirect",
         "In the first half of last year, a high base of common trade between Ollia and Kestra was provided."),
    ])


def test_a_day_word_with_no_back_reference_names_no_one():
    # guard: "was signed today by" a thing's passive, no "This was stated": the sentence before stays no one's
    body = (
        "In the first half of last year, a high base of common trade between Ollia and Kestra was provided. The "
        "protocol was signed today by Prime Minister Arvel Tomsk at a meeting with the head of the republic Bran Olo.\n\n"
        "“Trade will grow,” Prime Minister Tomsk said."
    )
    assert_statements(body, [
        ("Arvel Tomsk", "direct", "Trade will grow,"),
    ])


def test_in_opinion_of_with_no_article_is_the_holders_view():
    body = (
        "Governor Arvel Tomsk and the Governor of Kestra region Bran Olo signed the protocol.\n\n"
        "In opinion of Bran Olo the economies of the two regions have much in common."
    )
    assert_statements(body, [
        ("Bran Olo", "indirect", "In opinion of Bran Olo the economies of the two regions have much in common."),
    ])


def test_in_view_of_with_no_article_is_a_cause():
    # guard: "In view of X" (because of it) names no holder of a view
    body = (
        "Governor Arvel Tomsk and the Governor of Kestra region Bran Olo signed the protocol.\n\n"
        "In view of Bran Olo's visit the economies of the two regions were discussed.\n\n"
        "“We have much in common,” Bran Olo said."
    )
    assert_statements(body, [
        ("Bran Olo", "direct", "We have much in common,"),
    ])


def test_as_x_reported_opening_a_sentence_is_xs_report():
    body = (
        "Governor Arvel Tomsk met the chairman of the Kestra Assembly Bran Olo in the House of Republic.\n\n"
        "As Bran Olo reported, at present about 50 thousand Ollians live in Kestra region."
    )
    assert_statements(body, [
        ("Bran Olo", "indirect", "As Bran Olo reported, at present about 50 thousand Ollians live in Kestra region."),
    ])


def test_as_x_reported_with_its_own_comma_before_the_verb_stays_narrative():
    # guard: "As the figures, which Bran Olo reported, show …": no "As X reported," opening the sentence
    body = (
        "Governor Arvel Tomsk met the chairman of the Kestra Assembly Bran Olo in the House of Republic.\n\n"
        "As the figures, which Bran Olo reported, show, trade grew.\n\n"
        "“Trade grew,” Bran Olo said."
    )
    assert_statements(body, [
        ("Bran Olo", "direct", "Trade grew,"),
    ])


def test_an_outlet_citing_its_source_credits_the_sentence_to_no_one():
    body = (
        "Head of the Republic of Ollia Bran Olo has held a meeting with Prime Minister of Kestra Arvel Tomsk, Kazinform "
        "cites the website of the Kestra PM.\n\n"
        "The Kestra PM noted the huge potential for greater cooperation between Kestra and Ollia."
    )
    assert_statements(body, [
        ("Arvel Tomsk", "indirect",
         "The Kestra PM noted the huge potential for greater cooperation between Kestra and Ollia."),
    ])


def test_a_person_citing_figures_after_the_comma_keeps_the_sentence():
    # guard: a person's name after the comma and figures cited, no outlet's source noun: his statement
    body = (
        "Prime Minister of Kestra Arvel Tomsk has held a meeting with Head of the Republic of Ollia Bran Olo.\n\n"
        "Trade between the two countries grew by a fifth, Olo cited the figures of the statistics office."
    )
    assert_statements(body, [
        ("Bran Olo", "indirect",
         "Trade between the two countries grew by a fifth, Olo cited the figures of the statistics office."),
    ])
