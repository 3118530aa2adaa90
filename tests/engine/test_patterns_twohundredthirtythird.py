"""Readings of real Kremlin text of stop 31: a subject set off from its speech verb by what it did
first, a time word and a gerund ("Mr Vajpayee, after expressing his understanding …, indicated that
…"), and a lead-in to a quoted message hedged by "among other things" ("On bilateral relations, Mr
Putin stressed, among other things:").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask spoke by telephone with Kastravian Prime Minister Marta Selin"


def test_a_gerund_after_a_time_word_between_subject_and_verb_keeps_the_subject():
    """"In turn, Mr Vajpayee, after expressing his understanding of and support for Russia’s position, indicated
    that both parties had underscored …" (two-hundred-thirty-third 26910): what the speaker did first, set off by
    commas between the subject and the verb, describes the subject as "having …" does; the sentence is hers, and
    the "she said" after it is hers too."""
    body = (
        "Mr Vask outlined his views on the treaty. "
        "In turn, Ms Selin, after expressing her understanding of and support for Velorian position, said that "
        "both parties had underscored the importance of the treaty at their summit. "
        "And this position, she said, remained unchanged."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask outlined his views on the treaty."),
        ("Marta Selin", "indirect", "In turn, Ms Selin, after expressing her understanding of and support for "
         "Velorian position, said that both parties had underscored the importance of the treaty at their summit."),
        ("Marta Selin", "indirect", "And this position, she said, remained unchanged."),
    ], title=TITLE)


def test_a_group_with_a_gerund_aside_stays_a_group():
    """Guard: "Both leaders, after hearing the reports, stressed that …": the aside describes a group, whose
    words are no one's statement (GOLD-FORMAT: a plural subject)."""
    body = (
        "Mr Vask outlined his views on the treaty. "
        "Both leaders, after hearing the reports, stressed that the treaty remained important."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask outlined his views on the treaty."),
    ], title=TITLE)


def test_a_gerund_aside_after_the_object_leaves_the_subject_speaking():
    """Guard: "Mr Vask received Ms Selin, after touring the port, and stressed that …": the name before the aside
    is the object of the first verb; the subject of "stressed" stays Mr Vask."""
    body = "Mr Vask received Ms Selin, after touring the port, and stressed that the treaty remained important."
    assert_statements(body, [
        ("Oren Vask", "indirect", body),
    ], title=TITLE)


MESSAGE_TITLE = "Oren Vask sent a message to Kastravian President Marta Selin"


def test_among_other_things_before_a_colon_only_leads_in():
    """"On bilateral relations, Mr Putin stressed, among other things: “We attach great significance …”"
    (two-hundred-thirty-third 41973): the words before the colon introduce an extract of the message, as
    "The message said, in part:" does; they belong to no statement, the quotation is his."""
    body = (
        "The message said, in part:\n\n"
        "“We are committed to an active dialogue with Kastravia.”\n\n"
        "On bilateral relations, Mr Vask stressed, among other things:\n\n"
        "“We attach great significance to our partnership with your country.”"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "We are committed to an active dialogue with Kastravia."),
        ("Oren Vask", "direct", "We attach great significance to our partnership with your country."),
    ], title=MESSAGE_TITLE)


def test_among_other_things_with_a_point_made_stays_a_statement():
    """Guard: "Mr Vask stressed, among other things, the need for …": the hedge followed by what he stressed is
    his indirect statement, not a lead-in."""
    body = "On bilateral relations, Mr Vask stressed, among other things, the need for closer trade ties."
    assert_statements(body, [
        ("Oren Vask", "indirect", body),
    ], title=MESSAGE_TITLE)
