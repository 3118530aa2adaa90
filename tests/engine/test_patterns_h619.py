"""Statements found by helper h619's set hard53 (statements packed into long sentences of protocol and lists):
a second speaker after "while" or "whereas" whose name is set off by a participle aside ("…, while Minister Y,
recalling …, assured him …"), and a quotation followed by the text it is from and who put that text out ("“…,” the
statement by the Minister's office read."; "“…,” read a statement released by the Council."; "“…,” the joint
communiqué read.").

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements

_MEETING = ("The Minister of Foreign Affairs of Norrvale, Ingmund Ravelsby, received the Minister of Trade of Pellamy, "
            "Odile Sauvetaire, in Kressholm on Monday.\n\n")


def test_while_clause_with_participle_aside_after_the_second_speaker():
    """"X said …, while Minister Y, recalling …, assured him …": the participle in the aside is Y's, and the clause
    after "while" is Y's statement (before, "recalling" was read as a second verb of X's, and the whole sentence
    was X's)."""
    assert_statements(_MEETING + (
        "Minister Ravelsby said that Norrvale would open its market to Pellamy cheese, while Minister Sauvetaire, "
        "recalling the trade fair held in Kressholm last year, assured him that her companies would come again."
    ), [
        ("Ingmund Ravelsby", "indirect", "Minister Ravelsby said that Norrvale would open its market to Pellamy cheese"),
        ("Odile Sauvetaire", "indirect", "Minister Sauvetaire, recalling the trade fair held in Kressholm last year, "
                                         "assured him that her companies would come again."),
    ])


def test_whereas_clause_with_participle_aside_after_the_second_speaker():
    """The same with "whereas" and a first speaker whose relative clause holds a speech verb of his own."""
    assert_statements(_MEETING + (
        "Minister Ravelsby, who thanked his guest for her support, said that the quotas would rise, whereas Minister "
        "Sauvetaire, citing the bad harvest, warned that prices would rise too."
    ), [
        ("Ingmund Ravelsby", "indirect", "Minister Ravelsby, who thanked his guest for her support, said that the "
                                         "quotas would rise"),
        ("Odile Sauvetaire", "indirect", "Minister Sauvetaire, citing the bad harvest, warned that prices would "
                                         "rise too."),
    ])


def test_participle_of_the_only_speaker_stays_his():
    """Guard: a participle after the speaker's own verb ("…, recalling that …") is still his, one statement."""
    assert_statements(_MEETING + (
        "Minister Ravelsby welcomed his guest, recalling that the two ministries had signed a protocol in 2019."
    ), [
        ("Ingmund Ravelsby", "indirect", "Minister Ravelsby welcomed his guest, recalling that the two ministries had "
                                         "signed a protocol in 2019."),
    ])


_CALL = ("The Minister of Foreign Affairs of Halmora, Signe Vaarholt-Lind, spoke by telephone with the "
         "Secretary-General of the Eastern Rivers Council, Paulin Desgranges. The Minister's adviser, Torvald Mickelsen, "
         "also joined the call.\n\n")


def test_quotation_from_a_statement_by_the_ministers_office_is_the_ministers():
    """"“…,” the statement by the Minister's office read.": the office of one person speaks for her; not the adviser
    named last (before, the quotation went to the last person named)."""
    assert_statements(_CALL + (
        "\"Halmora will pay its share of the Council's budget in January, and it asks the Secretary-General to convene "
        "the working group before the winter,\" the statement by the Minister's office read."
    ), [
        ("Signe Vaarholt-Lind", "direct", "Halmora will pay its share of the Council's budget in January, and it asks "
                                          "the Secretary-General to convene the working group before the winter"),
    ])


def test_quotation_from_a_statement_released_by_a_body_is_no_ones():
    """"“…,” read a statement released by the Council after the call.", "“…,” the joint communiqué read.": a body's
    or a joint text, no person's (before, each went to the last speaker)."""
    result = attribute(_CALL + (
        "Mr. Desgranges thanked the Minister for the early payment.\n\n"
        "\"The Council is only as strong as the boats its members are prepared to lend one another in winter,\" read a "
        "statement released by the Council after the call.\n\n"
        "\"The river belongs to all who live along it, and it will be managed together,\" the joint communiqué read."
    ))
    spoken = [(s.speaker, s.text) for s in result.statements if s.speaker is not None]
    assert spoken == [("Paulin Desgranges", "Mr. Desgranges thanked the Minister for the early payment.")], spoken


