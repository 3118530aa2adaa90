"""Rules from the hundred-twenty-third held-out set (en.kremlin.ru, November 2021 - February 2022): invented
readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_a_message_named_by_a_congratulating_participle_is_said():
    """"Vladimir Putin sent a message congratulating the KamAZ-Master sports team … on winning the 2022 Dakar
    Rally" (67593): a message named by a participle of a speech verb right after it says what the participle
    says, as "sent a message of greetings to …" and "a message expressing …" already did. Before, the lead was
    given to no one."""
    body = ("President Ivo Marr sent a message congratulating the Tarn rowing team on winning the Varnia Cup. "
            "The two teams will meet again next year.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "President Ivo Marr sent a message congratulating the Tarn rowing team on winning the Varnia Cup."),
    ])


def test_a_letter_named_by_a_thanking_participle_is_said():
    """The same class with another carrier and verb: "sent a letter thanking …"."""
    body = "Prime Minister Lena Osk sent a letter thanking the volunteers of Tesland for their help after the floods."
    assert_statements(body, [
        ("Lena Osk", "indirect",
         "Prime Minister Lena Osk sent a letter thanking the volunteers of Tesland for their help after the floods."),
    ])


def test_a_bare_message_sent_stays_narrative():
    """The guard: a bare "sent a message to X" (no participle of a speech verb) tells of a sending only
    (the settled convention), and stays narrative."""
    body = ("President Ivo Marr sent a message to the Tarn rowing team. "
            "The team will compete again next year.")
    assert_statements(body, [])


@pytest.mark.parametrize("opening", ["Later in the day", "After that", "In the evening", "Later that day"])
def test_a_time_phrase_before_the_speakers_act_ends_the_report(opening):
    """"X thanked the volunteers … . Later in the day she visited the flooded towns …": a time phrase with no comma
    before the subject ("Later in the day", "After that", "In the evening") heads the sentence as "Later," does, so
    the pronoun after it is read as the subject who acts (a visit, no speech) and the sentence is not carried on as
    more of the report. Before, the subject was not found behind the phrase and the visit was given to the
    speaker as more of what she said."""
    body = ("Prime Minister Lena Osk thanked the volunteers of Tesland for their help after the floods. "
            f"{opening} she visited the flooded towns of the north.")
    assert_statements(body, [
        ("Lena Osk", "indirect",
         "Prime Minister Lena Osk thanked the volunteers of Tesland for their help after the floods."),
    ])
