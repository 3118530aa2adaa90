"""Readings of real Taiwan Presidential Office and Korean foreign ministry text of stop 32: an order given
to a minister whose name carries a bracketed gloss in its own script ("directed Foreign Minister Joseph
Wu (吳釗燮) to express …"); "shared their assessments" after one person's "met with", both sides' exchange.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Maro sends condolences"


def test_an_order_to_a_minister_with_a_glossed_name_is_a_statement():
    """"President Tsai also directed Foreign Minister Joseph Wu (吳釗燮) to express our condolences to the Holy
    See's Apostolic Nunciature in Taiwan." (twohundredninetysecond, Pope Benedict XVI condolences): an order to
    a named minister, as "directed Coordinator X to work …", the name glossed in brackets before "to"."""
    body = (
        "Spokesperson Tovan Lin said that the president has appointed a special envoy. "
        "President Maro also directed Foreign Minister Arel Dunn (林偉) to express our condolences to the Nunciature."
    )
    assert_statements(body, [
        ("Tovan Lin", "indirect", "Spokesperson Tovan Lin said that the president has appointed a special envoy."),
        ("Maro", "indirect",
         "President Maro also directed Foreign Minister Arel Dunn (林偉) to express our condolences to the Nunciature."),
    ], title=TITLE)


def test_a_glossed_name_not_followed_by_an_order_stays_narrative():
    """Guard: "directed Foreign Minister Arel Dunn (林偉) and his staff." has no "to" and a verb after the gloss:
    the bracket alone makes no order."""
    body = (
        "Spokesperson Tovan Lin said that the president has appointed a special envoy. "
        "The envoy directed Foreign Minister Arel Dunn (林偉) and his staff."
    )
    assert_statements(body, [
        ("Tovan Lin", "indirect", "Spokesperson Tovan Lin said that the president has appointed a special envoy."),
    ], title=TITLE)


def test_shared_their_assessments_after_a_meeting_is_no_statement():
    """"Foreign Minister Kang Kyung-wha met with US Secretary of State Pompeo on June 14, and shared their
    assessments of the results of the US-North Korea summit on June 12." (twohundredninetysecond, mofa
    2018-06-14): "their" makes the assessments both sides', an exchange told, not the minister's words."""
    body = (
        "Foreign Minister Ilsa Varn met with Secretary Oren Dask on June 14, and shared their assessments of the "
        "results of the summit. "
        "Minister Varn said that the summit was a milestone."
    )
    assert_statements(body, [
        ("Ilsa Varn", "indirect", "Minister Varn said that the summit was a milestone."),
    ], title="Foreign Minister meets her Norland counterpart")


def test_shared_her_assessment_stays_a_statement():
    """Guard: "met with …, and shared her assessment of …" is still one person's view stated."""
    body = (
        "Foreign Minister Ilsa Varn met with Secretary Oren Dask on June 14, and shared her assessment of the "
        "results of the summit."
    )
    assert_statements(body, [
        ("Ilsa Varn", "indirect", "Foreign Minister Ilsa Varn met with Secretary Oren Dask on June 14, and shared her "
         "assessment of the results of the summit."),
    ], title="Foreign Minister meets her Norland counterpart")


def test_an_order_after_said_today_that_and_an_adverbial_stays_the_spokesperson_s():
    """"Presidential Office Spokesperson Xavier Chang (張惇涵) said today that upon hearing of the incident, President
    Tsai Ing-wen directed Foreign Minister Joseph Wu (吳釗燮) to express …" (twohundredninetysecond 6131): the
    order sits in what the spokesperson reported, after "today that" and a fronted "upon …" phrase: one
    statement of his, as "said that during his visit, President X had agreed …"."""
    body = (
        "Spokesperson Tovan Lin said today that upon hearing of the incident, President Maro directed the "
        "Ministry to convey our condolences to the victims."
    )
    assert_statements(body, [
        ("Tovan Lin", "indirect", body),
    ], title=TITLE)


def test_an_order_in_a_sentence_of_its_own_after_said_today_stays_the_president_s():
    """Guard: "Spokesperson X said today that …. Upon hearing of it, President Maro directed …": a new sentence,
    the order is the president's own."""
    body = (
        "Spokesperson Tovan Lin said today that the storm had passed. "
        "Upon hearing of the incident, President Maro directed the Ministry to convey our condolences."
    )
    assert_statements(body, [
        ("Tovan Lin", "indirect", "Spokesperson Tovan Lin said today that the storm had passed."),
        ("Maro", "indirect", "Upon hearing of the incident, President Maro directed the Ministry to convey our condolences."),
    ], title=TITLE)


def test_an_embassy_to_a_state_is_no_speaker():
    """"The Republic of China (Taiwan) Embassy to the Holy See also conveyed a message from President Tsai …"
    (twohundredninetysecond, Pope Benedict XVI condolences): the mission conveyed it, a body; the state named after
    "to" is no speaker."""
    body = "The Republic of Norland Embassy to the Holy See also conveyed the nation's sincere condolences."
    assert_statements(body, [], title=TITLE)


def test_an_ambassador_to_a_state_stays_the_speaker():
    """Guard: "Ambassador to the Holy See Tovan Reel conveyed …": a person, his office named with "to"."""
    body = "Ambassador to the Holy See Tovan Reel also conveyed the nation's sincere condolences."
    assert_statements(body, [
        ("Tovan Reel", "indirect", body),
    ], title=TITLE)


def test_an_embassy_after_a_bracketed_country_is_no_speaker():
    """The real sentence's form: "The Republic of China (Taiwan) Embassy to the Holy See also conveyed …": the
    bracket cuts the run, "the Holy See" alone before the verb; still the mission's act."""
    body = "The Republic of Norland (Vask) Embassy to the Holy See also conveyed the nation's sincere condolences."
    assert_statements(body, [], title=TITLE)
