"""Statements found by helper h666's set fourhundredninetysixth (Eritrea's Ministry of Information, shabait.com and its
copies): "X on his part said …" (the translators' "on his part" for "for his part") between a subject and its verb;
"A, B as well as C sent messages …" (people joined by "as well as", a group); a longer un-commaed "on behalf of the
people and Government of X" before the verb; "has sent today, <a long aside>, a message of congratulations".

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_on_his_part_between_the_subject_and_the_verb():
    """"Mr. Brenner on his part said that …", "Ms. Holt on her part said …": as "for his part" with no commas; before,
    no statement."""
    assert_statements(
        "Valdora — President Ida Morn met and held talks with Mr. Karl Brenner, Minister of Trade of Orsa.\n\n"
        "President Ida Morn underlined the readiness of Valdora to widen trade.\n\n"
        "Mr. Brenner on his part said that the objective of his visit is to open new markets.\n\n"
        "Ms. Lena Holt, the Orsan Ambassador, on her part expressed readiness to work for closer ties.",
        [("Ida Morn", "indirect", "President Ida Morn underlined the readiness of Valdora to widen trade."),
         ("Karl Brenner", "indirect", "Mr. Brenner on his part said that the objective of his visit is to open new "
                                      "markets."),
         ("Lena Holt", "indirect", "Ms. Lena Holt, the Orsan Ambassador, on her part expressed readiness to work for "
                                   "closer ties.")],
    )


def test_on_the_part_of_a_country_is_no_aside():
    """Guard: "on the part of" is no "on his part": "X called for restraint on the part of Y" stays X's alone."""
    assert_statements(
        "President Ida Morn met Mr. Karl Brenner, Minister of Trade of Orsa.\n\n"
        "Mr. Brenner called for restraint on the part of all parties.",
        [("Karl Brenner", "indirect", "Mr. Brenner called for restraint on the part of all parties.")],
    )


def test_people_joined_by_as_well_as_are_a_group():
    """"President A of X, President B of Y as well as President C of Z sent messages of congratulations …": the three
    together, no one's statement; before, C's."""
    assert_statements(
        "President Ida Morn of Valdora, President Karl Brenner of Orsa as well as President Lena Holt of Tarsia sent "
        "messages of congratulations on the occasion of the Independence Day.\n\n"
        "In his message, President Karl Brenner of Orsa expressed readiness for more intense dialogue.",
        [("Karl Brenner", "indirect", "In his message, President Karl Brenner of Orsa expressed readiness for more "
                                      "intense dialogue.")],
    )


def test_as_well_as_after_a_verb_joins_objects():
    """Guard: "The President thanked Mr. A as well as Ms. B for …": the objects joined, the subject's statement."""
    assert_statements(
        "President Ida Morn met Mr. Karl Brenner.\n\n"
        "The President thanked Mr. Brenner as well as Ms. Lena Holt for their work.",
        [("Ida Morn", "indirect", "The President thanked Mr. Brenner as well as Ms. Lena Holt for their work.")],
    )


def test_a_long_on_behalf_of_before_the_verb():
    """"President X on behalf of the people and Government of Valdora congratulated …": six words after the article,
    with no commas; before, no statement."""
    assert_statements(
        "Valdora — Minister Lena Holt delivered a message of President Ida Morn to President Karl Brenner of Orsa.\n\n"
        "In her message, President Morn on behalf of the people and Government of Valdora congratulated President "
        "Brenner for his election.",
        [("Ida Morn", "indirect", "In her message, President Morn on behalf of the people and Government of Valdora "
                                  "congratulated President Brenner for his election.")],
    )


def test_sent_today_then_a_long_aside_then_a_message_of_congratulations():
    """"X has sent today, on behalf of … and on her own behalf, a message of warmest congratulations to Y": one word
    before the aside and an aside of thirteen words; before, no statement."""
    assert_statements(
        "President Ida Morn has sent today, on behalf of the people and Government of Valdora and on her own behalf, "
        "a message of warmest congratulations to Dr. Karl Brenner on his re-election as Prime Minister of Orsa.",
        [("Ida Morn", "indirect", "President Ida Morn has sent today, on behalf of the people and Government of "
                                  "Valdora and on her own behalf, a message of warmest congratulations to Dr. Karl "
                                  "Brenner on his re-election as Prime Minister of Orsa.")],
    )


def test_sent_today_with_a_bare_message_is_narrative():
    """Guard: "X sent today, with her envoy, a message to Y" names no content: no statement."""
    assert_statements(
        "President Ida Morn sent today, with her envoy, a message to Dr. Karl Brenner.",
        [],
    )
