"""Helper h1074 (eighthundredsixteenth, the Chief Minister of Jharkhand as papers and agencies print him): a quotation
led in by "In a tweet by <an office>, it read," is the office's text, no one's, not the person it names or the last
subject's; a quotation led in by the same words naming a person ("In a tweet, X said,") stays that person's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_of_an_offices_tweet_is_no_ones():
    body = (
        "Days after taking oath as the Governor of Varnland, Tomas Orlik on Tuesday called on Prime Minister Ilse Marden.\n\n"
        "In a tweet by the Prime Minister's Office, it read, \"Shri Tomas Orlik, the Governor of Varnland called on PM @ilsemarden.\"\n\n"
        "While speaking to reporters, Orlik said, \"My focus is on the development of the state.\""
    )
    assert_statements(body, [
        ("Tomas Orlik", "direct", "My focus is on the development of the state."),
    ])


def test_a_tweet_a_person_quotes_stays_his():
    body = (
        "Days after taking oath as the Governor of Varnland, Tomas Orlik on Tuesday called on Prime Minister Ilse Marden.\n\n"
        "In a tweet, Orlik said, \"I had a fruitful meeting with the Prime Minister.\""
    )
    assert_statements(body, [
        ("Tomas Orlik", "direct", "I had a fruitful meeting with the Prime Minister."),
    ])
