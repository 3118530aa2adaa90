"""Helper h1109 (eighthundredfortyfifth, the Premier of Tasmania and the Chief Minister of the Northern Territory): a
release's label paragraph "Quotes from <office>, <Name>", with no colon, gives the untagged quotations below it to the
person it names; a news lead whose subject is an office ("The Northern Territory Chief Minister says …") is the person
whose bare full name opens the next sentence as the subject of "says"."""

from __future__ import annotations

from .test_patterns import assert_statements

LABEL = (
    "The Governor of Tarsk, Emrik Solvang, and the Velmoran Government signed a twin province agreement on Monday.\n\n"
    "The signing marks the Tarsk Ambassador's first visit to the Territory.\n\n"
    "Quotes from Minister for Trade and Northern Affairs, Dara Quillon\n\n"
    "\u201cThis agreement will boost investment and trade with Tarsk.\u201d\n\n"
    "\u201cIt will also open new partnerships across tourism and agriculture.\u201d"
)


def test_a_quotes_from_label_without_colon_gives_the_quotations_below_to_its_name():
    # before: both quotations went to the Governor, the last person named above the label
    assert_statements(LABEL, [
        ("Dara Quillon", "direct", "This agreement will boost investment and trade with Tarsk."),
        ("Dara Quillon", "direct", "It will also open new partnerships across tourism and agriculture."),
    ])


def test_a_sentence_that_opens_with_quotes_from_is_no_label():
    # guard: a sentence with its stop is narrative; the quotation after it stays the last speaker's
    body = (
        "Governor Emrik Solvang of Tarsk said the twin province agreement would last.\n\n"
        "Quotes from Minister Dara Quillon appeared in the Tarsk press on Tuesday.\n\n"
        "\u201cThis agreement will boost investment and trade with Tarsk.\u201d"
    )
    assert_statements(body, [
        ("Emrik Solvang", "indirect", "Governor Emrik Solvang of Tarsk said the twin province agreement would last."),
        ("Emrik Solvang", "direct", "This agreement will boost investment and trade with Tarsk."),
    ])


def test_a_lead_office_that_says_is_the_full_name_that_says_next():
    # before: the lead's "The Velmoran Chief Minister says …" was no one's
    body = (
        "The Velmoran Chief Minister says he will appoint an envoy to Tarsk within the next few weeks.\n\n"
        "Oren Dalby says he wants to repair relations with Tarsk after last year's ban on grain exports.\n\n"
        "Mr Dalby says the Territory had no representative there."
    )
    assert_statements(body, [
        ("Oren Dalby", "indirect",
         "The Velmoran Chief Minister says he will appoint an envoy to Tarsk within the next few weeks."),
        ("Oren Dalby", "indirect",
         "Oren Dalby says he wants to repair relations with Tarsk after last year's ban on grain exports."),
        ("Oren Dalby", "indirect", "Mr Dalby says the Territory had no representative there."),
    ])


def test_a_next_speaker_with_an_office_of_his_own_is_not_the_lead_office():
    # guard: "Opposition Leader X says" names someone else; the lead stays no one's
    body = (
        "The Velmoran Chief Minister says he will appoint an envoy to Tarsk within the next few weeks.\n\n"
        "Opposition Leader Oren Dalby says the plan comes too late.\n\n"
        "Mr Dalby says the Territory had no representative there."
    )
    assert_statements(body, [
        ("Oren Dalby", "indirect", "Opposition Leader Oren Dalby says the plan comes too late."),
        ("Oren Dalby", "indirect", "Mr Dalby says the Territory had no representative there."),
    ])
