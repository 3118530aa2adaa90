"""Statements found by helper h764's mends of known errors in the fiftieth stop's lowest sets: a country's envoy whom
the readout never names ("The Corvian Ambassador said …", fivehundredtenth, fivehundredtwentyeighth), and a country's
head of state so ("the Angolan head of state reaffirmed …", fourhundredeightyninth), and "the diplomat" after such an
envoy named only by the office ("receives credentials from the Ambassador … of the Republic of X …", fourhundredseventy
second); with whom a
meeting was, between "indicated" and its "that" ("indicated during their meeting with the Governor of …, Y, that …",
fivehundredtenth); a party of guests welcomed with who led it or the event it came for, a host's act ("welcomed a
large delegation from X led by …", fivehundredfiftyseventh; "welcomed the diplomatic corps for the annual new year's
reception", fivehundredthirtyeighth).

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_unnamed_envoy_of_a_country_is_one_speaker():
    """"The Corvian Ambassador said …" then "He said …", the envoy never named: one person known by the office as
    written, and "He" is he; before, the envoy was no one, the first statement had no speaker and "He" went to the
    governor named in the aside."""
    first = ("The Corvian Ambassador said during the visit to the Governor of the Eastern Province, Talo Brenk, that "
             "his country will keep standing with Norland.")
    second = "He said that the visit was meant to learn about the displaced families."
    assert_statements(first + "\n\n" + second, [
        ("The Corvian Ambassador", "indirect", first),
        ("The Corvian Ambassador", "indirect", second),
    ])


def test_an_envoy_named_in_the_next_sentence_is_that_person():
    """Guard: "The Corvian Ambassador to Norland offered a lunch … Mira Quell recalled …": the office opens the readout
    and the next sentence names its holder, untitled; "The ambassador" after is she, not an unnamed envoy."""
    assert_statements((
        "The Corvian Ambassador to Norland offered a lunch for her colleagues on Monday. Mira Quell recalled that her "
        "country had signed two agreements this year.\n\n"
        "The ambassador referred to the growth Corvia has seen in the last ten years."
    ), [
        ("Mira Quell", "indirect", "Mira Quell recalled that her country had signed two agreements this year."),
        ("Mira Quell", "indirect", "The ambassador referred to the growth Corvia has seen in the last ten years."),
    ])


def test_indicated_during_a_meeting_with_someone_then_that():
    """"X indicated during her meeting with the Governor of …, Y, that …": with whom the meeting was, set off by
    commas, is when she spoke, between "indicated" and its "that" (before, only "during the meeting" was; the
    sentence was no statement)."""
    said = ("Minister Ada Voss indicated during her meeting with the Governor of the Eastern Province, Talo Brenk, that "
            "the ministry will fund two new clinics.")
    assert_statements(said, [("Ada Voss", "indirect", said)])


def test_indicated_with_no_that_is_still_no_statement():
    """Guard: "indicated during her meeting with the Governor, Talo Brenk, the new road on a map": no "that" after
    the meeting's partner, something shown, no statement."""
    assert_statements(
        "Minister Ada Voss indicated during her meeting with the Governor, Talo Brenk, the new road on a map.",
        [],
    )


def test_welcoming_a_delegation_led_by_someone_is_a_hosts_act():
    """"X welcomed a large delegation from Corvia led by Ambassador Y …": a party of guests and who led it, a host's
    act, no statement (before, "welcomed" read as words of welcome); the guest's own words after it stay his."""
    said = "Ambassador Talo Brenk noted how pleased he was with the welcome he had received."
    assert_statements((
        "Foreign Minister Ada Voss welcomed a large delegation from Corvia led by Ambassador Talo Brenk which included "
        "senior trade officials.\n\n" + said
    ), [("Talo Brenk", "indirect", said)])


def test_welcoming_the_diplomatic_corps_for_a_reception_is_a_hosts_act():
    """"X welcomed the diplomatic corps for the annual new year's reception.": the guests and the event they came
    for, a host's act, as with named guests ("welcomed President Y for a joint meeting")."""
    said = "In his speech he emphasized the importance of international cooperation for Norland."
    assert_statements((
        "On 22 January, Minister-President Oren Vask welcomed the diplomatic corps for the annual new year's "
        "reception. " + said
    ), [("Oren Vask", "indirect", said)])


def test_welcoming_a_delegation_and_saying_stays_a_statement():
    """Guard: "X welcomed the delegation led by Y and said that …": the other verb makes the sentence hers."""
    said = ("Governor Ada Voss welcomed the delegation led by Talo Brenk and said that the province had set aside land "
            "for a new zone.")
    assert_statements(said, [("Ada Voss", "indirect", said)])


def test_an_unnamed_head_of_state_of_a_country_is_one_speaker():
    """"In separate ceremonies, …, the Corvian head of state reaffirmed …", the envoys he received named after: the
    head of state no one named is one person known by the office as written (before, no one)."""
    said = ("In separate ceremonies, in the great hall of the palace, the Corvian head of state reaffirmed the wish "
            "for closer cooperation with the five countries.")
    assert_statements((
        said + "\n\n"
        "Swedish mission chief Mira Quell has pledged to help Corvia fight corruption."
    ), [
        ("The Corvian head of state", "indirect", said),
        ("Mira Quell", "indirect", "Swedish mission chief Mira Quell has pledged to help Corvia fight corruption."),
    ])


def test_the_diplomat_is_the_envoy_named_before_only_by_the_office():
    """"X receives credentials from the Ambassador Extraordinary and Plenipotentiary of the Republic of Corvia to
    Norland. … The diplomat conveyed …": the diplomat no one named is that envoy, one person known by the office as
    written (before, no one)."""
    said = "The diplomat conveyed the congratulations of the President of Corvia to the people of Norland."
    assert_statements((
        "Chairperson of the Assembly of Norland Ada Voss receives credentials from the Ambassador Extraordinary and "
        "Plenipotentiary of the Republic of Corvia to Norland.\n\n" + said
    ), [
        ("The Ambassador Extraordinary and Plenipotentiary of the Republic of Corvia to Norland", "indirect", said),
    ])


def test_the_diplomat_is_still_the_named_ambassador():
    """Guard: "the Ambassador of the Republic of Corvia, Talo Brenk, …" then "The diplomat conveyed …": the named
    ambassador, as before, no unnamed envoy."""
    said = "The diplomat conveyed the congratulations of the President of Corvia to the people of Norland."
    assert_statements((
        "Chairperson Ada Voss received the Ambassador of the Republic of Corvia, Talo Brenk, on Monday.\n\n" + said
    ), [("Talo Brenk", "indirect", said)])
