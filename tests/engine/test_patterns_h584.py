"""Readings the real readouts of the heldout sets from the three-hundredth on showed the engine missing:
a name right after an infinitive's verb is its object, not the first of a pair that speaks ("… is ready to
help rebuild Bucha, and the mayor of … expressed …"); "the mayor of Wiener Neustadt" is an office of a place,
not a person named "Wiener Neustadt".

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MEETING = "Deputy Minister Karel Dvorin met with Mayor Ansel Quist in Tolsk.\n\n"


def test_name_after_an_infinitive_is_its_object():
    """(three-hundred-eighty-seventh ua 75949: "He said that …, the town of Vösendorf is ready to help rebuild
    Bucha, and the mayor of … expressed readiness …"): "Tolsk" is what the town will help rebuild, so ", and"
    ends the first speaker's clause and the mayor's begins; "Tolsk, and Mayor Ansel Quist" is no pair."""
    said = "He said that under the memorandum, the town of Velmar is ready to help rebuild Tolsk"
    ready = "Mayor Ansel Quist expressed readiness to help rebuild Varna."
    assert_statements(MEETING + said + ", and " + ready + "\n",
                      [("Karel Dvorin", "indirect", said), ("Ansel Quist", "indirect", ready)])


def test_pair_after_a_fronted_phrase_still_speaks_together():
    """Guard: a pair that opens its clause after a comma, no infinitive's verb before it ("In Tolsk, Mayor Ansel
    Quist, and Deputy Minister Karel Dvorin agreed …"), is still the two together, no one's statement."""
    body = MEETING + "In Tolsk, Mayor Ansel Quist, and Deputy Minister Karel Dvorin stressed the need for new roads.\n"
    assert_statements(body, [])


def test_office_of_a_two_word_place_names_no_one():
    """(three-hundred-eighty-seventh ua 75949: "the mayor of Wiener Neustadt (near Vienna) expressed readiness …"):
    two capitalised words right after "the mayor of", the first no first name, are the town, not the mayor's
    name: no speaker "Lower Varn" is made (and no mayor is named in the readout for the office to be)."""
    body = "Deputy Minister Karel Dvorin visited Tolsk.\n\nThe mayor of Lower Varn stressed that the bridge must be rebuilt.\n"
    assert_statements(body, [])


def test_office_of_a_country_then_a_name_is_still_the_holder():
    """Guard: "the Prime Minister of Velmar Ilona Brenn" (a country, then a first name and a surname) and "the
    President of Ilona Brenn"-like runs whose first word is a first name keep the holder's name."""
    said = "The Prime Minister of Velmar Ilona Brenn stressed that the bridge must be rebuilt."
    assert_statements(MEETING + said + "\n", [("Ilona Brenn", "indirect", said)])


def test_former_office_and_name_after_a_quotation_speaks():
    """(four-hundred-seventh ph_pnd_2016-07-27: "“This is the Philippine Team,” former President and special envoy to
    China Fidel V. Ramos said as he got together with …"): a lower-case "former" before the office and the name that
    close a quotation still names its speaker; the quotation is his, direct (not the whole sentence reported)."""
    body = ("The leaders met in Tolsk.\n\n“This is our team,” former President and special envoy to Velmar Karel Dvorin "
            "said as he got together with President Ansel Quist.\n")
    assert_statements(body, [("Karel Dvorin", "direct", "This is our team")])


def test_said_then_former_office_and_name():
    """The same with the verb first: "“…,” said former President X."."""
    body = "The leaders met in Tolsk.\n\n“This is our team,” said former President Karel Dvorin.\n"
    assert_statements(body, [("Karel Dvorin", "direct", "This is our team")])


def test_former_office_with_no_name_is_not_the_holder_now():
    """Guard: "“…,” said former President of Velmar." names no one: the office alone would be read as the one who
    holds it now (President Ansel Quist), who did not say it."""
    body = "President Ansel Quist of Velmar met the team in Tolsk.\n\n“This is our team,” said former President of Velmar.\n"
    assert_statements(body, [])


BUSINESS = "President Karel Dvorin met with business leaders in Tolsk.\n\n"


def test_a_thing_that_promises_to_become_leads_up_to_the_cue():
    """(three-hundred-forty-sixth kremlin_40142: "With its rapid economic progress, Russia promises to become a vehicle
    of many other CIS countries’ economic development. Armenia is among such countries, Mr Putin said."): "promises to
    become" is a prospect, no promise given, so the sentence leads up to the closing "…, Mr Dvorin said" as his words."""
    lead = "With its rapid economic progress, Velmar promises to become a vehicle of its neighbours’ development."
    said = "Tolsk is among such countries, Mr Dvorin said."
    assert_statements(BUSINESS + lead + " " + said + "\n",
                      [("Karel Dvorin", "indirect", lead), ("Karel Dvorin", "indirect", said)])


def test_a_promise_to_act_still_keeps_its_sentence_apart():
    """Guard: "The government promises to provide new loans." is a pledge (a cue word, another's): the sentence does
    not lead up to Mr Dvorin's closing cue."""
    said = "Tolsk is among such countries, Mr Dvorin said."
    body = BUSINESS + "The government promises to provide new loans to its neighbours. " + said + "\n"
    assert_statements(body, [("Karel Dvorin", "indirect", said)])


PHONED = "Velmar President Karel Dvorin phoned Tolsk President Ansel Quist.\n\n"


def test_name_after_another_countrys_office_with_no_comma_opens_the_clause():
    """(three-hundred-ninety-fifth belarus_president_2022-02-27: "After talking to the President of Ukraine Aleksandr
    Lukashenko contacted President of Russia Vladimir Putin and suggested that …"): the comma after the opening phrase
    is missing; "the President of Tolsk" is whom he talked to, and Karel Dvorin, known as Velmar's President, is the
    one who contacted and suggested."""
    said = ("After talking to the President of Tolsk Karel Dvorin contacted Prime Minister Ilona Brenn and suggested "
            "that the delegation should wait.")
    assert_statements(PHONED + said + "\n", [("Karel Dvorin", "indirect", said)])


def test_the_office_holder_named_after_his_own_office_stays_the_object():
    """Guard: "After talking to the President of Tolsk Ansel Quist the delegation suggested …": Ansel Quist is Tolsk's
    President, one phrase, the object of "to"; the delegation (a group) speaks, no one's statement."""
    body = PHONED + ("After talking to the President of Tolsk Ansel Quist the delegation suggested that the talks "
                     "should wait.\n")
    assert_statements(body, [])
