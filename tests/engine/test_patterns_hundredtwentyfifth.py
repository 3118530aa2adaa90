"""Rules from the hundred-twenty-fifth held-out set (en.kremlin.ru, April - June 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_greeting_in_the_singular_sent_is_said():
    """"Vladimir Putin sent greeting to the 20th International Likhachev Scientific Readings." (68604): the
    singular "greeting" before "to" is the press office's slip for "greetings", and sending greetings is a
    statement (the settled convention). Before, the lead was given to no one."""
    body = "President Ivo Marr sent greeting to the participants of the Varnia Book Fair."
    assert_statements(body, [
        ("Ivo Marr", "indirect", "President Ivo Marr sent greeting to the participants of the Varnia Book Fair."),
    ])


def test_a_greeting_card_sent_stays_narrative():
    """The guard: "greeting" as a noun's modifier ("a greeting card") is a thing sent, not greetings said."""
    body = "President Ivo Marr sent a greeting card to the children of the Tarn orphanage."
    assert_statements(body, [])


@pytest.mark.parametrize("verb", ["also discussed", "discussed", "then discussed", "also talked about"])
def test_they_discussing_ends_a_carried_report(verb):
    """"The Governor reported that … . Personal revenue had risen by 19 percent. They also discussed the
    implementation of other Presidential instructions. Those had to do with renovations … . A project will be
    launched …" (68299): a bare "They" with a verb of talking, after one person's report, is the people who met
    talking together: the meeting turns to its next topic, as "X was also discussed." does, and the sentences
    after it are no longer known to be the reporter's. Before, the report was carried on over six sentences."""
    body = ("Ivo Marr held a working meeting with Governor of Tesland Region Lena Osk.\n\n"
            "The Governor reported that industrial production had grown by 12 percent. "
            "Unemployment stands at 1.2 percent. "
            f"They {verb} the progress of other instructions. "
            "Those had to do with the repair of schools in three towns. "
            "A new bridge will be built in Tarn by 2025.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "The Governor reported that industrial production had grown by 12 percent."),
        ("Lena Osk", "indirect", "Unemployment stands at 1.2 percent."),
    ])


def test_the_reporter_speaking_again_after_they_discussed_is_found():
    """The guard: the report ends at "They also discussed …", but the reporter's own next statement ("The Governor
    noted that …") and the report it carries on are found as before."""
    body = ("Ivo Marr held a working meeting with Governor of Tesland Region Lena Osk.\n\n"
            "The Governor reported that industrial production had grown by 12 percent. "
            "They also discussed the progress of other instructions. "
            "The Governor noted that a new bridge would be built in Tarn by 2025. "
            "Its cost is estimated at 3 billion crowns.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "The Governor reported that industrial production had grown by 12 percent."),
        ("Lena Osk", "indirect", "The Governor noted that a new bridge would be built in Tarn by 2025."),
        ("Lena Osk", "indirect", "Its cost is estimated at 3 billion crowns."),
    ])
