"""Statements found by helper h767's set hard64 (constructions this stop's helpers found in real pages and left with no
set): a quotation after "responded by saying,"; a relative clause set off after a sentence's subject whose closing
comma is missing ("The Governor, who is pursuing the plan … said that …"); "In the letter, he expressed …" after a
sentence naming the letter's writer after "a letter from"; an event's organisers, a group.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_after_responded_by_saying_is_the_speakers_direct_words():
    """"Deputy Mayor X responded by saying, "…"" and "Asked about …, Y responded by saying, "…"": the quoted words only,
    direct (before, the whole sentence was an indirect statement, the lead-in in it)."""
    assert_statements((
        "Mayor Bertil Hazelmoor of Quintford received a delegation from Ostvale led by Deputy Mayor Ms. Liane "
        "Carrowby-Fenn on Monday.\n\n"
        "Deputy Mayor Carrowby-Fenn responded by saying, \"Our market hall was empty for ten years. Now it is full.\"\n\n"
        "Asked about the cost of the new bridge, Hazelmoor responded by saying, “The river pays for it in tolls.”"
    ), [
        ("Liane Carrowby-Fenn", "direct", "Our market hall was empty for ten years. Now it is full."),
        ("Bertil Hazelmoor", "direct", "The river pays for it in tolls."),
    ])


def test_the_organisers_of_an_event_are_a_group_not_the_last_speaker():
    """"The organisers, asked about the cost, responded by saying, "…"": a group, no one's statement (before, the
    quotation went to the last person named)."""
    assert_statements((
        "Governor Ysolde Marrable-Quist of Fennmarch opened the spring fair in Dunhallow on Saturday.\n\n"
        "Governor Marrable-Quist said the fair would be held every year.\n\n"
        "The organisers, asked about the cost, responded by saying, \"Every stall was paid for by the farmers.\"\n\n"
        "The organizers said, \"We expect twenty thousand visitors.\""
    ), [
        ("Ysolde Marrable-Quist", "indirect", "Governor Marrable-Quist said the fair would be held every year."),
    ])


def test_a_subjects_relative_clause_with_its_closing_comma_missing_keeps_the_subject():
    """"The Chief Minister, who is pursuing a plan to … said that …", "The Ambassador, who arrived … ago thanked …": the
    subject opening the sentence before the relative clause speaks (before, no one)."""
    assert_statements((
        "The Chief Minister of Sorvath State, Mr. Ravindra Kelloway-Amadi, received the Ambassador of Perrindale, "
        "Ms. Gudrun Askelund-Moss, on Friday.\n\n"
        "The Chief Minister, who is pursuing a plan to make Sorvath a centre of wind turbines said that the State "
        "would offer land to Perrindale firms.\n\n"
        "The Ambassador, who arrived in the country only a month ago thanked the Chief Minister for the meeting."
    ), [
        ("Ravindra Kelloway-Amadi", "indirect", "The Chief Minister, who is pursuing a plan to make Sorvath a centre of "
                                                "wind turbines said that the State would offer land to Perrindale "
                                                "firms."),
        ("Gudrun Askelund-Moss", "indirect", "The Ambassador, who arrived in the country only a month ago thanked the "
                                             "Chief Minister for the meeting."),
    ])


def test_an_object_before_an_unclosed_relative_clause_stays_an_object():
    """Guard: "X met Y, who heads … ago thanked …" is no sentence the rule reads: Y, an object, does not open it."""
    assert_statements((
        "Governor Tomaso Vell-Arkwright of Hessenford met Ms. Pilar Drummand-Oke, who heads the port authority, on "
        "Tuesday.\n\n"
        "Governor Vell-Arkwright said the port would be dredged next year."
    ), [
        ("Tomaso Vell-Arkwright", "indirect", "Governor Vell-Arkwright said the port would be dredged next year."),
    ])


def test_in_the_letter_he_is_the_writer_named_after_a_letter_from():
    """"… received the Consul …, who handed over a letter from Mayor X of Y to his counterpart in Z." then "In the letter,
    he expressed …": the writer, X (before, the host who received the Consul)."""
    assert_statements((
        "On Thursday, the Mayor of Brindlecombe, Mr. Osric Fallowmere-Dunn, received the Consul of Varnesse, Mr. Jules "
        "Montbarre, who handed over a letter from Mayor Leopold Hastrenne of Calvigny to his counterpart in "
        "Brindlecombe.\n\n"
        "In the letter, he expressed his sympathy over the storm and offered to send a team of engineers.\n\n"
        "Mayor Fallowmere-Dunn thanked the Consul for the letter."
    ), [
        ("Leopold Hastrenne", "indirect", "In the letter, he expressed his sympathy over the storm and offered to send "
                                          "a team of engineers."),
        ("Osric Fallowmere-Dunn", "indirect", "Mayor Fallowmere-Dunn thanked the Consul for the letter."),
    ])


def test_the_office_after_in_the_letter_she_is_the_holder_present_not_the_writer():
    """"… who delivered a letter from the Foreign Minister of Y, Ms. X, to the Minister." then "In the letter, she
    expressed …" (X's) and "The Minister welcomed the Ambassador …": the host, the Minister who is there, not the
    letter's writer, also a Foreign Minister (before, both sentences went to one of the two)."""
    assert_statements((
        "The Minister of Foreign Affairs of Carrowmere, Ms. Helka Dunstanway-Ito, received on Sunday the Ambassador of "
        "Pellavia, Mr. Ansel Wetherby-Kron, who delivered a letter from the Foreign Minister of Pellavia, Ms. Marit "
        "Solberg-Achebe, to the Minister.\n\n"
        "In the letter, she expressed the wish of Pellavia to open a consulate in Carrowmere.\n\n"
        "The Minister welcomed the Ambassador and said that Carrowmere was ready to discuss it."
    ), [
        ("Marit Solberg-Achebe", "indirect", "In the letter, she expressed the wish of Pellavia to open a consulate in "
                                             "Carrowmere."),
        ("Helka Dunstanway-Ito", "indirect", "The Minister welcomed the Ambassador and said that Carrowmere was ready "
                                             "to discuss it."),
    ])
