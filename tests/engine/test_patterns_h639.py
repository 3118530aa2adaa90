"""Patterns found by helper h639's set fourhundredseventyfifth (the Government of Lesotho's releases: gov.ls / LENA, APO
copies): a credentials headline's verbs are no one's name ("King Accepts Credentials from …"); "called the Ambassador
to explore …" is an appeal; "This, he said when …" only tells when what came before was said; "a letter from X …
indicates that …" is the sender's, not the addressee's; "presented … Candidate for the position of …" is an act.

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

KING = (
    "King Aldo IV accepted letters of credence from the Ambassador-Designate of the Republic of Norland.\n\n"
    "Mr. Pel Varro presented these letters at an event held at the Royal Palace, Tarvik, on Thursday.\n\n"
    "In his acceptance speech, the King acknowledged and appreciated the relations existing between the two "
    "countries. He explained that the presence of Mr. Varro is a testament to Norland's commitment."
)


def test_a_credentials_headline_verb_is_no_name():
    """Title "King Accepts Credentials from Norland": "Accepts" is the headline's verb, so no person "Accepts
    Credentials" (the King) takes the body's "the King" from King Aldo IV (before, the two sentences went to him)."""
    assert_statements(KING, [
        ("Aldo IV", "indirect", "In his acceptance speech, the King acknowledged and appreciated the relations "
                                "existing between the two countries."),
        ("Aldo IV", "indirect", "He explained that the presence of Mr. Varro is a testament to Norland's commitment."),
    ], title="King Accepts Credentials from Norland")


def test_a_name_before_a_headline_verb_still_names():
    """Guard: "King Aldo IV Receives Norland Envoy": the name before the verb is still the King's."""
    assert_statements(KING, [
        ("Aldo IV", "indirect", "In his acceptance speech, the King acknowledged and appreciated the relations "
                                "existing between the two countries."),
        ("Aldo IV", "indirect", "He explained that the presence of Mr. Varro is a testament to Norland's commitment."),
    ], title="King Aldo IV Receives Norland Envoy")


def test_called_someone_to_explore_is_an_appeal():
    """"He called the Ambassador to explore various avenues of cooperation …": whom, then an infinitive of seeking
    more together, as "called on … to explore" (before, the sentence was no one's)."""
    body = KING + (
        "\n\nHe called the Ambassador to explore various avenues of cooperation between the two countries. "
        "“Through dialogue, we can achieve peace”, he said."
    )
    assert_statements(body, [
        ("Aldo IV", "indirect", "In his acceptance speech, the King acknowledged and appreciated the relations "
                                "existing between the two countries."),
        ("Aldo IV", "indirect", "He explained that the presence of Mr. Varro is a testament to Norland's commitment."),
        ("Aldo IV", "indirect", "He called the Ambassador to explore various avenues of cooperation between the two "
                                "countries."),
        ("Aldo IV", "direct", "Through dialogue, we can achieve peace"),
    ])


def test_this_he_said_when_only_tells_when():
    """"This, he said when accepting letters of credence …": the words fronted as "This", then only when and where,
    as "He said this when …" (before, the sentence was the King's statement)."""
    body = (
        "His Majesty King Aldo IV says the appointment of Mr. Pel Varro as Ambassador will further strengthen the "
        "relations between the two countries.\n\n"
        "This, he said when accepting letters of credence from Mr. Varro at the Royal Palace on Thursday.\n\n"
        "His Majesty said bonds of cooperation between the two countries are based on shared values."
    )
    assert_statements(body, [
        ("Aldo IV", "indirect", "His Majesty King Aldo IV says the appointment of Mr. Pel Varro as Ambassador will "
                                "further strengthen the relations between the two countries."),
        ("Aldo IV", "indirect", "His Majesty said bonds of cooperation between the two countries are based on shared "
                                "values."),
    ])


def test_this_he_said_with_words_after_stays_a_statement():
    """Guard: "This, he said, is the first step …": "he said" set off inside his words; the sentence is his."""
    body = (
        "King Aldo IV received Mr. Pel Varro at the Royal Palace on Thursday.\n\n"
        "This, he said, is the first step towards a lasting partnership between the two countries."
    )
    assert_statements(body, [
        ("Aldo IV", "indirect", "This, he said, is the first step towards a lasting partnership between the two "
                                "countries."),
    ])


def test_a_letter_from_its_sender_indicates():
    """"Meanwhile, a letter from Mr X, Executive Secretary to the Minister …, Mr Y indicates that …": the letter is
    the clause's subject, its sender says what it says (before, Y, whom it is addressed to, did)."""
    body = (
        "Deputy Prime Minister Ilse Marrow met the Acting Prime Minister of Velor this past weekend.\n\n"
        "Meanwhile, a letter from Mr Oren Balt, Council Executive Secretary to the Minister of Foreign Affairs "
        "Norland, Mr Pel Varro indicates that at a meeting held on March 11 the Council of Ministers considered the "
        "request from Norland."
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "Meanwhile, a letter from Mr Oren Balt, Council Executive Secretary to the Minister "
                                  "of Foreign Affairs Norland, Mr Pel Varro indicates that at a meeting held on March "
                                  "11 the Council of Ministers considered the request from Norland."),
    ])


def test_presenting_a_candidate_for_a_position_is_an_act():
    """"Deputy Prime Minister X presented Norland's candidate for the position of Secretary-General, Mr. Y, …": a
    post sought and a candidate put forward, an act (before, a statement: "position" read as a stance taken)."""
    body = (
        "Deputy Prime Minister Ilse Marrow presented Norland's candidate for the position of Secretary-General, "
        "Mr. Tomas Hale, during her meeting this past weekend.\n\n"
        "The election will be held later this year."
    )
    assert_statements(body, [])


def test_presenting_a_position_is_still_a_statement():
    """Guard: "Minister X presented the position of her government on the reforms": a stance set out, hers."""
    body = (
        "Minister Ilse Marrow met the envoys of Velor in Tarvik.\n\n"
        "Minister Ilse Marrow presented the position of her government on the reforms."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect", "Minister Ilse Marrow presented the position of her government on the reforms."),
    ])


def test_the_one_replying_to_a_letter_still_speaks():
    """Guard: "Replying to a letter from Mr Oren Balt, Minister Pel Varro stressed that …": the letter opens no clause
    as its subject; the minister speaks."""
    body = (
        "Minister Pel Varro met the Council's envoys in Tarvik.\n\n"
        "Replying to a letter from Mr Oren Balt, Minister Pel Varro stressed that the request would be considered soon."
    )
    assert_statements(body, [
        ("Pel Varro", "indirect", "Replying to a letter from Mr Oren Balt, Minister Pel Varro stressed that the request "
                                  "would be considered soon."),
    ])
