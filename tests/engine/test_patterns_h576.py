"""Readings of errors of the heldout sets below the three-hundredth (stop 42, helper h576), each in a report carried on:
a lone capitalised word that opens no one's name (an adjective before a compound plural, "Similar world views promoted
…", "High oil prices, which …"; before a plural between named parties, "Cooperative efforts between all Arab parties and
Israel are …"; a noun before a participle that is no past tense, "Damage done to …"); a first paragraph that only says
where the title's words were said ("X expressed such an opinion at a meeting with Y."), which hands X's report on; and
a paragraph's last report opened by a pronoun that, read again, resolves to another ("… Nurgaliev reported … . He said
that … ."), still its reporter's.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

ADDRESS = "President Arno Vell of Velchia met with members of the Norland Academy of Sciences.\n\n"


def test_adjective_before_a_compound_plural_and_its_past_verb_carries_the_report_on():
    """"Similar world views promoted the two countries’ effective cooperation …" (two-hundred-fortieth kremlin_28148,
    in a paragraph that carries on Putin's address): "Similar" opens the sentence before the compound "world views"
    and its past verb; no one's name, so the sentence goes on with the report as the one before it does."""
    said = "Velchian-Norlandic partnership was a factor of stability, Mr Vell said in his address."
    first = "Culture made a great contribution to the partnership."
    second = "Similar world views promoted the two countries’ cooperation in the United Nations."
    body = ADDRESS + said + "\n\n" + first + " " + second + "\n"
    assert_statements(body, [("Arno Vell", "indirect", said), ("Arno Vell", "indirect", first),
                             ("Arno Vell", "indirect", second)])


def test_adjective_before_a_compound_plural_and_which_carries_the_report_on():
    """"High oil prices, which stimulate investments …, were the main factor …" (sixth kremlin_28331, a minister's
    report carried on): the adjective, the compound plural and its relative; no one's name."""
    said = "Mr Vell stressed that there was a recovery in economic growth."
    second = "High oil prices, which stimulate investments in industry, were the main factor of the growth."
    body = ADDRESS + said + " " + second + "\n"
    assert_statements(body, [("Arno Vell", "indirect", said), ("Arno Vell", "indirect", second)])


def test_a_name_before_a_speech_verb_and_a_plural_is_still_someone_who_speaks():
    """The guard of the same rule: a lone capitalised word that is someone's name, then a speech verb, a plural and
    a participle ("Marrow told reporters gathered …") is that person speaking, not a compound noun of the report."""
    opening = ("President Arno Vell of Velchia and Foreign Minister Ilsa Marrow met with members of the Norland "
               "Academy of Sciences.\n\n")
    said = "Mr Vell stressed that there was a recovery in economic growth."
    other = "Marrow told reporters gathered at the Academy that the growth would last."
    assert_statements(opening + said + " " + other + "\n",
                      [("Arno Vell", "indirect", said), ("Ilsa Marrow", "indirect", other)])


TITLE_WORDS = "The positive dynamic in Velchia's relations with the Norland Bank must be preserved"


def test_paragraphs_after_one_that_only_says_where_the_title_was_said_carry_the_report_on():
    """"The positive dynamic in Russia's relations with the World Bank must be preserved" / "Vladimir Putin expressed
    such an opinion at a meeting with …" / "Cooperation between Russia and the World Bank is developing very
    productively." (two-hundred-fifty-third kremlin_34289): the title is his words and the first paragraph only says
    where he said them (no statement); the paragraph after it, with no cue of its own, carries on his report."""
    where = "President Arno Vell expressed such an opinion at a meeting with the head of the Bank, Ilsa Marrow."
    goes_on = "Cooperation between Velchia and the Bank is developing very productively."
    declared = "Arno Vell declared that Velchia is ready to support the efforts of the Bank."
    body = where + "\n\n" + goes_on + "\n\n" + declared + "\n"
    assert_statements(body, [("Arno Vell", "indirect", goes_on), ("Arno Vell", "indirect", declared)],
                      title=TITLE_WORDS)


def test_a_first_paragraph_that_tells_of_a_meeting_hands_no_report_on():
    """The guard of the same rule: a first paragraph that tells of a meeting, with no "such an opinion" or "this" said
    at it, is narrative; the paragraph after it is the readout's, not the host's."""
    met = "President Arno Vell met with the head of the Bank, Ilsa Marrow."
    after = "Cooperation between Velchia and the Bank is developing very productively."
    declared = "Arno Vell declared that Velchia is ready to support the efforts of the Bank."
    body = met + "\n\n" + after + "\n\n" + declared + "\n"
    assert_statements(body, [("Arno Vell", "indirect", declared)], title=TITLE_WORDS)


def test_adjective_before_a_plural_and_the_named_parties_it_is_between_carries_the_report_on():
    """"The President reminds all parties to take concrete steps toward peace. Cooperative efforts between all Arab
    parties and Israel are required …" (two-hundred-eighty-fifth 2003-05-21-global-message): the plural's fields or
    parties may be named ("Norland", "Ostran"); "Cooperative" still opens a noun phrase, no one's name."""
    reminds = "The President reminds all parties to take concrete steps toward peace."
    required = "Cooperative efforts between all Ostran parties and Norland are required to create the conditions for peace."
    body = "President Arno Vell of Velchia sent a message to the Peace Forum.\n\n" + reminds + " " + required + "\n"
    assert_statements(body, [("Arno Vell", "indirect", reminds), ("Arno Vell", "indirect", required)])


def test_a_name_before_a_plural_between_named_parties_is_still_someone_who_acts():
    """The guard of the same rule: a known person's surname before a plural and named places ("Marrow's talks …" read
    as "Marrow talks in …") is left to the person: the sentence after the President's report is not his."""
    reminds = "The President reminds all parties to take concrete steps toward peace."
    other = "Marrow talks between Ostran leaders and Norland have been held in secret."
    body = ("President Arno Vell of Velchia and Foreign Minister Ilsa Marrow sent a message to the Peace Forum.\n\n"
            + reminds + " " + other + "\n")
    assert_statements(body, [("Arno Vell", "indirect", reminds)])


def test_the_last_report_of_a_paragraph_opened_by_a_pronoun_goes_on_to_its_end():
    """"Vladimir Putin expressed concern over … . He discussed the topic with … . Deputy Interior Minister Rashid
    Nurgaliev reported to the President on … . He said that … . The Interior Ministry was introducing amendments …"
    (sixty-fourth kremlin_29676): the paragraph's last report opens with "He", the deputy minister; read again after
    the paragraph, "He" may resolve to its first speaker, but the report is still his, and the sentence after it, in
    which no one else acts or speaks, carries it on."""
    opener = "President Arno Vell expressed concern over the problems in the fight against piracy."
    topic = "He discussed the topic with film makers on November 1."
    reported = "Deputy Interior Minister Piet Harven reported to the President on the measures being taken."
    said = "He said that 70,000 enterprises had been inspected this year."
    goes_on = "The Interior Ministry was introducing amendments to the laws to step up the fight against counterfeiting."
    body = ("President Arno Vell held a meeting with Government members.\n\n"
            + " ".join((opener, topic, reported, said, goes_on)) + "\n")
    assert_statements(body, [("Arno Vell", "indirect", opener), ("Arno Vell", "indirect", topic),
                             ("Piet Harven", "indirect", reported), ("Piet Harven", "indirect", said),
                             ("Piet Harven", "indirect", goes_on)])


def test_the_last_report_of_a_paragraph_stops_where_another_speaks():
    """The guard of the same rule: after the pronoun's report, a sentence in which someone else is named and acts ends
    it; that sentence is not the deputy minister's."""
    opener = "President Arno Vell expressed concern over the problems in the fight against piracy."
    reported = "Deputy Interior Minister Piet Harven reported to the President on the measures being taken."
    said = "He said that 70,000 enterprises had been inspected this year."
    other = "Prime Minister Ilsa Marrow will visit the customs service next week."
    body = ("President Arno Vell held a meeting with Government members.\n\n"
            + " ".join((opener, reported, said, other)) + "\n")
    assert_statements(body, [("Arno Vell", "indirect", opener), ("Piet Harven", "indirect", reported),
                             ("Piet Harven", "indirect", said)])


def test_a_noun_before_a_participle_that_is_no_past_tense_carries_the_report_on():
    """"Damage done to the Altai Republic by a series of earthquakes was estimated at a billion roubles." (sixty-fourth
    kremlin_29462, after the emergencies minister's report): "done" is a participle only, which a name could not take
    without "has" or "was"; "Damage" opens a noun phrase, no one's name, and the report goes on."""
    told = "Mr Harven told the President that seismic activity in the south was not subsiding."
    damage = "Damage done to the Ostra Region by the earthquakes was estimated at a billion crowns."
    body = ("President Arno Vell met with Emergencies Minister Piet Harven.\n\n" + told + " " + damage + "\n")
    assert_statements(body, [("Piet Harven", "indirect", told), ("Piet Harven", "indirect", damage)])


def test_a_name_before_a_past_tense_and_a_preposition_is_still_someone_who_acts():
    """The guard of the same rule: a past tense, not a participle only ("Marrow flew to …", not "flown"), leaves the
    lone capitalised word a name; the sentence is the Governor's act, not the minister's report."""
    told = "Mr Harven told the President that seismic activity in the south was not subsiding."
    other = "Marrow flew to the Ostra Region by helicopter in the morning."
    body = ("President Arno Vell met with Emergencies Minister Piet Harven and Governor Ilsa Marrow.\n\n"
            + told + " " + other + "\n")
    assert_statements(body, [("Piet Harven", "indirect", told)])
