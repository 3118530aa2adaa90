"""Constructions found by helper h595's sets fourhundredfortieth and fourhundredfortyfirst (random samples of White
House readouts): a relative clause on a title whose verb is followed by the occasion it was said at ("the Unity Agenda
that President X outlined in his State of the Union Address"); a speech verb's -s form that is the object of another
speech verb's participle ("the Vice President urging states to use …"); a pair's relative clause on what one person
praised ("…, which they both agreed has been critical …"); and "continues to call for" in a clause of its own after
", and he".

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_title_relative_clause_with_the_occasion_after_its_verb_is_no_statement():
    """"Senior officials reinforced the commitment to …, a core pillar of the Unity Agenda that President X outlined in
    his State of the Union Address." (fourhundredfortieth 2022-03-31): the President's verb has the title before "that"
    for its object and only the occasion after it; no clause of his, so no statement of his (before, the tail after the
    comma was his, and the next sentence carried it on)."""
    body = (
        "Policy Advisor Mara Quell hosted a roundtable with young leaders at the White House.\n\n"
        "Senior officials reinforced the Administration's commitment to addressing the housing crisis, a core pillar "
        "of the Renewal Agenda that President Tobias Wendt outlined in his State of the Union Address. This commitment "
        "includes: building more homes; and lowering rents."
    )
    assert_statements(body, [], title="Readout of a roundtable on housing")


def test_title_relative_clause_guard_a_that_clause_after_the_occasion_stays_his():
    """Guard: "… the Renewal Agenda that he outlined in his address to Congress would …" is not what the rule reads (a
    "that" clause of his words after the occasion); and the President's own "outlined in his address that …" stays his
    statement."""
    body = (
        "President Tobias Wendt met with Governor Lena Oster at the White House.\n\n"
        "President Wendt outlined in his remarks that the Renewal Agenda would lower rents for working families."
    )
    assert_statements(body, [
        ("Tobias Wendt", "indirect",
         "President Wendt outlined in his remarks that the Renewal Agenda would lower rents for working families."),
    ], title="Readout of President Wendt's meeting with Governor Oster")


def test_speech_form_after_a_speech_participle_is_its_object():
    """"… hosted 30 local leaders in response to the Vice President urging states to use federal funding for …"
    (fourhundredfortieth 2024-04-15): "states" is what "urging" governs, a noun; no one "states" anything, and the
    office's narrative is no statement of the Vice President's. Her own "encouraged states to use …" stays hers."""
    body = (
        "On May 3, the Office of Safety Programs hosted 20 local leaders in response to the Vice President urging "
        "states to use federal funding for the new safety programs.\n\n"
        "Last month, Vice President Irena Falk encouraged states to use federal funding to implement the programs."
    )
    assert_statements(body, [
        ("Irena Falk", "indirect",
         "Last month, Vice President Irena Falk encouraged states to use federal funding to implement the programs."),
    ], title="Readout of the convening on safety programs")


def test_speech_form_after_a_determiner_and_ing_noun_guard():
    """Guard: an -ing word after its determiner is a noun, the subject of the -s verb ("His warning states …"), and a
    speech verb's -s form with a person before it and no participle stays a cue ("Minister X states that …")."""
    body = (
        "Minister Havel Orrin met the delegation of Brask.\n\n"
        "Minister Orrin states that the border crossings will reopen in June."
    )
    assert_statements(body, [
        ("Havel Orrin", "indirect", "Minister Orrin states that the border crossings will reopen in June."),
    ], title="Minister Orrin meets the delegation of Brask")


def test_pairs_relative_clause_on_what_he_praised_stays_in_his_sentence():
    """"President X expressed his appreciation to President Y for his efforts to renew the … Initiative, which they both
    agreed has been critical to … and that the Initiative must continue." (fourhundredfortieth 2022-11-15): the pair's
    agreement is a relative clause on what he praised, inside his sentence (as the "where the two leaders discussed"
    clause is); before, the sentence was cut at ", which"."""
    body = (
        "President Tobias Wendt met with President Anton Harlo of Vesmark on the margins of the summit.\n\n"
        "President Wendt expressed his appreciation to President Harlo for his efforts to renew the River Trade "
        "Initiative, which they both agreed has been critical to regional food security and that the Initiative "
        "must continue. The two also discussed regional issues."
    )
    assert_statements(body, [
        ("Tobias Wendt", "indirect",
         "President Wendt expressed his appreciation to President Harlo for his efforts to renew the River Trade "
         "Initiative, which they both agreed has been critical to regional food security and that the Initiative "
         "must continue."),
    ], title="Readout of President Wendt's meeting with President Harlo of Vesmark")


