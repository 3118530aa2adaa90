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


def test_a_tweet_by_a_person_read_by_it_is_his():
    # (fx63) the rule's own shape, ", it read," with a person for the owner: his words, not a body's
    body = (
        "Prime Minister Ilse Marden on Tuesday received Tomas Orlik, the new Governor of Varnland.\n\n"
        "In a tweet by Governor Tomas Orlik, it read, \"I had a fruitful meeting with the Prime Minister.\""
    )
    assert_statements(body, [
        ("Tomas Orlik", "direct", "I had a fruitful meeting with the Prime Minister."),
    ])


def test_seeking_someones_time_is_a_request():
    # "sought X's time to discuss …": an appointment asked of X, as "requested"
    body = (
        "Premier Tomas Orlik met President Ilse Marden on Monday.\n\n"
        "Orlik had also sought the President's time to discuss the border issue."
    )
    assert_statements(body, [
        ("Tomas Orlik", "indirect", "Orlik had also sought the President's time to discuss the border issue."),
    ])


def test_seeking_time_alone_stays_narrative():
    # time asked for no one named ("sought time to study …"): no appointment asked of anyone, left as it was
    body = (
        "Premier Tomas Orlik met President Ilse Marden on Monday.\n\n"
        "Orlik sought time to study the proposal before the next meeting."
    )
    assert_statements(body, [])
