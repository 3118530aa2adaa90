"""Readings of real Kremlin text of stop 35 (three-hundred-thirty-ninth): en.kremlin.ru pages of December 2012.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_article_printed_after_its_lead_and_a_separator_is_the_authors():
    """"Ahead of the Russian President’s official visit to India, The Hindu published an article by Vladimir Putin." /
    "* * *" / "I am glad to have an opportunity to address the readers …" (three-hundred-thirty-ninth kremlin_17180):
    the article printed whole with no label; each paragraph is its author's direct statement."""
    body = (
        "Ahead of the President’s state visit to Albion, The Albion Courier published an article by Oren Vask.\n\n"
        "* * *\n\n"
        "I am glad to address the readers of one of Albion’s oldest newspapers.\n\n"
        "Our two nations have a common goal: a more secure and prosperous region.\n\n"
        "I wish the people of Albion peace and well-being."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "I am glad to address the readers of one of Albion’s oldest newspapers."),
        ("Oren Vask", "direct", "Our two nations have a common goal: a more secure and prosperous region."),
        ("Oren Vask", "direct", "I wish the people of Albion peace and well-being."),
    ], title="Kaldoria and Albion: a partnership for the new century")


def test_an_article_lead_with_narrative_after_the_separator_stays_narrative():
    """Guard: a lead naming an article, then "* * *" and the readout's own account in the third person ("President Vask
    then visited …"): no article printed, no statement."""
    body = (
        "On Monday, The Albion Courier published an article by Oren Vask.\n\n"
        "* * *\n\n"
        "President Vask then visited the harbour of Vestra and the new shipyard."
    )
    assert_statements(body, [], title="President Vask in Albion")


def test_an_article_lead_with_no_separator_stays_narrative():
    """Guard: "… published an article by Oren Vask." followed straight by more account, no separator: the article is
    only mentioned, not printed; no statement."""
    body = (
        "On Monday, The Albion Courier published an article by Oren Vask.\n\n"
        "We were told the visit would last three days, and the delegation arrived in Vestra on Tuesday."
    )
    assert_statements(body, [], title="President Vask in Albion")
