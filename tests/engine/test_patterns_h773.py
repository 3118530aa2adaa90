"""Statements found by helper h773's set fivehundredseventyninth (Fujian Province's English releases): a news lead's
present "says" after a full name and its office set off by commas, the office in lower case with no article ("X, member
of the Secretariat of the …, says he …").

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_present_says_after_a_name_and_its_lower_case_office_is_the_names_statement():
    """"Orlan Vesk, member of the Standing Committee of the Dunmere Provincial Assembly, says he …": an office in lower
    case with no article, set off by commas after the name that opens the sentence, then the lead's present "says";
    the whole sentence his, and the quotation after it under "he" too (before, no one's)."""
    assert_statements((
        "Orlan Vesk, member of the Standing Committee of the Dunmere Provincial Assembly, says he really approves of "
        "the province's harbour works, at a meeting in Caldor on March 5.\n\n"
        "“I am proud of how the harbour has grown,” he commented.\n\n"
        "Marit Olse, deputy head of the Caldor Port Authority, said the quays would open in May."
    ), [
        ("Orlan Vesk", "indirect", "Orlan Vesk, member of the Standing Committee of the Dunmere Provincial Assembly, "
         "says he really approves of the province's harbour works, at a meeting in Caldor on March 5."),
        ("Orlan Vesk", "direct", "I am proud of how the harbour has grown,"),
        ("Marit Olse", "indirect", "Marit Olse, deputy head of the Caldor Port Authority, said the quays would open "
         "in May."),
    ])


def test_a_present_form_after_a_list_of_places_stays_no_ones():
    """Guard: "Harbours, roads, bridges, hopes …" opens with no name, so the present form after its commas is no
    one's verb."""
    assert_statements((
        "Governor Tamsin Grell of Dunmere met with the visitors on Monday.\n\n"
        "Grell said the province would build more roads.\n\n"
        "Harbours, roads, bridges, hopes and plans were all shown at the exhibition."
    ), [
        ("Tamsin Grell", "indirect", "Grell said the province would build more roads."),
    ])


def test_a_stray_opening_mark_after_a_groups_paragraph_gives_no_earlier_speaker_the_words():
    """A last paragraph opened by a straight quote mark that nothing closes, its words the readout's own (no first
    person, no cue after a comma), after the award winners' own paragraph: no one's words (before, the Vice Governor's,
    the last person named as a subject two paragraphs up)."""
    assert_statements((
        "Vice Governor Halvard Brennic met in Caldor with the winners of the Dunmere Friendship Award on May 2.\n\n"
        "Vice Governor Brennic congratulated the winners. He also said Dunmere will make it easier for them to work "
        "there.\n\n"
        "The winners thanked the provincial government. They said they felt at home in Dunmere.\n\n"
        "\"The Friendship Award is an honour given by the provincial government to foreign experts. This year it goes "
        "to 12 people from 9 countries."
    ), [
        ("Halvard Brennic", "indirect", "Vice Governor Brennic congratulated the winners."),
        ("Halvard Brennic", "indirect", "He also said Dunmere will make it easier for them to work there."),
    ])


def test_an_unclosed_message_in_the_first_person_stays_its_senders():
    """Guard: a message whose opening mark nothing closes but which speaks in the first person, after its lead-in
    paragraph, is still the sender's."""
    assert_statements((
        "Foreign Minister Ilse Marrow of Quintara sent a message of sympathy to her counterpart in Ostvale.\n\n"
        "The Minister’s message reads as follows:\n\n"
        "\"I am deeply saddened by the loss of lives caused by the floods. Our thoughts are with the people of "
        "Ostvale."
    ), [
        ("Ilse Marrow", "indirect", "Foreign Minister Ilse Marrow of Quintara sent a message of sympathy to her "
         "counterpart in Ostvale."),
        ("Ilse Marrow", "direct", "I am deeply saddened by the loss of lives caused by the floods. Our thoughts are "
         "with the people of Ostvale."),
    ])


def test_the_consul_generals_own_consulate_general_in_the_present_carries_his_words_on():
    """"Consul General X set out that … . The Consulate General in Caldor highly values its relations with …, and this
    visit is his seventh …": the mission he heads, its two words apart, speaking in the present tense, his words
    carried on (before, "Consulate General" was read as a general, a person, and the sentence was no one's)."""
    assert_statements((
        "Consul General Ardo Velt of Ostvale visited Dunmere province from May 3 to 5.\n\n"
        "Consul General Velt set out that Ostvale and Dunmere enjoy a long relationship. The Ostvale Consulate General "
        "in Caldor highly values its relations with Dunmere province, and this visit is his seventh to Dunmere. He "
        "thanked the office for the warm welcome."
    ), [
        ("Ardo Velt", "indirect", "Consul General Velt set out that Ostvale and Dunmere enjoy a long relationship."),
        ("Ardo Velt", "indirect", "The Ostvale Consulate General in Caldor highly values its relations with Dunmere "
         "province, and this visit is his seventh to Dunmere."),
        ("Ardo Velt", "indirect", "He thanked the office for the warm welcome."),
    ])


def test_an_office_of_the_consulate_general_is_still_a_person():
    """Guard: "the head of the Consulate General" holds an office, a person, who speaks under his name set off after
    it; only the mission's own name is read as a thing."""
    assert_statements((
        "A delegation from Ostvale visited Dunmere province on Monday.\n\n"
        "The head of the Ostvale Consulate General in Caldor, Lene Dorr, said that trade had doubled in two years."
    ), [
        ("Lene Dorr", "indirect", "The head of the Ostvale Consulate General in Caldor, Lene Dorr, said that trade had "
         "doubled in two years."),
    ])