def test_quotation_from_a_statement_released_by_a_person_is_theirs():
    """"“…,” read a statement released by Minister X.": a person who put the text out is its speaker."""
    assert_statements(_CALL + (
        "Mr. Desgranges thanked the Minister for the early payment.\n\n"
        "\"Halmora will lend one of its two new icebreakers to the Council for the coming winter,\" read a statement "
        "released by Minister Vaarholt-Lind."
    ), [
        ("Paulin Desgranges", "indirect", "Mr. Desgranges thanked the Minister for the early payment."),
        ("Signe Vaarholt-Lind", "direct", "Halmora will lend one of its two new icebreakers to the Council for the "
                                          "coming winter"),
    ])


def test_aside_of_assent_in_parentheses_stays_in_the_speakers_statement():
    """"She said (and the Ambassador agreed) that …": the assent set into her statement is no statement of its own;
    the sentence is hers whole (before, it was split with the Ambassador)."""
    assert_statements(
        "President Maelis Doranvelle of Ostrigan received Ambassador Kester Vulmarek of Hollendor.\n\n"
        "The President recalled that Hollendor had been the first state to recognise Ostrigan. She said (and the "
        "Ambassador agreed) that the anniversary should be marked next year with an exhibition in both capitals.",
        [
            ("Maelis Doranvelle", "indirect", "The President recalled that Hollendor had been the first state to "
                                              "recognise Ostrigan."),
            ("Maelis Doranvelle", "indirect", "She said (and the Ambassador agreed) that the anniversary should be "
                                              "marked next year with an exhibition in both capitals."),
        ])


def test_pronoun_set_off_by_in_turn_after_a_semicolon_is_the_one_spoken_to():
    """"The President thanked the Prime Minister for …; she, in turn, invited him …": "in turn" makes the one
    thanked the next speaker (before, the whole sentence was the President's)."""
    assert_statements(
        "President Odwin Kallestrup of Merrovia received Prime Minister Ilsabet Vorondine of Tessaly on Tuesday.\n\n"
        "Prime Minister Vorondine noted that her government had already set aside the money for the bridge.\n\n"
        "The President thanked the Prime Minister for the help of the rescue teams; she, in turn, invited him to open "
        "the new station in the autumn.",
        [
            ("Ilsabet Vorondine", "indirect", "Prime Minister Vorondine noted that her government had already set aside "
                                              "the money for the bridge."),
            ("Odwin Kallestrup", "indirect", "The President thanked the Prime Minister for the help of the rescue "
                                             "teams"),
            ("Ilsabet Vorondine", "indirect", "she, in turn, invited him to open the new station in the autumn."),
        ])


def test_pronoun_in_turn_after_a_semicolon_with_no_one_spoken_to_stays_as_before():
    """Guard: "X announced …; he, in turn, added …" with no person after the first verb: the pronoun is read as
    before (the speaker carried on, one statement)."""
    assert_statements(
        "President Odwin Kallestrup of Merrovia received Prime Minister Ilsabet Vorondine of Tessaly on Tuesday.\n\n"
        "The President announced a new rail fund; he, in turn, added that the first tenders would open in May.",
        [
            ("Odwin Kallestrup", "indirect", "The President announced a new rail fund; he, in turn, added that the "
                                             "first tenders would open in May."),
        ])


def test_person_asked_to_do_something_after_a_quoted_phrase_is_no_inverted_speaker():
    """"The President, who called the talks “…”, invited the Prime Minister to return …": the Prime Minister is the
    one invited, the verb's object, not a speaker after the quotation as in "“…,” said the Prime Minister" (before,
    the quoted words were his and the sentence no one's)."""
    assert_statements(
        "Prime Minister Alaric Fenwold-Marr of Ustavia paid an official visit to Brenmark at the invitation of "
        "President Yselde Karrowan.\n\n"
        "The President, who called the talks \"the warmest in many years\", invited the Prime Minister to return for "
        "the opening of the silos in the autumn.",
        [
            ("Yselde Karrowan", "indirect", "The President, who called the talks \"the warmest in many years\", invited "
                                            "the Prime Minister to return for the opening of the silos in the autumn."),
        ])


def test_quotation_then_said_and_the_speaker_stays_inverted():
    """Guard: "“…,” said the Prime Minister to reporters." is still the Prime Minister's quotation."""
    assert_statements(
        "Prime Minister Alaric Fenwold-Marr of Ustavia paid an official visit to Brenmark at the invitation of "
        "President Yselde Karrowan.\n\n"
        "\"We have come to build, not to talk,\" said the Prime Minister to reporters.",
        [
            ("Alaric Fenwold-Marr", "direct", "We have come to build, not to talk"),
        ])
