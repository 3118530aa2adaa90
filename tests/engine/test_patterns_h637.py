"""Rules from the four-hundred-seventy-third held-out set (the Presidency of the Portuguese Republic's archive site and
the President of North Macedonia's pretsedatel.mk / president.mk, English pages): invented readouts, invented people
and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("adverb", ["orally", "verbally"])
def test_an_adverb_of_the_way_a_report_is_given_before_its_verb(adverb):
    """president.mk 2018-05-31: "At the meeting, Minister Dimitrov orally informed about the recent developments
    related to the talks on the name issue, without submitting any written document." The adverb between the subject
    and "informed" is the report's manner, as "briefly" is. Before, the sentence was no one's."""
    body = ("The President of Norland, Dr. Tomas Berel, received today Mr. Ivo Kant, Minister of Foreign Affairs of "
            "Norland.\n\n"
            f"At the meeting, Minister Kant {adverb} informed about the recent developments related to the talks on the "
            "border, without submitting any written document.\n\n"
            "President Berel stressed that the process lacked any national consensus.")
    assert_statements(body, [
        ("Ivo Kant", "indirect", (f"At the meeting, Minister Kant {adverb} informed about the recent developments "
                                  "related to the talks on the border, without submitting any written document.")),
        ("Tomas Berel", "indirect", "President Berel stressed that the process lacked any national consensus."),
    ])


@pytest.mark.parametrize("lead", ["in the interview for", "in an interview with", "on the show", "in the newspaper"])
def test_a_programme_named_in_quotes_inside_the_aside_is_no_quotation(lead):
    """pretsedatel.mk 2020-11-21: "President Stevo Pendarovski, in the interview for “Trilling” on TV24, mainly
    addressed two major topics, namely …". The quoted word after "interview for" names the programme (GOLD-FORMAT: a
    quotation of a title is not a statement), so the sentence is read as it stands, the President's report. Before, the
    one quoted word was taken for a quotation with no speaker and the sentence was lost."""
    body = (f"President Tomas Berel, {lead} “Morning Hour” on TV5, mainly addressed two major topics, namely the "
            "crisis caused by the floods and the relations with Osland.")
    assert_statements(body, [
        ("Tomas Berel", "indirect", (f"President Tomas Berel, {lead} “Morning Hour” on TV5, mainly addressed two "
                                     "major topics, namely the crisis caused by the floods and the relations with "
                                     "Osland.")),
    ], title="Interview of President Berel for “Morning Hour” on TV5")


@pytest.mark.parametrize("signed", ["subscribed by", "signed by"])
def test_a_lead_in_closing_on_the_signer_of_the_note_it_quotes(signed):
    """presidencia.pt 85197: "The Presidency of the Republic publishes the following note subscribed by President
    Cavaco Silva:" and the note quoted over three paragraphs in the first person: the note's words are the signer's,
    one statement a paragraph; the lead-in is no one's and the closing signature is no words. Before, the note was no
    one's: the title names no person and the lead-in's subject is a body."""
    body = ("The Presidency of the Republic publishes the following note " + signed + " President Ana Berel:\n\n"
            "“Upon the conclusion of the celebrations of the National Day, I wish to emphasize the heavy adhesion of "
            "the citizens who celebrated the national date.\n\n"
            "I take this opportunity to address my heartfelt thanks to all those who made known their concern.\n\n"
            "Ana Berel”")
    assert_statements(body, [
        ("Ana Berel", "direct", ("Upon the conclusion of the celebrations of the National Day, I wish to emphasize "
                                 "the heavy adhesion of the citizens who celebrated the national date.")),
        ("Ana Berel", "direct", ("I take this opportunity to address my heartfelt thanks to all those who made known "
                                 "their concern.")),
    ], title="Note from the Presidency of the Republic")


def test_the_signature_closing_a_quoted_message_is_no_statement():
    """presidencia.pt 56680: a message printed whole in quotes over several paragraphs, its last paragraph the
    sender's name alone ("Aníbal Cavaco Silva”"): the signature, not words of the message. Before, the name was a
    direct statement of its own."""
    body = ("The President of the Republic addressed a message to the President of Osland on the occasion of the "
            "National Day of Osland.\n\n"
            "Following is the text of the message addressed by President Tomas Berel:\n\n"
            "“Mister President and Dear Friend,\n\n"
            "On the occasion of the National Day of Osland I am very pleased to address Your Excellency our warmest "
            "congratulations.\n\n"
            "While renewing my congratulations, I beg you to accept my very best regards and personal esteem.\n\n"
            "Tomas Berel”")
    assert_statements(body, [
        ("Tomas Berel", "direct", "Mister President and Dear Friend,"),
        ("Tomas Berel", "direct", ("On the occasion of the National Day of Osland I am very pleased to address Your "
                                   "Excellency our warmest congratulations.")),
        ("Tomas Berel", "direct", ("While renewing my congratulations, I beg you to accept my very best regards and "
                                   "personal esteem.")),
    ], title="President of the Republic sent message to President of Osland on the National Day of Osland")


@pytest.mark.parametrize("salutation", ["Mr. President", "Mister President", "Dear Friend"])
def test_a_salutation_with_no_comma_opens_a_quoted_message(salutation):
    """presidencia.pt 73831: a condolence message quoted in straight marks over several paragraphs, its first
    paragraph the salutation "Mr. President" with no comma after it: the salutation opens the message, so it and the
    paragraphs after it are the sender's, one direct statement a paragraph. Before, the salutation was read as a
    sentence of its own and the message's paragraphs were no one's."""
    body = ("The President of the Republic sent a message of condolences to the President of Osland, Ivo Marr, "
            "following the flood that struck the region.\n\n"
            "Following is the text of the message from President Tomas Berel:\n\n"
            f'"{salutation}\n\n'
            "It was with great dismay that I learned of the victims of the flood.\n\n"
            "At this very difficult moment, I wish to convey our deepest sympathy.\n\n"
            'Tomas Berel"')
    assert_statements(body, [
        ("Tomas Berel", "indirect", ("The President of the Republic sent a message of condolences to the President of "
                                     "Osland, Ivo Marr, following the flood that struck the region.")),
        ("Tomas Berel", "direct", salutation),
        ("Tomas Berel", "direct", "It was with great dismay that I learned of the victims of the flood."),
        ("Tomas Berel", "direct", "At this very difficult moment, I wish to convey our deepest sympathy."),
    ], title="President Berel sent condolences to President Marr over the victims of the flood")


@pytest.mark.parametrize("lead", ["Following the text of the message of condolences from President Tomas Berel:",
                                  "Below is the text of the condolences from President Tomas Berel:"])
def test_a_lead_in_naming_condolences_from_someone_before_its_colon_is_no_statement(lead):
    """presidencia.pt 73831: "Following the text of the message of condolences from President Cavaco Silva:" (the
    release's slip, "is" missing) leads the quoted message in: the words are the message's, the lead-in no
    statement, though "condolences from X" tells of X's words in a sentence that ends on a stop. Before, the colon
    the sentence ends on was not seen and the lead-in was the President's statement."""
    body = ("President Tomas Berel addressed a message to the President of Osland.\n\n"
            f"{lead}\n\n"
            "“Mister President,\n\n"
            "It was with great dismay that I learned of the victims of the flood.”")
    assert_statements(body, [
        ("Tomas Berel", "direct", "Mister President,"),
        ("Tomas Berel", "direct", "It was with great dismay that I learned of the victims of the flood."),
    ], title="President Berel sent condolences to President Marr")
