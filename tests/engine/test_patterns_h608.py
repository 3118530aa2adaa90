"""Rules from the thirty-first styles set (Middle Eastern and North African presidencies', royal courts' and
foreign ministries' English releases): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("opening", ["In this regard, ", "For his part, ", "On the economy, "])
def test_a_closing_spokesman_tag_after_a_fronted_phrase_is_the_spokesmans(opening):
    """"In this regard, the President stressed that …, the spokesman said.": a short phrase set off by a comma before
    the first cue does not keep the closing tag from being the main clause, as "The President stressed that …, the
    spokesman said." already was (styles6's press secretary): the whole sentence is the spokesman's. Before, the
    President was given the words and the tag was left out."""
    first = ("Today, President Nabil Orsani received the Foreign Minister of Velmarsk.\n\n"
             "Spokesman for the Presidency, Counselor Tarek Hallaq-Dawud, said the President welcomed the minister.")
    sentence = (f"{opening}President Orsani stressed that a lasting calm can only come from a political settlement, "
                "the spokesman said.")
    assert_statements(f"{first}\n\n{sentence}", [
        ("Tarek Hallaq-Dawud", "indirect",
         "Spokesman for the Presidency, Counselor Tarek Hallaq-Dawud, said the President welcomed the minister."),
        ("Tarek Hallaq-Dawud", "indirect", sentence),
    ])


def test_a_cue_after_a_subordinate_clause_stays_the_main_clauses():
    """The guard: "After X expressed concern …, Y said …" opens with a clause of its own (no comma right after a
    short phrase before the first cue): the fronted-phrase reading leaves it as it was, X's clause his and Y's his."""
    body = ("President Nabil Orsani spoke by phone with Prime Minister Ilse Varnhold. "
            "After Ilse Varnhold expressed concern for the safety of the port, Nabil Orsani said that the "
            "port was under the protection of the army.")
    result = assert_statements(body, [
        ("Ilse Varnhold", "indirect", "After Ilse Varnhold expressed concern for the safety of the port"),
        ("Nabil Orsani", "indirect", "Nabil Orsani said that the port was under the protection of the army."),
    ])
    assert result


def test_his_excellency_alone_is_the_readouts_principal():
    """"Prime Minister Dr. X received the Ambassador of Y … His Excellency affirmed …": where no one was named with
    the style, "His Excellency" is the principal whose office writes of its head so (a Prime Minister's Media
    Office). Before, the sentence was given to no one."""
    body = ("Prime Minister Dr. Qasim Nouri-Abbar received, on Sunday, the Ambassador of Velmarsk, Mrs. Ilse "
            "Varnhold, on the occasion of the end of her tenure.\n\n"
            "His Excellency affirmed the government's keenness to strengthen relations with Velmarsk.\n\n"
            "For her part, the Ambassador expressed her pride in the work she had accomplished.")
    assert_statements(body, [
        ("Qasim Nouri-Abbar", "indirect",
         "His Excellency affirmed the government's keenness to strengthen relations with Velmarsk."),
        ("Ilse Varnhold", "indirect",
         "For her part, the Ambassador expressed her pride in the work she had accomplished."),
    ])


def test_his_excellency_named_with_the_style_is_still_that_person():
    """The guard: one named with the style ("received His Excellency Mr. X, Ambassador of Y") is still the one
    "His Excellency" means, not the principal."""
    body = ("Prime Minister Dr. Qasim Nouri-Abbar received His Excellency Mr. Tarek Hallaq-Dawud, Ambassador of "
            "Velmarsk.\n\nHis Excellency conveyed the greetings of his Government.")
    assert_statements(body, [
        ("Tarek Hallaq-Dawud", "indirect", "His Excellency conveyed the greetings of his Government."),
    ])


def test_a_ministrys_list_of_portfolios_before_a_name_gives_the_name_the_office():
    """"the Minister of Foreign Affairs, Migration and Nationals Abroad, X": the words after the office's comma are
    the rest of its list of portfolios ("Nationals Abroad" no one's one-word name), so X holds the office and "the
    Minister" is X. Before, X was left with no office and "For his part, the Minister said …" was no one's."""
    body = ("The President of the Republic received on Thursday the Minister of Foreign Affairs, Migration and "
            "Nationals Abroad, Fethi Ouerghemmi.\n\nFor his part, the Minister said that eleven heads of state had "
            "confirmed their participation.")
    assert_statements(body, [
        ("Fethi Ouerghemmi", "indirect",
         "For his part, the Minister said that eleven heads of state had confirmed their participation."),
    ])


def test_two_ministers_named_after_an_office_stay_two():
    """The guard: "the Minister, Ida Morn and Anton Vesk": names after the comma, not portfolios."""
    body = ("The President received the Minister of Trade, Ida Morrevald and Anton Vesterkamp.\n\n"
            "Ida Morrevald said that exports had grown.")
    assert_statements(body, [("Ida Morrevald", "indirect", "Ida Morrevald said that exports had grown.")])


@pytest.mark.parametrize("noun", ["main outlines of the draft", "broad outlines", "key remarks of the report"])
def test_a_plural_noun_after_an_adjective_is_no_speech_verb(noun):
    """"The Minister presented the main outlines of the draft and informed the President that …": "outlines" after
    an article and an adjective is a plural noun, not the verb of a subject "the main"; the second verb is the
    Minister's. Before, the false cue took the sentence and no one got it."""
    body = ("The President received on Thursday the Minister of Foreign Affairs, Fethi Ouerghemmi.\n\n"
            f"The Minister presented the {noun} and informed the President that eleven heads of state had confirmed.")
    assert_statements(body, [
        ("Fethi Ouerghemmi", "indirect",
         f"The Minister presented the {noun} and informed the President that eleven heads of state had confirmed."),
    ])


@pytest.mark.parametrize(("sent", "sentence"), [
    ("a message of greetings", "The telegram notes that Velmarsk shares the pain of those who lost family members."),
    ("a message of greetings", "The message notes, in particular, that the two countries are committed to cooperation."),
])
def test_a_verb_in_s_with_its_complement_stays_a_verb(sent, sentence):
    """The guard: "The telegram notes that …" and "The message notes, in particular, that …" keep their verb (its
    complement after it, not "of", "and" or a stop): the sender's statement, as before."""
    first = f"President Nabil Orsani sent {sent} to President Ilse Varnhold of Velmarsk."
    assert_statements(f"{first}\n\n{sentence}", [("Nabil Orsani", "indirect", first),
                                                  ("Nabil Orsani", "indirect", sentence)])


def test_a_guest_welcomed_with_a_relative_clause_is_a_hosts_act():
    """"President X welcomed Minister of State for Refugee Affairs, Y, who briefed him on …": a host receiving a guest,
    the guest's report only a relative clause on him, narrative as the Kremlin's "had a working meeting with Y, who
    briefed the President on …". Before, "welcomed" made the whole sentence the President's statement."""
    body = ("President of the Republic, General Antoun Haddour-Nasri, welcomed Minister of State for Refugee Affairs, "
            "Wadih Saadeh-Rahme, who briefed him on the outcome of his visit to the border crossings.\n\n"
            "The President praised the work of the crossing staff.")
    assert_statements(body, [
        ("Antoun Haddour-Nasri", "indirect", "The President praised the work of the crossing staff."),
    ])


def test_a_person_welcomed_for_a_decision_is_still_praise():
    """The guard: "welcomed Minister Y's decision …" (a thing welcomed in words) stays the host's statement."""
    sentence = "President Antoun Haddour-Nasri welcomed Minister Wadih Saadeh-Rahme's decision to reopen the crossings."
    assert_statements(sentence, [("Antoun Haddour-Nasri", "indirect", sentence)])


@pytest.mark.parametrize("lead_in", ["Here follows a communiqué from the Royal Cabinet:",
                                     "The following is the text of a statement issued by the Ministry of Foreign Affairs:"])
def test_a_bodys_document_quoted_over_paragraphs_is_no_ones_direct_speech(lead_in):
    """"Here follows a communiqué from the Royal Cabinet:" then the communiqué in quotation marks over several
    paragraphs (the opening mark in its first, the closing mark in its last): the marks frame a body's document, so
    its narrative paragraphs are no one's direct speech; the persons it reports speak in its sentences. Before, its
    first and last paragraphs were the King's direct speech."""
    body = (f"{lead_in}\n\n"
            "“His Majesty King Idrissi Ben Tahar, may God assist Him, received on Thursday at the Royal Palace the "
            "Secretary-General of the League of Coastal States, Mr. Pelle Vindmark.\n\n"
            "In this respect, His Majesty the King reaffirmed the constant position of the Kingdom on the law of the sea.\n\n"
            "This audience took place in the presence of Mr. Omar Lahbibi, Minister of Foreign Affairs.”")
    assert_statements(body, [
        ("Idrissi Ben Tahar", "indirect",
         "In this respect, His Majesty the King reaffirmed the constant position of the Kingdom on the law of the sea."),
    ])


def test_a_persons_statement_quoted_after_its_lead_in_stays_his():
    """The guard: "The Minister of Foreign Affairs, X, made the following statement:" / "“…”": a person's words."""
    body = ("The Minister of Foreign Affairs, Omar Lahbibi, made the following statement:\n\n"
            "“We will defend the law of the sea in every forum.”")
    assert_statements(body, [("Omar Lahbibi", "direct", "We will defend the law of the sea in every forum.")])
