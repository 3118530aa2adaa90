"""Rules from the hundred-seventy-second held-out set (president.gov.ua, Dec 2021 - Apr 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_what_a_decree_provides_does_not_carry_on_the_announcement():
    """"Volodymyr Zelenskyy announced that he had signed a decree … . The decree also provides for an increase
    in the presidential scholarship …" (72017): what the decree does is the press office's account of the act,
    not more of what the President announced. Before, the sentence was his."""
    body = ("President Oren Talvik held a meeting with veterans of the Kestrov flood. "
            "Oren Talvik announced that he had signed a decree on honouring the flood's rescuers. "
            "The decree also provides for an increase in the pensions of the rescuers. "
            '"We owe them a great deal," the President said.')
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "Oren Talvik announced that he had signed a decree on honouring the flood's rescuers."),
        ("Oren Talvik", "direct", "We owe them a great deal"),
    ])


def test_a_document_in_particular_introducing_is_the_documents_account():
    """"This document, in particular, introduces the award of the President …" (72017): the commas of "in
    particular" between the document and its verb leave it the document's account. Before, it carried on the
    President's announcement."""
    body = ("President Oren Talvik held a meeting with veterans of the Kestrov flood. "
            "Oren Talvik announced that he had signed a decree on honouring the flood's rescuers. "
            "This document, in particular, introduces a new medal for the rescuers. "
            '"We owe them a great deal," the President said.')
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "Oren Talvik announced that he had signed a decree on honouring the flood's rescuers."),
        ("Oren Talvik", "direct", "We owe them a great deal"),
    ])


def test_a_sentence_left_untranslated_is_not_carried_on():
    """A Cyrillic sentence the source left untranslated beside its English version, between two of the
    President's quotations (72017): no English words of his to carry on. Before, it was his."""
    body = ("President Oren Talvik held a meeting with veterans of the Kestrov flood. "
            '"They saved the city," said Oren Talvik. '
            "Глава держави доручив уряду знайти кошти. "
            "The President instructed the government to find the funds. "
            '"We owe them a great deal," the President said.')
    assert_statements(body, [
        ("Oren Talvik", "direct", "They saved the city"),
        ("Oren Talvik", "indirect", "The President instructed the government to find the funds."),
        ("Oren Talvik", "direct", "We owe them a great deal"),
    ])


def test_said_this_at_a_think_tanks_meeting_is_where_he_said_it():
    """"He said this during an online meeting organized by the American think tank Atlantic Council" (72401):
    "think" in "think tank" is a noun's word, no belief; the sentence only says where he spoke. Before, it was
    his statement."""
    body = ("Head of the Office Oren Talvik is convinced that the partners will stand by Kestria. "
            "He said this during an online meeting organized by the Dalmian think tank Harbour Forum. "
            '"We feel strong support," said Oren Talvik.')
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "Head of the Office Oren Talvik is convinced that the partners will stand by Kestria."),
        ("Oren Talvik", "direct", "We feel strong support"),
    ])


def test_two_sides_after_an_opening_phrase_act_together():
    """"In the context of the negotiation process on Donbas, the Head of the Office of the President and the
    Ambassadors of the G7 and the EU exchanged views on …" (71865): the two sides that met, after an opening
    phrase, are the subject; no one's words carried on between his two statements. Before, it was his."""
    body = ("Head of the Office of the President Oren Talvik met with the Ambassadors of the G5. "
            "Oren Talvik thanked the partners for their support. "
            "In the context of the peace talks, the Head of the Office of the President and the Ambassadors of "
            "the G5 exchanged views on the agenda of the contact group. "
            "Oren Talvik spoke about the reforms in Kestria.")
    assert_statements(body, [
        ("Oren Talvik", "indirect", "Oren Talvik thanked the partners for their support."),
        ("Oren Talvik", "indirect", "Oren Talvik spoke about the reforms in Kestria."),
    ])


def test_as_stated_by_closing_a_sentence_gives_it_to_the_agent():
    """"Instead, the Russians are trying to force people to go to Russia …, as stated by Andriy Yermak." (74013):
    the passive's agent after ", as" is the source of the sentence's words, as in ", as X said". Before, the
    sentence was given to no one."""
    body = ("Minister Oren Talvik said that the siege of the port is continuing. "
            "Instead, the invaders are trying to force people to leave, as stated by Oren Talvik. "
            '"The port is blocked," he added.')
    assert_statements(body, [
        ("Oren Talvik", "indirect", "Minister Oren Talvik said that the siege of the port is continuing."),
        ("Oren Talvik", "indirect",
         "Instead, the invaders are trying to force people to leave, as stated by Oren Talvik."),
        ("Oren Talvik", "direct", "The port is blocked"),
    ])


def test_as_requested_by_is_no_statement():
    """", as requested by X" is what X asked for, done by others: only verbs of saying make ", as … by X" a
    statement (guard of the rule above)."""
    body = ("President Oren Talvik met the Minister of Health. "
            "The hospital was opened ahead of time, as requested by Oren Talvik. "
            '"We are grateful," the President said.')
    assert_statements(body, [
        ("Oren Talvik", "direct", "We are grateful"),
    ])
