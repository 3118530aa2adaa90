"""Rules from the fourhundredfiftyfifth and fourhundredfiftysixth held-out sets (random samples of the White House
readouts, 2021-2024): invented readouts and people."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("sentence", [
    "Secretary of Commerce Dana Morrow, National Economic Advisor Paul Ketter, Senior Advisor to the President for "
    "International Trade Policy Ruth Alvey, and National Water Advisor Omar Sello encouraged participants to invest in "
    "new solutions.",
    "Secretary of Commerce Dana Morrow, National Economic Advisor Paul Ketter, and National Water Advisor Omar Sello "
    "urged the companies to hire locally.",
])
def test_a_serial_list_of_officials_with_offices_of_several_words_is_a_group(sentence):
    """"Secretary of Energy X, National Economic Advisor Y, Senior Advisor to the President for International Climate
    Policy Z, and National Climate Advisor W encouraged participants …" (fourhundredfiftyfifth 2024-10-29): the
    lower-case "of", "to the", "for" inside the offices are no end of the list; four people together, a group, not
    the last one's statement (before, given to W)."""
    assert_statements("Officials met business leaders today.\n\n" + sentence, [])


def test_a_body_named_with_a_serial_list_stays_one_person_s_office():
    """"- **Executive Director of the Maryland Office of Crime Prevention, Youth, and Victim Services X** on …"
    (fifteenth 2024-02-02): the list is a body's name (its item "Youth" is one word and no office), the holder speaks
    alone, as before the serial-list rule read over an office's "of"."""
    body = ("Yesterday, participants heard from a state leader who are championing proposals:\n\n"
            "-   Executive Director of the Harlow Office of Crime Prevention,\n    Youth, and Victim Services Nora "
            "Pell on the proposals to establish a\n    statewide center.\n\nThe meeting ended.")
    assert_statements(body, [
        ("Nora Pell", "indirect",
         "Executive Director of the Harlow Office of Crime Prevention, Youth, and Victim Services Nora Pell on "
         "the proposals to establish a statewide center."),
    ])
