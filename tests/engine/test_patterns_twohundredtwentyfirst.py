"""Rules from the two-hundred-twenty-first held-out set (en.kremlin.ru, January and February 2000): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_DEPUTIES = "Acting President Arvan Tolmen met with leaders of parliamentary parties"
_INTERVIEW = "Acting President Arvan Tolmen gave an interview to a TV channel"


def test_told_journalists_closing_a_meeting_sentence_takes_all_of_it():
    """"The meeting also discussed the need for closer cooperation between the government and the State Duma, …, Mr
    Putin told journalists." (two-hundred-twenty-first 37399): a cue that closes its sentence after whom it told, the
    press, governs all of it, as a bare "…, Mr Putin said." did; what the meeting discussed is his account. Before,
    "told journalists" was not read as closing the sentence, and only "Mr Putin told journalists." was his."""
    body = ("The meeting discussed the agenda of the new parliament. The meeting also discussed the need for closer "
            "cooperation between the government and the parliament, Mr Tolmen told journalists. He said continuity "
            "should be preserved.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "The meeting also discussed the need for closer cooperation between the government "
                                     "and the parliament, Mr Tolmen told journalists."),
        ("Arvan Tolmen", "indirect", "He said continuity should be preserved."),
    ], title=_DEPUTIES)


def test_told_the_ministers_closing_a_meeting_sentence_stays_the_told_clause():
    """Guard: "…, Mr Tolmen told the ministers.": whom he told is no press, so the cue is not read as closing the
    sentence and the meeting's clause stays out, as before."""
    body = ("The meeting discussed the agenda of the new parliament. The ministers discussed the border, Mr Tolmen "
            "told the ministers.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen told the ministers."),
    ], title=_DEPUTIES)


def test_that_and_a_fronted_when_clause_keeps_a_cited_person_inside():
    """"Commenting on the resignation of the first Russian president, Mr Putin said that, when leaving the Kremlin on
    December 31, Boris Yeltsin said to those around him, “Take care of Russia.”" (two-hundred-twenty-first 37369):
    after "said that," and a set-off "when …" clause, the person who said something is cited inside Putin's report,
    not a speaker of his own, as after "said that during his visit, …". Before, the sentence was cut at "December 31"
    and the rest given to the person cited."""
    body = ("Commenting on the resignation of the former president, Mr Tolmen said that, when leaving the palace on "
            "December 31, Dorin Kasvel said to those around him, “Take care of the country.” These were simple "
            "words, Mr Tolmen said.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Commenting on the resignation of the former president, Mr Tolmen said that, when "
                                     "leaving the palace on December 31, Dorin Kasvel said to those around him, “Take "
                                     "care of the country.”"),
        ("Arvan Tolmen", "indirect", "These were simple words, Mr Tolmen said."),
    ], title=_INTERVIEW)


def test_that_and_a_plain_clause_then_while_still_splits_two_speakers():
    """Guard: "Mr Tolmen said that the talks had gone well, while Dorin Kasvel said …": no fronted clause after
    "that", a second speaker's own clause after "while": two statements, as before."""
    body = "Mr Tolmen said that the talks had gone well, while Dorin Kasvel said the issue was closed."
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen said that the talks had gone well"),
        ("Dorin Kasvel", "indirect", "Dorin Kasvel said the issue was closed."),
    ], title=_INTERVIEW)
