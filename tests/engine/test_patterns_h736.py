"""Statements found by helper h736's set fivehundredfiftysecond (China's missions in the UK, their own English reports of
their envoys' meetings): "H.E. Mme. X" (French "Madame" shortened), "introduced national conditions of X", a sentence a
page broke over two paragraphs.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_mme_is_a_style_not_a_sentence_end():
    """"H.E. Mme. X expressed …": "Mme." is French "Madame" shortened, a style before the name, not a full stop (before,
    the sentence was cut after "Mme." and the statement began at the name)."""
    assert_statements((
        "Ambassador Orla Venn-Tashby held a reception for the Quessanian community in Belmarch on 12 May.\n\n"
        "In her speech, H.E. Mme. Orla Venn-Tashby expressed her thanks for the community's support to the embassy.\n\n"
        "H.E. Mme. Venn-Tashby also thanked the guests for coming."
    ), [
        ("Orla Venn-Tashby", "indirect", "In her speech, H.E. Mme. Orla Venn-Tashby expressed her thanks for the "
                                         "community's support to the embassy."),
        ("Orla Venn-Tashby", "indirect", "H.E. Mme. Venn-Tashby also thanked the guests for coming."),
    ])


def test_introduced_national_conditions_is_an_account():
    """"X introduced national conditions of Quessany and …": a country's national conditions, an account given, with
    no article before them too (before, only "introduced the situation …", "introduced his position …" were)."""
    assert_statements((
        "On 3 June, Ambassador Corwin Ashgrove-Teel attended a forum of young politicians at Harlow Court.\n\n"
        "Corwin Ashgrove-Teel introduced national conditions of Quessany and the reform plan of its government."
    ), [
        ("Corwin Ashgrove-Teel", "indirect", "Corwin Ashgrove-Teel introduced national conditions of Quessany and the "
                                             "reform plan of its government."),
    ])


def test_introduced_restrictions_stays_narrative():
    """Guard: "introduced new restrictions on …", "introduced new conditions of entry": measures taken, not accounts."""
    assert_statements((
        "Minister Idris Vallow-Kent introduced new restrictions on fishing in the bay.\n\n"
        "The Minister also introduced new conditions of entry for seasonal workers."
    ), [])


def test_a_sentence_broken_over_two_paragraphs_goes_on():
    """"X expressed thanks … on the second" / "day of his arrival, believing that …": a page broke the sentence over two
    paragraphs; the lower-case paragraph after a paragraph that ended on a word with X's statement is the rest of it
    (before, it was no one's)."""
    assert_statements((
        "On 1 March, Ambassador Tobin Harrowgate presented the copy of his credentials to the director of protocol.\n\n"
        "Ambassador Harrowgate expressed thanks to the director for the presentation on the second\n\n"
        "day of his arrival, believing that it shows the importance the government attaches to the relationship."
    ), [
        ("Tobin Harrowgate", "indirect", "Ambassador Harrowgate expressed thanks to the director for the presentation "
                                         "on the second"),
        ("Tobin Harrowgate", "indirect", "day of his arrival, believing that it shows the importance the government "
                                         "attaches to the relationship."),
    ])


def test_a_lower_case_paragraph_after_a_full_stop_is_not_carried():
    """Guard: a paragraph that opens in lower case after one that ended with a full stop is not the rest of it."""
    assert_statements((
        "Ambassador Tobin Harrowgate expressed thanks to the director for the presentation.\n\n"
        "e-visas will be issued from next month at the embassy's office."
    ), [
        ("Tobin Harrowgate", "indirect", "Ambassador Tobin Harrowgate expressed thanks to the director for the presentation."),
    ])


def test_mr_and_mrs_names_the_husband():
    """"met with Mr and Mrs Oswin Tarrant, MP for Hollin" then "Mr. Tarrant said …" / "He invited …": the couple's style
    names the husband, so "Mrs" makes no woman of him and "He" is still his (before, "He" went to the deputy named in
    between)."""
    assert_statements((
        "Consul General Dr. Wen Halloway met at his residence with Mr and Mrs Oswin Tarrant, MP for Hollin, on 24 "
        "November. Deputy Consul General Pell Yarrow attended the meeting.\n\n"
        "Dr. Halloway stated that relations had developed well in recent years.\n\n"
        "Mr. Tarrant said that the visit gave a strong boost to the relations. He invited Consul General Halloway to "
        "visit Hollin."
    ), [
        ("Wen Halloway", "indirect", "Dr. Halloway stated that relations had developed well in recent years."),
        ("Oswin Tarrant", "indirect", "Mr. Tarrant said that the visit gave a strong boost to the relations."),
        ("Oswin Tarrant", "indirect", "He invited Consul General Halloway to visit Hollin."),
    ])


def test_a_name_in_a_since_clause_does_not_stop_the_report():
    """"Dr. X stated that … . Exchanges … have been growing since President Y visited Quessany …": whom the "since"
    clause after a present perfect names is spoken of, so the sentence carries the report on (before, the name stopped
    it)."""
    assert_statements((
        "Consul General Dr. Wen Halloway met with Mr Oswin Tarrant, MP for Hollin, on 24 November.\n\n"
        "Dr. Halloway stated that relations had developed well in recent years. Exchanges between the two regions have "
        "been growing in full swing since President Aldo Brennick visited Quessany last spring."
    ), [
        ("Wen Halloway", "indirect", "Dr. Halloway stated that relations had developed well in recent years."),
        ("Wen Halloway", "indirect", "Exchanges between the two regions have been growing in full swing since President "
                                     "Aldo Brennick visited Quessany last spring."),
    ])


def test_a_count_since_the_speakers_act_stays_narrative():
    """Guard: "This is the sixth package announced … since President X signed …" after X's statement: the narrator's
    count, no present perfect before "since", so the name still stops the report."""
    assert_statements((
        "President Aldo Brennick met with President Ilse Varrow of Quessany in Belmarch.\n\n"
        "President Brennick announced a new package of aid for Quessany. This is the sixth package announced by "
        "Belmarch since President Brennick signed the aid law, showing the pace of the aid."
    ), [
        ("Aldo Brennick", "indirect", "President Brennick announced a new package of aid for Quessany."),
    ])


def test_a_named_sides_willingness_carries_the_report_on():
    """"X thanked …, saying that … . The Harbour Times is willing to maintain a dialogue …": a side's readiness
    stated after her statement, her report carried on, as "must" or "is important" argues (before, the named subject
    stopped it)."""
    assert_statements((
        "On 11 June, Minister Hal Orrin of the Quessanian Embassy visited The Harbour Times and met with its editor, "
        "Maren Tolliver.\n\n"
        "Tolliver thanked Minister Orrin for his briefing, saying that the world is paying more attention to Quessany. "
        "The Harbour Times is willing to maintain a constant dialogue with the embassy."
    ), [
        ("Maren Tolliver", "indirect", "Tolliver thanked Minister Orrin for his briefing, saying that the world is paying "
                                       "more attention to Quessany."),
        ("Maren Tolliver", "indirect", "The Harbour Times is willing to maintain a constant dialogue with the "
                                       "embassy."),
    ])
