"""Rules from the hundred-twenty-ninth held-out set (en.kremlin.ru, November 2021 - January 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

CALL = "Telephone conversation with President of Moldavia Ivan Petrov"


def test_a_passive_with_its_agent_and_also_between_auxiliary_and_participle():
    """"The situation in Mali was also raised by Emmanuel Macron." (67109): a topic one person brought up,
    told in a passive with its agent, "also" between "was" and "raised". Before, only an "-ly" adverb was
    let stand there and the sentence got nothing."""
    body = ("Karl Berger had a telephone conversation with President of Moldavia Ivan Petrov.\n\n"
            "The leaders discussed trade. "
            "The question of gas supplies was also raised by Ivan Petrov.")
    assert_statements(body, title=CALL, expected=[
        ("Ivan Petrov", "indirect", "The question of gas supplies was also raised by Ivan Petrov."),
    ])


def test_a_passive_with_its_agent_and_again_between_auxiliary_and_participle():
    """The same class with "again", and "also" before a passive whose complement is its subject: "Special
    attention was also paid by X to …"."""
    body = ("Karl Berger had a telephone conversation with President of Moldavia Ivan Petrov.\n\n"
            "The leaders discussed trade.\n\n"
            "The issue of fishing rights was again raised by Karl Berger.\n\n"
            "Special attention was also paid by Ivan Petrov to the border.")
    assert_statements(body, title=CALL, expected=[
        ("Karl Berger", "indirect", "The issue of fishing rights was again raised by Karl Berger."),
        ("Ivan Petrov", "indirect", "Special attention was also paid by Ivan Petrov to the border."),
    ])


def test_an_editors_note_glued_inside_a_joined_turn_is_no_ones():
    """"President of Russia Vladimir Putin: … both miners and rescuers. (A minute of silence.) Thank you. I want
    …" (67205): a joined transcript turn with no other label in it, an editor's note between two of its
    sentences. Before, the note was kept in the speaker's words; now the turn is cut around it."""
    body = ("The President held a meeting with members of the Security Council.\n\n"
            "President Karl Berger: I must begin with the flood in the north. "
            "Let us observe a minute of silence in memory of the victims. (A minute of silence.) Thank you. "
            "We will now turn to the agenda. <…>")
    assert_statements(body, title="Meeting with members of the Security Council", expected=[
        ("Karl Berger", "direct", "I must begin with the flood in the north. "
                                  "Let us observe a minute of silence in memory of the victims."),
        ("Karl Berger", "direct", "Thank you. We will now turn to the agenda."),
    ])
