"""Statements found by helper h798's set fivehundredninetyninth (a US department's readouts: its Secretary's meetings
and ministerials): "X stressed:" before an unquoted list whose items are set off by semicolons is X's report, the
lead-in and each item, not a quotation the colon leads in to, and the list ends at a paragraph that names someone
else; "shared with <a long 'with' phrase> the <owner's> perspective on …" is a view stated.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_colon_before_a_semicolon_list_leads_in_a_reported_list_not_a_quotation():
    """"During these meetings, Minister X stressed:" / "The benefits of …;" / "The importance of …; and" / "The …
    commitment to …." / "Deputy Minister Y will lead the delegation …": X's indirect lead-in and items; the closing
    paragraph naming Y is no item (before, the lead-in said nothing and every paragraph after it, the last one too,
    was X's unquoted direct speech)."""
    assert_statements((
        "On May 2, Minister of Health of Kastravia Ilona Brenn joined ministers in Velm for the assembly.\n\n"
        "During these and other meetings, Minister Brenn stressed:\n\n"
        "The benefits of building robust health systems based on equity;\n\n"
        "The importance of continued collaboration when it comes to vaccines; and\n\n"
        "The government's continued commitment to supporting Orvany.\n\n"
        "Deputy Minister Tomas Arvel will assume the role of head of the delegation this week."
    ), [
        ("Ilona Brenn", "indirect", "During these and other meetings, Minister Brenn stressed"),
        ("Ilona Brenn", "indirect", "The benefits of building robust health systems based on equity"),
        ("Ilona Brenn", "indirect", "The importance of continued collaboration when it comes to vaccines; and"),
        ("Ilona Brenn", "indirect", "The government's continued commitment to supporting Orvany."),
    ])


def test_a_colon_before_an_unquoted_sentence_still_leads_in_the_speakers_words():
    """Guard: "Speaking afterwards, Minister X said:" / "It was a pleasure to meet …." (a sentence, no semicolon
    list): the colon leads in to X's own words printed with no quote marks, direct, as before."""
    assert_statements((
        "Minister of Health of Kastravia Ilona Brenn met the Health Minister of Orvany in Velm on 3 June.\n\n"
        "Speaking afterwards, Minister Brenn said:\n\n"
        "It was a pleasure to meet my colleague and to agree on the next steps for our clinics."
    ), [
        ("Ilona Brenn", "direct",
         "It was a pleasure to meet my colleague and to agree on the next steps for our clinics."),
    ])


def test_shared_with_a_long_with_phrase_then_a_governments_perspective_is_a_view_stated():
    """"Minister X shared with other health ministers and representatives of invited countries and international
    organizations the Kastravian Government's perspective on several topics, …": X's statement (before, the "with"
    phrase was held to three words and the view's owner to three, so nothing was found)."""
    assert_statements((
        "Minister of Health of Kastravia Ilona Brenn joined health ministers in Velm on 3 June.\n\n"
        "During the meeting, Minister Brenn shared with other health ministers and representatives of invited "
        "countries and international organizations the Kastravian Government's perspective on several topics, "
        "including stronger clinics and cheaper medicines."
    ), [
        ("Ilona Brenn", "indirect",
         "During the meeting, Minister Brenn shared with other health ministers and representatives of invited "
         "countries and international organizations the Kastravian Government's perspective on several topics, "
         "including stronger clinics and cheaper medicines."),
    ])


def test_shared_with_a_long_with_phrase_and_no_view_told_is_still_nothing():
    """Guard: "Minister X shared with the doctors and nurses of the northern clinics a meal after the visit": a
    thing shared, nothing told, no statement, as before."""
    assert_statements((
        "Minister of Health of Kastravia Ilona Brenn visited the northern clinics of Velm on 3 June.\n\n"
        "Minister Brenn shared with the doctors and nurses of the northern clinics a meal after the visit."
    ), [])
