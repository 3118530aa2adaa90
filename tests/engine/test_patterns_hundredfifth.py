"""Rules from the hundred-fifth held-out set (president.gov.ua, February and May 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_first_ladies_are_a_group_not_a_speaker():
    """"The First Ladies also discussed the project …" (75041): the plural of an office held by several
    women at once is a group, as "the Presidents" is; before, "First Ladies" was made one speaker, who took
    that sentence and the one after it."""
    body = ("The First Lady of Ruritania Anna Vell spoke via video call with the First Lady of Borduria Mira Kost. "
            "Anna Vell thanked her colleague for the support. "
            '"The Bridges programme" will be continued, said the First Ladies. '
            'The First Ladies also discussed the project "Books for All" to help displaced children. '
            "To do this, publishers provide book layouts, and local printers print them.")
    assert_statements(body, [
        ("Anna Vell", "indirect", "Anna Vell thanked her colleague for the support."),
    ])


def test_the_wives_of_the_presidents_are_a_group():
    """The same reading for "the wives / spouses of the Presidents": several women, no one speaker."""
    body = ("President of Ruritania Ivan Dorn hosted President of Borduria Karl Tamm. "
            "The spouses of the Presidents visited a children's hospital and stressed the importance of care. "
            "Ivan Dorn thanked Karl Tamm for the visit.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Ivan Dorn thanked Karl Tamm for the visit."),
    ])


def test_a_quotation_whose_closing_mark_was_lost_ends_at_its_attribution():
    """`"All leaders … not to hinder them, h e said. Head of the Office … informed … "I think …," he said.`
    (72829): the first quotation's closing mark was lost; its attribution ", he said." and a new sentence
    inside it show where it ended. Before, its opening mark was paired with the next quotation's closing one,
    and the narrative and the second speaker's words between were read as the first speaker's quotation."""
    body = ('President of Ruritania Ivan Dorn met with the heads of the regions. '
            '"All leaders must understand: some things are for the army alone, he said. '
            'Head of the Presidential Office Karl Tamm informed the participants about the talks. '
            '"I think we all understand that only a strong army will ensure our security," he said.')
    assert_statements(body, [
        ("Ivan Dorn", "direct", "All leaders must understand: some things are for the army alone"),
        ("Karl Tamm", "indirect", "Head of the Presidential Office Karl Tamm informed the participants about the talks."),
        ("Karl Tamm", "direct", "I think we all understand that only a strong army will ensure our security"),
    ])
