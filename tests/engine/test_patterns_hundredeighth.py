"""Patterns found by the hundred-eighth held-out set (real Kremlin news readouts, Dec 2021 - Mar 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_gave_a_listener_named_by_a_long_title_an_account_of():
    """"gave the President of Valdoria a detailed account of …": he told the President of it; the
    listener before "a detailed account of" may be a title of several words."""
    body = (
        "Telephone conversation with President of Valdoria Ivo Marek\n\n"
        "Petr Halen had a telephone conversation with President of Valdoria Ivo Marek.\n\n"
        "The President of Ostrava gave the President of Valdoria a detailed account of the reasons behind the "
        "closure of the border. Ivo Marek stressed that he respected the decision. "
        "The two leaders agreed to stay in contact."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President of Ostrava gave the President of Valdoria a detailed account of the "
                                   "reasons behind the closure of the border."),
        ("Ivo Marek", "indirect", "Ivo Marek stressed that he respected the decision."),
    ])


def test_an_unnamed_speakers_label_after_a_comma_in_a_joined_transcript():
    """"… Good afternoon, hello, Remark: Hello. Petr Halen: …": the scraper joined a paragraph that
    ended in a comma to the next one; the unnamed speaker's "Remark:" after the comma is a label."""
    body = (
        "The President visited a shipyard\n\n"
        "Petr Halen visited the Ostrava shipyard, where its director Anton Drass showed him round.\n\n"
        "President of Ostrava Petr Halen: Good afternoon, hello, Remark: Hello. Petr Halen: I am glad to see "
        "such a strong team here. Mr Drass, go ahead, please. Anton Drass: Thank you, "
        "Mr President. We have launched two ships this year. Petr Halen: Excellent."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Good afternoon, hello,"),
        ("Petr Halen", "direct", "I am glad to see such a strong team here. Mr Drass, go ahead, please."),
        ("Anton Drass", "direct", "Thank you, Mr President. We have launched two ships this year."),
        ("Petr Halen", "direct", "Excellent."),
    ])
