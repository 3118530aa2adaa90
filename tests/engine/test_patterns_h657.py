"""Statements found by helper h657's set fourhundredninetieth (the Government of St Vincent and the Grenadines's
releases): "X told Y, “…,” and said …" (a second report after a quotation a cue before it led in), "The theme for the
<meeting> is “…”" (a theme's title, no one's words) and "X delivered remarks, expressing contentment … and inviting …"
(courtesy and an invitation, which the paragraph's next sentence does not go on telling).

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_FORUM = ("Diplomats of the Republic of Tarvel met at the Ministry of Foreign Affairs in Port Orlan on Monday for a "
          "five-day consultation.\n\n")


def test_quotation_then_and_said():
    """"X told the dignitaries, “…,” and said the Ministry was pleased …": the quoted words direct, and the report
    after "and said" hers too, from its verb (before, the report was lost)."""
    assert_statements(_FORUM + (
        "Permanent Secretary in the Ministry of Foreign Affairs, Mira Castell-Vane told the dignitaries, “you are the "
        "voice of Tarvel in the wider world,” and said the Ministry was pleased to hold the consultation after a long "
        "absence."
    ), [
        ("Mira Castell-Vane", "direct", "you are the voice of Tarvel in the wider world,"),
        ("Mira Castell-Vane", "indirect", "said the Ministry was pleased to hold the consultation after a long "
                                          "absence."),
    ])


def test_quotation_then_and_an_act_stays_the_quotation():
    """Guard: "X said, “…,” and signed the accord with Y." goes on with an act, no speech verb: only the quotation."""
    assert_statements(_FORUM + (
        "Minister of Foreign Affairs Orla Venn said, “we are ready to work with every partner,” and signed the accord "
        "with the Chamber of Commerce."
    ), [
        ("Orla Venn", "direct", "we are ready to work with every partner,"),
    ])


def test_theme_for_the_meeting_is_a_title():
    """"The theme for the 2023 Biennial Meeting is “…”": the theme's title, however long, no one's words (before,
    the last speaker's direct statement)."""
    assert_statements(_FORUM + (
        "Minister of Foreign Affairs Orla Venn said that the consultation would renew the country's foreign policy.\n\n"
        "The theme for the 2023 Biennial Meeting is “Renewal: Rebuilding our trust in the global arena.”"
    ), [
        ("Orla Venn", "indirect", "Minister of Foreign Affairs Orla Venn said that the consultation would renew the "
                                  "country's foreign policy."),
    ])


def test_words_after_is_stay_a_quotation():
    """Guard: "She said her message is “…”" is no theme: the quoted words stay in her report."""
    assert_statements(_FORUM + (
        "Minister of Foreign Affairs Orla Venn said her message is “we are ready and willing to go further.”"
    ), [
        ("Orla Venn", "indirect", "Minister of Foreign Affairs Orla Venn said her message is “we are ready and willing "
                                  "to go further.”"),
    ])


def test_courtesy_and_invitation_is_not_carried_on():
    """"X also delivered remarks, expressing contentment … and inviting citizens of Y to visit …" then "The
    establishing of … will focus on …": the release's own account of the agreement, not carried on as his (before,
    his)."""
    assert_statements(_FORUM + (
        "Prime Minister Tomas Brede also delivered remarks, expressing contentment in the occasion and inviting "
        "citizens of Dorhaven to visit Tarvel to further consolidate relations. The establishing of the Sister-City "
        "Relationship between Dorhaven and Port Orlan will focus on education, culture and tourism."
    ), [
        ("Tomas Brede", "indirect", "Prime Minister Tomas Brede also delivered remarks, expressing contentment in the "
                                    "occasion and inviting citizens of Dorhaven to visit Tarvel to further consolidate "
                                    "relations."),
    ])


def test_report_that_goes_on_after_what_he_said_is_carried_on():
    """Guard: "X said that …" then a sentence with no cue: his report goes on, as before."""
    assert_statements(_FORUM + (
        "Prime Minister Tomas Brede said that the agreement with Dorhaven was important for the young. The agreement "
        "will focus on education, culture and tourism."
    ), [
        ("Tomas Brede", "indirect", "Prime Minister Tomas Brede said that the agreement with Dorhaven was important "
                                    "for the young."),
        ("Tomas Brede", "indirect", "The agreement will focus on education, culture and tourism."),
    ])


def test_said_then_a_quotation_in_lower_case_is_direct():
    """"The Prime Minister said “the President of … does not have the right to …”": a verb of saying right before the
    quotation, no comma, the quotation closing the sentence: the said words, direct (before, the sentence whole,
    indirect)."""
    assert_statements(_FORUM + (
        "Prime Minister Tomas Brede said “the President of Kelmar does not have the right to exclude anyone, he alone "
        "can’t make that decision.”"
    ), [
        ("Tomas Brede", "direct", "the President of Kelmar does not have the right to exclude anyone, he alone can’t "
                                  "make that decision."),
    ])


def test_wished_then_a_quotation_in_lower_case_stays_the_report():
    """Guard: "X wished “happiness, health …”" is the object of a wish, part of the report (two-hundred-twenty-sixth
    34357's decision): the sentence whole, indirect."""
    assert_statements(_FORUM + (
        "Prime Minister Tomas Brede wished “happiness, health and many years of work for the good of the country.”"
    ), [
        ("Tomas Brede", "indirect", "Prime Minister Tomas Brede wished “happiness, health and many years of work for the "
                                    "good of the country.”"),
    ])
