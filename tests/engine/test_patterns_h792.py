"""Statements found by helper h792's set fivehundredninetyfifth (Poland's Ministry of Foreign Affairs, its English news
on gov.pl/web/diplomacy and msz.gov.pl):
- "X spoke in <Place> about …": the place between "spoke" and "about", a topic spoken of (before, no statement);
- "X pointed <the occasion> … as an opportunity to …" (the press office's "pointed" for "pointed to"), and "pointed to
  … as an opportunity to …" however long the occasion named: a point made (before, no statement);
- "the deputy chief of <demonym> diplomacy", "the chief of <demonym> diplomacy": that country's (deputy) foreign
  minister, so the deputy minister the readout names after the quotation speaks it (before, nobody's);
- "As X also pointed out, “…,” by <doing> …": "pointed out," leads the quotation in as "noted," does (before, the whole
  sentence was one indirect statement with its lead-in), and the means named after it, "by" and a gerund, is his report.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_spoke_in_a_place_about_a_topic_is_a_statement():
    """Before, "spoke in Strelsau about" was no statement."""
    assert_statements((
        "Minister Jan Kowal spoke in Strelsau about bilateral relations and security policy.\n\n"
        "He also gave a lecture at the Institute of International Affairs."
    ), [
        ("Jan Kowal", "indirect", "Minister Jan Kowal spoke in Strelsau about bilateral relations and security policy."),
    ])


def test_spoke_in_a_call_with_someone_about_a_topic_stays_a_conversation():
    """Guard: "spoke in a telephone call with Y about …" is a conversation, no statement of X's (lower case, no place)."""
    assert_statements((
        "Minister Jan Kowal spoke in a telephone call with Foreign Minister Ada Brill about the railway project."
    ), [])


def test_pointed_an_occasion_as_an_opportunity_is_a_statement():
    """Before, the bare "pointed … as an opportunity to …" was no statement."""
    assert_statements((
        "Minister Jan Kowal held talks in Strelsau with Foreign Minister Ada Brill.\n\n"
        "Minister Kowal pointed the 30th anniversary of the treaty between Poland and Ruritania, celebrated this year, "
        "as an opportunity to give our relations a new impulse."
    ), [
        ("Jan Kowal", "indirect",
         ("Minister Kowal pointed the 30th anniversary of the treaty between Poland and Ruritania, celebrated this year, "
          "as an opportunity to give our relations a new impulse.")),
    ])


def test_pointed_to_a_long_occasion_as_an_opportunity_is_a_statement():
    """Before, "pointed to" read only four words to its "as" (the factors of a trend)."""
    assert_statements((
        "Minister Jan Kowal held talks in Strelsau with Foreign Minister Ada Brill.\n\n"
        "Minister Kowal pointed to the opening of the new consulate in the port city of Zenda next spring as a chance "
        "for closer ties."
    ), [
        ("Jan Kowal", "indirect",
         ("Minister Kowal pointed to the opening of the new consulate in the port city of Zenda next spring as a chance "
          "for closer ties.")),
    ])


def test_pointed_the_way_is_no_statement():
    """Guard: "pointed the way" with no occasion named as a chance stays no statement."""
    assert_statements((
        "Minister Jan Kowal pointed the delegation towards the exhibition hall."
    ), [])


def test_deputy_chief_of_a_countrys_diplomacy_is_the_deputy_minister_named_after():
    """Before, the quotation of "the deputy chief of Polish diplomacy" was nobody's when the deputy minister was named
    only in the title and after it."""
    assert_statements((
        "“Poland will continue to support efforts to secure peace in the region,” declared the deputy chief of Polish "
        "diplomacy during his meeting with Vice Minister Ada Brill.\n\n"
        "The purpose of Deputy Minister Kowal’s visit to Ruritania was to hold talks on the security situation."
    ), [
        ("Jan Kowal", "direct", "Poland will continue to support efforts to secure peace in the region"),
    ], title="Deputy Minister Jan Kowal pays a visit to Ruritania")


def test_chief_of_a_countrys_diplomacy_is_its_foreign_minister():
    """The same for "the chief of Polish diplomacy" and a foreign minister named after it."""
    assert_statements((
        "“We value this partnership,” said the chief of Polish diplomacy during the talks with Minister Ada Brill.\n\n"
        "The purpose of Foreign Minister Kowal’s visit to Ruritania was to hold talks on trade."
    ), [
        ("Jan Kowal", "direct", "We value this partnership"),
    ], title="Foreign Minister Jan Kowal pays a visit to Ruritania")


def test_pointed_out_comma_leads_a_quotation_in():
    """Before, "Minister Kowal also pointed out, “…”" was one indirect statement, lead-in and all."""
    assert_statements((
        "Minister Jan Kowal met Foreign Minister Ada Brill in Strelsau.\n\n"
        "Minister Kowal also pointed out, “We should invest in the young generations.”"
    ), [
        ("Jan Kowal", "direct", "We should invest in the young generations."),
    ])


def test_as_pointed_out_quotation_then_the_means_by_doing():
    """Before, "As X also pointed out, “…,” by ensuring …" was one indirect statement, lead-in and all; now the
    quotation is direct and the means after it his indirect report."""
    assert_statements((
        "Deputy Minister Jan Kowal took part in the session of the Committee in Strelsau.\n\n"
        "As Deputy Minister Kowal also pointed out, “To guarantee a better and more secure future, we should invest "
        "in the young generations,” by ensuring a system of education that is accessible to all."
    ), [
        ("Jan Kowal", "direct",
         "To guarantee a better and more secure future, we should invest in the young generations"),
        ("Jan Kowal", "indirect", "by ensuring a system of education that is accessible to all."),
    ])


def test_the_means_by_doing_after_a_quotation_led_in_by_said():
    """Before, the means after "As X said, “…,”" was no one's; now it is his report, as after "pointed out"."""
    assert_statements((
        "Minister Jan Kowal met Foreign Minister Ada Brill in Strelsau.\n\n"
        "As Minister Kowal said, “We should invest in our schools,” by building more of them in the border regions."
    ), [
        ("Jan Kowal", "direct", "We should invest in our schools"),
        ("Jan Kowal", "indirect", "by building more of them in the border regions."),
    ])


def test_a_quotation_then_by_and_a_name_is_no_report():
    """Guard: "…,” by the end of the decade." has no gerund after "by": no report after the quotation."""
    assert_statements((
        "Minister Jan Kowal met Foreign Minister Ada Brill in Strelsau.\n\n"
        "As Minister Kowal said, “We should invest in our schools,” by the end of the decade."
    ), [
        ("Jan Kowal", "direct", "We should invest in our schools"),
    ])