def test_pairs_relative_clause_guard_a_joined_pair_clause_is_still_cut():
    """Guard: a pair's clause joined by ", and" (not a relative clause) still ends his statement ("…, and both leaders
    underscored …", fourhundredthirtyfifth 2021-06-12)."""
    body = (
        "President Tobias Wendt met with President Anton Harlo of Vesmark.\n\n"
        "President Wendt expressed his appreciation for Vesmark's leadership on climate issues, and both leaders "
        "underscored their dedication to the River Trade Initiative."
    )
    assert_statements(body, [
        ("Tobias Wendt", "indirect",
         "President Wendt expressed his appreciation for Vesmark's leadership on climate issues,"),
    ], title="Readout of President Wendt's meeting with President Harlo of Vesmark")


def test_continues_to_call_for_after_and_he():
    """"President X has taken executive action to tackle the gender wage gap, …, and he continues to call for the
    passage of the Paycheck Fairness Act …" (fourhundredfortyfirst 2023-03-13): "continues to call for" is a cue in a
    clause of its own after ", and", as it is opening a sentence; before, it was no one's. (The clause only, as
    hundredfortieth's "The President has accumulated a strong track record …, and he looks forward to …": the first
    clause is the release's account of his acts.)"""
    body = (
        "Policy Director Ana Veit convened state legislators on equal pay.\n\n"
        "President Tobias Wendt has taken executive action to tackle the wage gap, and he continues to call for the "
        "passage of the Fair Wages Act, which would strengthen equal pay protections."
    )
    assert_statements(body, [
        ("Tobias Wendt", "indirect",
         "he continues to call for the passage of the Fair Wages Act, which would strengthen equal pay protections."),
    ], title="Readout of the convening on equal pay")


def test_continues_to_call_for_guard_as_clause_before_another_subject():
    """Guard: "As the President continues to call for …, the White House is working …" stays no one's statement (a
    time clause before the White House's own main clause)."""
    body = (
        "President Tobias Wendt met with mayors at the White House.\n\n"
        "As the President continues to call for the passage of the Fair Wages Act, the White House is working with "
        "states to close the wage gap."
    )
    assert_statements(body, [], title="Readout of President Wendt's meeting with mayors")


def test_title_relative_clause_without_that_is_no_statement():
    """"The two leaders discussed cooperation through the Human Smuggling and Trafficking Task Force the Vice President
    announced during her June 2021 visit to Guatemala." (nineteenth 2022-01-10): the same relative clause on a title
    with no "that", the office's "the" right after the title's last word; the pair's sentence, no statement of hers
    (before, the "and" inside the title cut the sentence there, and the rest was hers)."""
    body = (
        "Vice President Irena Falk spoke today with President Anton Harlo of Vesmark.\n\n"
        "The two leaders discussed cooperation to disrupt smuggling networks through the Border Safety and Smuggling "
        "Task Force the Vice President announced during her May 2021 visit to Vesmark. The Vice President noted the importance "
        "of holding corrupt actors accountable."
    )
    assert_statements(body, [
        ("Irena Falk", "indirect", "The Vice President noted the importance of holding corrupt actors accountable."),
    ], title="Readout of Vice President Falk's call with President Harlo of Vesmark")


def test_title_relative_clause_without_that_guard_the_verb_with_its_object():
    """Guard: after a fronted place name with no comma, the office's verb with its own object stays a statement ("In
    Vesmark the Vice President announced a new fund during her visit.")."""
    body = (
        "Vice President Irena Falk travelled to the region this week.\n\n"
        "In Vesmark the Vice President announced a new fund for small farmers during her visit."
    )
    assert_statements(body, [
        ("Irena Falk", "indirect",
         "In Vesmark the Vice President announced a new fund for small farmers during her visit."),
    ], title="Readout of Vice President Falk's travel")
