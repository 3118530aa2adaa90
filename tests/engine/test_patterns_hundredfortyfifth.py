"""Rules from the hundred-forty-fifth held-out set (White House readouts of 2023): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_adverb_between_be_and_participle_keeps_the_passive():
    """"… and the President has been continually briefed by his national security team since …"
    (2023-02-11): an "-ly" adverb outside the filler list between "been" and "briefed" hid the
    passive, and the President was read as speaking; he is the one told, and no one's words are given."""
    body = ("Earlier today, President Ana Varga of Norland spoke with Prime Minister Ivo Marten of Sudmark on the "
            "balloon over the border. The balloon was tracked over the last day and the President has been "
            "continually briefed by her security team since it was detected. "
            "President Varga thanked the Prime Minister for his close coordination.")
    assert_statements(body, expected=[
        ("Ana Varga", "indirect", "President Varga thanked the Prime Minister for his close coordination."),
    ])


def test_adverb_between_be_and_participle_gives_the_agent_the_report():
    """The same passive with a person for agent: the agent speaks, as in "was briefed by X on …"."""
    body = ("President Ana Varga of Norland met with her cabinet. "
            "The President was regularly briefed by Defense Minister Olaf Strand on the state of the border "
            "guard.")
    assert_statements(body, expected=[
        ("Olaf Strand", "indirect", "The President was regularly briefed by Defense Minister Olaf Strand on the "
                                    "state of the border guard."),
    ])


def test_adverb_in_a_relative_passive_stays_with_the_report():
    """Guard: "…, which is constantly emphasized by President X." inside another's "he stressed that …"
    (ninety-seventh's 73965): the relative clause stays in the adviser's statement, as it was."""
    body = ("Adviser Ivan Petrenko spoke to the press. At the same time, he stressed that all issues of "
            "sovereignty are inviolable for the negotiators, which is constantly emphasized by President of "
            "Norland Olaf Strand.")
    assert_statements(body, expected=[
        ("Ivan Petrenko", "indirect", "At the same time, he stressed that all issues of sovereignty are inviolable "
                                      "for the negotiators, which is constantly emphasized by President of Norland "
                                      "Olaf Strand."),
    ])
