"""Statements found by helper h828's mends of sixhundredtwentieth (UNDP's meetings as UNDP, the hosts and the papers
tell them): "showed his appreciation of …" a feeling voiced, as "showed his appreciation for …"; "spoke on giving more
emphasis to …" a topic after "on" that is a doing; "was particularly grateful to …" gratitude stated, as "was grateful"; a doubled single mark (‘’) opening the
quotation resumed after its attribution begins a sentence, so the words are the same speaker's; a body's "It said that
during …, X has offered …" is what the body said of X, as after a person's "said that" and a fronted adverbial.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_showed_his_appreciation_of_is_a_feeling_voiced():
    """"During the meeting, Varrow showed his appreciation of the close cooperation …": before, no statement, and the
    "…, he said." after it went to the other man named last."""
    assert_statements((
        "Administrator Tomas Varrow met Ambassador Ilan Keshet, Permanent Representative of Dravenia, on 7 April.\n\n"
        "During the meeting, Varrow showed his appreciation of the close cooperation between Dravenia and the agency.\n\n"
        "Countries should keep their focus on development, he said."
    ), [
        ("Tomas Varrow", "indirect",
         "During the meeting, Varrow showed his appreciation of the close cooperation between Dravenia and the agency."),
        ("Tomas Varrow", "indirect", "Countries should keep their focus on development, he said."),
    ])


def test_showed_readiness_of_is_still_no_statement():
    """Guard: "of" only after appreciation or gratitude: "The survey showed readiness of the farmers …" is a finding."""
    assert_statements((
        "Minister Ana Voles received the agency's delegation.\n\n"
        "The survey showed readiness of the farmers to adopt the new seeds."
    ), [])


def test_spoke_on_a_doing_with_its_object_is_his_topic():
    """"The President also spoke on giving more emphasis to project monitoring …": a topic, as "spoke on the
    importance of …"."""
    assert_statements((
        "President Aren Mollis met the agency's regional director, Ms Lida Sorn.\n\n"
        "The President also spoke on giving more emphasis to project monitoring in the islands."
    ), [
        ("Aren Mollis", "indirect",
         "The President also spoke on giving more emphasis to project monitoring in the islands."),
    ])


def test_spoke_on_arriving_is_still_a_time():
    """Guard: "spoke on arriving at the airport": when he spoke, no topic after "on"."""
    assert_statements((
        "Ms Lida Sorn arrived in Varnholm on Monday.\n\n"
        "Ms Sorn spoke on arriving at the airport."
    ), [])


def test_was_particularly_grateful_is_gratitude_stated():
    """"She was particularly grateful to the agency for …": a degree adverb before "grateful", as "was deeply
    grateful"."""
    assert_statements((
        "Minister Ana Voles received the agency's new representative, Ms Lida Sorn.\n\n"
        "On her part, Minister Voles commended the agency for its work in Dravenia.\n\n"
        "She was particularly grateful to the agency for its support to the flood response."
    ), [
        ("Ana Voles", "indirect", "On her part, Minister Voles commended the agency for its work in Dravenia."),
        ("Ana Voles", "indirect", "She was particularly grateful to the agency for its support to the flood response."),
    ])


def test_a_doubled_single_mark_resuming_a_quotation_opens_its_sentence():
    """"‘’…’’, Lida Sorn said. ‘’So we will …’’": the second quotation, opened with two single marks for one double
    mark, starts a sentence of its own after the attribution; before, it ran into the attribution's sentence and went
    to no one."""
    assert_statements((
        "President Aren Mollis received the new representative, Ms Lida Sorn, at the palace.\n\n"
        "‘’Justice reform is one of the key examples of our work’’, Lida Sorn said. "
        "‘’So, there are many areas where we have been present. So we will continue that’’."
    ), [
        ("Lida Sorn", "direct", "Justice reform is one of the key examples of our work"),
        ("Lida Sorn", "direct", "So, there are many areas where we have been present. So we will continue that"),
    ])


def test_a_bodys_that_clause_with_a_fronted_adverbial_is_no_ones():
    """"It said that during his tenure at the agency, Varrow has offered his support …" after "The agency said in a
    statement that …": what the body said of him; before, "Varrow has offered …" was his statement."""
    assert_statements((
        "Tomas Varrow presented his credentials to Minister Ana Voles.\n\n"
        "The agency said in a statement that Varrow is a development professional.\n\n"
        "It said that during his tenure at the agency, Tomas Varrow has offered his support to governments.\n\n"
        "The ministry said that in 2020, Tomas Varrow offered his support to the flood response."
    ), [])


def test_a_persons_that_clause_with_a_fronted_adverbial_stays_hers():
    """Guard: "Minister Voles said that during his tenure …, Varrow has offered …": her statement, whole."""
    assert_statements((
        "Tomas Varrow presented his credentials to Minister Ana Voles.\n\n"
        "Minister Ana Voles said that during his tenure at the agency, Tomas Varrow has offered his support to governments."
    ), [
        ("Ana Voles", "indirect",
         "Minister Ana Voles said that during his tenure at the agency, Tomas Varrow has offered his support to governments."),
    ])
