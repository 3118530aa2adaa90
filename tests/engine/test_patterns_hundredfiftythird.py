"""Rules from the hundred-fifty-third held-out set (en.kremlin.ru, February - May 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("carrier", ["messages of condolence", "cables of sympathy", "telegrams of support"])
def test_messages_of_condolence_in_the_plural_are_said(carrier):
    """"Vladimir Putin sent messages of condolence to Crown Prince X and Vice President Y on the death of …" (68405):
    the plural carrier, one message to each addressee, says what the singular "sent a message of condolence to …"
    says (the settled convention). Before, the lead was given to no one."""
    body = (f"President Ivo Marr sent {carrier} to King Odo of Tesland and Prime Minister Lena Osk. "
            "The two countries will hold talks next month.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         f"President Ivo Marr sent {carrier} to King Odo of Tesland and Prime Minister Lena Osk."),
    ])


def test_messages_sent_bare_in_the_plural_stay_narrative():
    """The guard: "sent messages to …" with nothing said of their content stays narrative, as the singular does."""
    body = ("President Ivo Marr sent messages to King Odo of Tesland and Prime Minister Lena Osk. "
            "The two countries will hold talks next month.")
    assert_statements(body, [])


def test_shared_his_opinion_of_is_said_and_carried_on():
    """"In particular, Vladimir Putin shared his opinion of the state of the negotiating process … . This process
    has been practically put on hold by Kiev, …" (68409): an opinion shared is a view stated, as "shared his views
    / assessment" already were; the next sentence, with no speech verb, carries his view on. Before, both were
    given to no one."""
    body = ("President Ivo Marr had a telephone conversation with Prime Minister Lena Osk. "
            "The leaders also discussed the situation in the north. "
            "In particular, Ivo Marr shared his opinion of the state of the talks with Tesland. "
            "This process has been put on hold by Tesland, which shows no interest in a serious dialogue.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "In particular, Ivo Marr shared his opinion of the state of the talks with Tesland."),
        ("Ivo Marr", "indirect",
         "This process has been put on hold by Tesland, which shows no interest in a serious dialogue."),
    ])
