"""Rules from the hundred-thirty-third held-out set (en.kremlin.ru, Nov 2021 - Mar 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_one_a_passive_headline_says_was_awarded_is_not_the_host():
    """"Mintimer Shaimiyev awarded Order of St Andrew the Apostle the First-Called" (67614): a headline's
    passive "X awarded Order of …" names the one honoured, not the host; the body's bare "The President"
    who sent him greetings is the one the lead names acting. Before, the honoured man was taken as the
    host and given the President's greetings and the whole message."""
    body = ("Ivan Marov signed an Executive Order on awarding Oleg Durnev the Order of Valour for his services.\n\n"
            "The President sent a message of greetings to Oleg Durnev on his 80th birthday. The message reads, "
            "in part:\"Your work has been closely linked to your native region.\" Oleg Durnev is the first "
            "President of Zembla(1990–2005).")
    assert_statements(body, title="Oleg Durnev awarded Order of Valour", expected=[
        ("Ivan Marov", "indirect", "The President sent a message of greetings to Oleg Durnev on his 80th birthday."),
        ("Ivan Marov", "direct", "Your work has been closely linked to your native region."),
    ])


def test_an_offices_own_address_before_a_colon_is_its_label():
    """"The President's address to the Federation Council: On the basis of …, I am submitting a proposal …"
    (67836): an office's address, its owner before "'s", then a colon: the text after it is the owner's
    own words, as after a speaker's label. Before, the paragraph was given to no one."""
    body = ("The President's address to the State Council: On the basis of Article 12 of the Constitution, "
            "I am submitting a proposal that the State Council approve the treaty with Osterra.")
    assert_statements(body, title="Ivan Marov submits proposal to State Council", expected=[
        ("Ivan Marov", "direct", "On the basis of Article 12 of the Constitution, I am submitting a proposal "
                                 "that the State Council approve the treaty with Osterra."),
    ])


def test_an_offices_message_summarised_after_a_colon_stays_a_report():
    """The guard of the rule above: "The Chancellor's message: any shelling near the plant must stop." is
    the press office's summary in its own words (lower case, no first person), not a label; what follows
    is reported as before."""
    body = ("Chancellor Anna Veld spoke by telephone with President Ivo Marr of Zembla.\n\n"
            "The Chancellor's message: any shelling near the plant must stop at once. "
            "President Marr said that the plant was safe.")
    assert_statements(body, title="Chancellor Veld speaks with President Marr", expected=[
        ("Anna Veld", "indirect", "The Chancellor's message: any shelling near the plant must stop at once."),
        ("Ivo Marr", "indirect", "President Marr said that the plant was safe."),
    ])
