"""Rules from the five-hundred-fifty-eighth held-out set (the Government of Nauru's English releases): invented readouts
and people; the states named are real, as the rule on two states' past needs known states."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_has_written_to_convey_congratulations_is_a_statement():
    """"Dame Meg Taylor has written to convey her congratulations to the President of Nauru …" (taylor): a letter
    written to say it, as "conveyed". Before, the sentence was no one's."""
    body = ("The Secretary General of the Ostrava Council, Dame Ilsa Marrow has written to convey her congratulations "
            "to the Premier of Kelland, Tomas Brede on his re-election.\n\n"
            "Premier Brede was sworn in this week.")
    assert_statements(body, [
        ("Ilsa Marrow", "indirect",
         "The Secretary General of the Ostrava Council, Dame Ilsa Marrow has written to convey her congratulations "
         "to the Premier of Kelland, Tomas Brede on his re-election."),
    ])


def test_wrote_to_thank_is_a_statement():
    """"wrote to thank the Premier for …": thanked in a letter, as "thanked". Before, no one's."""
    body = "Minister Oren Vasko wrote to thank the Premier for his support."
    assert_statements(body, [
        ("Oren Vasko", "indirect", "Minister Oren Vasko wrote to thank the Premier for his support."),
    ])


def test_wrote_to_a_body_about_a_matter_stays_narrative():
    """Guard (passes on both): "wrote to the Council about the budget" says whom a letter went to, no words of it."""
    body = "Minister Lida Corm wrote to the Council about the budget."
    assert_statements(body, [])


def test_two_states_past_after_a_reported_view_is_the_readouts():
    """"President Aingimea looks forward to Israel’s support … . / Nauru and Israel established diplomatic relations
    in 2013." (israel): the names of two known states and a verb in the past, the states' history the readout tells,
    not his view carried on. Before, the history sentence was his."""
    body = ("The presentation took place at the President’s Conference Room.\n\n"
            "According to the state broadcaster, President Oren Malvik looks forward to Israel’s support to Nauru and "
            "to hold to that friendship in the future.\n\n"
            "Nauru and Israel established diplomatic relations in 2013.")
    assert_statements(body, [
        ("Oren Malvik", "indirect",
         "According to the state broadcaster, President Oren Malvik looks forward to Israel’s support to Nauru and "
         "to hold to that friendship in the future."),
    ])


def test_two_states_present_after_a_report_still_carries_it_on():
    """Guard: "Nauru and Israel share …", the present, is the reporter's "we both" carried on
    (`_reporters_state_and_another_speak`), not the readout's past."""
    body = ("President Oren Malvik of Nauru said that relations with Israel are strong. "
            "Nauru and Israel share many of the same challenges.")
    assert_statements(body, [
        ("Oren Malvik", "indirect", "President Oren Malvik of Nauru said that relations with Israel are strong."),
        ("Oren Malvik", "indirect", "Nauru and Israel share many of the same challenges."),
    ])
