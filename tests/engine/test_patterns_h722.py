"""Statements found by helper h722's mend of fivehundredfortyfirst's (the Seoul Metropolitan Government's) errors:

- a place described before its name at a paragraph's head ("A city located north of Tarvik, Olmen is home to …"), after
  one person's report: the readout's background on the place, not the report carried on
  (carrying_on._PLACE_DESCRIBED_BEFORE_ITS_NAME in `_goes_on_reporting`);
- an event that followed ("A Q&A session followed in which …"), after one person's report in the same paragraph: the
  programme told, not the report carried on (carrying_on._EVENT_FOLLOWED in `_tells_of_events`);
- a news agency's credit of two words in brackets after a paragraph's last quotation ("“…,” he added. (Varnia News)"):
  in no sentence, no one's words (segments._CLOSING_CREDIT);
- flowers, a wreath or incense "offered" at a memorial ("X offered flowers … then wrote in the visitors' book, saying,
  “…”"): a tribute paid, an act, no indirect statement; the quotation after "saying" is still X's
  (speech_subjects._OFFERED_A_TRIBUTE);
- a headline's "Begins", "Starts", "Assumes" ("Oh Begins Duty as Mayor …"): a verb that parts the subject from what
  follows, no person "Oh Begins Duty" taking the body's full name (titles._HEADLINE_VERBS);
- unnamed officials or sources closing a person's reported sentence ("…, X held a closed meeting with Y and pledged …,
  Tarvik officials said."): the account's source, the whole sentence the person's statement
  (reported_speech._SOURCE_GROUPS in `_source_closes`).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_DISCUSSED = ("On May 4, Mayor Ilsa Varo discussed various means of cooperation in tourism and film with Mayor Denn "
              "Kask of Olmen at City Hall.")


def test_a_place_described_before_its_name_is_no_report_carried_on():
    """"A city located north of Tarvik, Olmen is home to …": the place's background, not Varo's report."""
    assert_statements(
        _DISCUSSED + "\n\nA city located north of Tarvik, Olmen is home to large film studios as well as makers of "
        "optical machinery and medicines.",
        [("Ilsa Varo", "indirect", _DISCUSSED)],
    )


def test_a_report_still_goes_on_into_the_next_paragraph():
    """Guard: a sentence with no one acting in it after her report is still hers ("Tourism remains …")."""
    assert_statements(
        _DISCUSSED + "\n\nTourism remains the most promising field for joint work in the coming years.",
        [("Ilsa Varo", "indirect", _DISCUSSED),
         ("Ilsa Varo", "indirect", "Tourism remains the most promising field for joint work in the coming years.")],
    )


_SPOKE = ("Mayor Ilsa Varo delivered a speech on the topic of the “Road to Peace” and discussed with Pell Arno, a senior "
          "researcher, on the issue of the “Peace in the North.”")


def test_an_event_that_followed_is_no_report_carried_on():
    """"A Q&A session followed in which …": the programme's next event, not Varo's report."""
    assert_statements(
        "On June 3, Mayor Ilsa Varo took part in a round table in Tarvik.\n\n" + _SPOKE
        + " A Q&A session followed in which over 30 experts and officials of Tarvik took part.",
        [("Ilsa Varo", "indirect", _SPOKE)],
    )


_QUOTED = "We have shortened the trip so that the city is not left without its mayor for long"


def test_a_two_word_agency_credit_after_a_quotation_is_no_ones_words():
    """"“…,” he added. (Varnia News)": the agency's credit, in no statement."""
    assert_statements(
        "Mayor Ilsa Varo will visit Tarvik next week, the city government said.\n\n“" + _QUOTED
        + ",” said Denn Kask, a city official in charge of exchanges.\n\n“The delegation will sign the agreements "
        "instead,” he added. (Varnia News)",
        [("Denn Kask", "direct", _QUOTED),
         ("Denn Kask", "direct", "The delegation will sign the agreements instead")],
    )


_TRIBUTE = ("Mayor Lena Toma offered flowers and burned incense in front of the Memorial Tower then wrote in the "
            "visitors’ book, saying, “Tarvik is up and running again.”")


def test_flowers_offered_at_a_memorial_are_no_statement():
    """"offered flowers …, saying, “…”": the quotation only, hers; the tribute no indirect statement."""
    assert_statements(
        "Lena Toma began her duties as mayor of Tarvik by visiting the National Cemetery.\n\n" + _TRIBUTE,
        [("Lena Toma", "direct", "Tarvik is up and running again.")],
    )


def test_condolences_offered_are_still_a_statement():
    """Guard: "offered her condolences to …" is still her indirect statement."""
    sentence = "Mayor Lena Toma offered her condolences to the families of the victims of the flood."
    assert_statements(
        "Lena Toma visited the flooded district of Tarvik.\n\n" + sentence,
        [("Lena Toma", "indirect", sentence)],
    )


def test_a_headline_begins_parts_the_subject_from_its_object():
    """"Toma Begins Duty as Mayor …": no person "Toma Begins Duty"; the body's Lena Toma speaks."""
    result = assert_statements(
        "Lena Toma began her official duties as mayor of Tarvik on Thursday.\n\n"
        "Toma said that she will do her best for the city.",
        [("Lena Toma", "indirect", "Toma said that she will do her best for the city.")],
        title="Toma Begins Duty as 12th Tarvik Mayor by Visiting the National Cemetery",
    )
    assert [speaker.name for speaker in result.speakers] == ["Lena Toma"]


_PLEDGED = ("Prior to signing the agreement, Mayor Lena Toma held a closed meeting with Mayor Ivo Lask and pledged "
            "Tarvik’s cooperation on an urban renewal project, Tarvik officials said.")


def test_unnamed_officials_closing_the_sentence_are_its_source():
    """"…, Tarvik officials said.": the source of the account, the whole sentence hers."""
    assert_statements(
        "The mayors of Tarvik and Olmen agreed on Tuesday to raise the ties between the two cities.\n\n" + _PLEDGED,
        [("Lena Toma", "indirect", _PLEDGED)],
    )
