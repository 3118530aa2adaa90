"""Helper h1209 (KE70, the wrong person): "The Speaker of the Assembly and the Velstrian Ambassador X later unveiled …"
names two people, the Speaker and the ambassador; the forward phrase reader (`phrases._is_group_and`) took the run for
one person, the Speaker's office with the ambassador's name, so the registry made a Speaker of "X" and the next
"The Speaker said …" went to the ambassador (hard87, hard88: 2 for, 0 against at stop 70; the backward reader and
"The Speaker and the … Ambassador X" read two people already). An office's own complement that runs on after "and the"
("Minister for the Development of the Far East and the Arctic X") stays one person's."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

LEAD = (
    "The Ambrelian community in Tessara on Saturday marked Ambrelia's National Day at a reception hosted by the "
    "Ambrelian Ambassador to Tessara, Dr. Kiro Vallen. Guests included the Speaker of the Tessaran National Assembly, "
    "Mr. Oren Pask, and members of the diplomatic corps.\n\n"
    "The Ambassador said the two countries would open a new consulate next year.\n\n"
)
AMBASSADOR = ("Kiro Vallen", "indirect", "The Ambassador said the two countries would open a new consulate next year.")
SPEAKER_SAID = "The Speaker said the Tessaran National Assembly would set up a friendship group with the Ambrelian parliament."


@pytest.mark.parametrize("pair", [
    "The Speaker of the Assembly and the Ambrelian Ambassador Vallen later unveiled a plaque in memory of the sailors.",
    "Speaker of the Assembly and the Ambrelian Ambassador Vallen later unveiled a plaque in memory of the sailors.",
])
def test_the_speaker_of_a_house_and_the_ambassador_are_two(pair):
    """hard87/hard88: the pair's sentence is narrative, and the Speaker who speaks after it is the one the lead named."""
    assert_statements(LEAD + pair + "\n\n" + SPEAKER_SAID,
                      [AMBASSADOR, ("Oren Pask", "indirect", SPEAKER_SAID)],
                      title="Ambrelian community marks National Day")


def test_the_speaker_of_a_house_and_the_unnamed_ambassador_still_two():
    """Guard: with no name after the second office the pair was no one person already, and stays so."""
    pair = "The Speaker of the National Assembly and the Ambrelian Ambassador then toured the stands of the fair."
    assert_statements(LEAD + pair + "\n\n" + SPEAKER_SAID,
                      [AMBASSADOR, ("Oren Pask", "indirect", SPEAKER_SAID)],
                      title="Ambrelian community marks National Day")


def test_the_speaker_and_the_ambassador_still_two():
    """Guard: "The Speaker and the Ambrelian Ambassador Vallen …" (no body after the office) was two already."""
    pair = "The Speaker and the Ambrelian Ambassador Vallen later unveiled a plaque in memory of the sailors."
    assert_statements(LEAD + pair + "\n\n" + SPEAKER_SAID,
                      [AMBASSADOR, ("Oren Pask", "indirect", SPEAKER_SAID)],
                      title="Ambrelian community marks National Day")


def test_an_offices_complement_after_and_the_is_still_one_person():
    """Guard: "Minister for the Development of the Far North and the Arctic X said …": one office, its holder speaks."""
    text = ("Minister for the Development of the Far North and the Arctic Taras Belomir said the new port at Orlask "
            "would open in June.")
    assert_statements(text, [("Taras Belomir", "indirect", text)], title="Arctic port to open in June")


# "Also present at the meeting were A, B, and C, the <office in lower case>, who <speech verb> …" (hard86; the golds of
# a last one present speaking in a ", who" clause: hard86, hard88, eighthundredseventieth, all the whole sentence his)

PRESENT_LEAD = "Governor Tarek Ommundsen of Pellavar received an Ambrelian trade delegation on Monday.\n\n"


@pytest.mark.parametrize("present", [
    # the office aside between the last name and ", who": before, no one's
    "Also present at the meeting were the province's director of investment, Mr. Lars Okkeby, the mayor of Saldor, "
    "Mrs. Hedda Brunvall, and Mr. Emil Sarkanen, the minister of agriculture of Ambrelia's Ostervale region, who "
    "stated that the region's cooperatives were ready to buy seed potatoes.",
    # the name right before ", who": before, his from the name on only (cut at the list's ", and")
    "Also present at the meeting were Mr. Lars Okkeby, Mrs. Hedda Brunvall, and Mr. Emil Sarkanen, who stated that "
    "the region's cooperatives were ready to buy seed potatoes.",
])
def test_the_last_one_present_who_stated_says_the_whole_sentence(present):
    """hard86: the last one present speaks in the ", who" clause, and the sentence is his whole, as the golds give it."""
    assert_statements(PRESENT_LEAD + present, [("Emil Sarkanen", "indirect", present)],
                      title="Governor receives Ambrelian trade delegation")


def test_the_last_one_present_with_an_office_who_arrived_is_no_one():
    """Guard: the same list, the clause after the office aside no speech ("who arrived on Sunday"): no statement."""
    present = ("Also present at the meeting were Mr. Lars Okkeby, Mrs. Hedda Brunvall, and Mr. Emil Sarkanen, the "
               "minister of agriculture of Ambrelia's Ostervale region, who arrived in Pellavar on Sunday.")
    assert_statements(PRESENT_LEAD + present, [], title="Governor receives Ambrelian trade delegation")


def test_a_joined_clause_after_and_is_still_cut():
    """Guard: "X did this, and Mr. Y, the minister of …, said …" (no list of those present): the clause from Mr. Y on is
    his, as before."""
    text = ("The Governor opened the new cold store at Saldor, and Mr. Emil Sarkanen, the minister of agriculture of "
            "the Ostervale region, said the region's cooperatives were ready to buy seed potatoes.")
    assert_statements(PRESENT_LEAD + text, [
        ("Emil Sarkanen", "indirect", "Mr. Emil Sarkanen, the minister of agriculture of the Ostervale region, said the "
                                      "region's cooperatives were ready to buy seed potatoes."),
    ], title="Governor receives Ambrelian trade delegation")
