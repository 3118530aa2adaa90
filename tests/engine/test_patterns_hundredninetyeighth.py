"""Rules from the hundred-ninety-eighth held-out set (en.kremlin.ru, March - April 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_address_after_a_greeting_lead_with_no_label_is_the_greeters():
    """"Vladimir Putin congratulated Russia's women on International Women's Day. / Dear women, March 8 is one
    of our favourite days. … I would like to congratulate you …" (hundred-ninety-eighth 67937): a paragraph that
    opens with a salutation and speaks in the first person, right after a lead that is one person's greeting,
    is that person's address, direct, though no label or quote mark says so. Before, only a quotation inside
    it came out."""
    body = ("President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day.\n\n"
            "Dear teachers, this is one of our finest holidays. I would like to thank you for your work. Here is "
            "what a great teacher wrote: \"A school is a garden.\" Happy holiday to you.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day."),
        ("Ivo Marr", "direct", "Dear teachers, this is one of our finest holidays. I would like to thank you for "
         "your work. Here is what a great teacher wrote: \"A school is a garden.\" Happy holiday to you."),
    ])


def test_a_salutation_after_a_lead_of_no_greeting_is_not_an_address():
    """Guard: after a lead that tells of no greeting ("visited a school") the salutation paragraph is not made
    the visitor's by that rule; nor, after a greeting lead, a salutation paragraph with no first person (an
    editor's note to readers)."""
    body = ("President Ivo Marr visited a school in Osk.\n\n"
            "Dear readers, I have travelled with the President for ten years, and the town has changed.")
    assert_statements(body, [])
    body = ("President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day.\n\n"
            "Dear readers, the full programme of the holiday is published on the ministry's website.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "President Ivo Marr congratulated the teachers of Tarnland on Teachers' Day."),
    ])
