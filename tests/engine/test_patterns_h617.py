"""Rules from the fourhundredfiftyeighth held-out set (the Government of Fiji's English releases: its Ministry of
Foreign Affairs, Media Centre and Permanent Mission to the United Nations): invented readouts and people."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_a_third_person_lede_then_made_these_remarks_is_the_named_person_s():
    """"Fiji and New Zealand will continue to collaborate further on issues of common interest." / "Prime Minister …
    Rabuka made these remarks while meeting …" (fiji_gov rabuka_mahuta): a one-sentence lede with no first person,
    then a paragraph that opens with one person having made "these remarks": the lede is that person's, reported."""
    body = ("Korvania and Ostrel will deepen their cooperation on fisheries and ocean affairs.\n\n"
            "Prime Minister Tavita Marolu made these remarks while meeting Ostrel's Foreign Minister Ines Brandvik.\n\n"
            "Minister Brandvik thanked Prime Minister Marolu for the warm welcome.")
    assert_statements(body, [
        ("Tavita Marolu", "indirect", "Korvania and Ostrel will deepen their cooperation on fisheries and ocean affairs."),
        ("Ines Brandvik", "indirect", "Minister Brandvik thanked Prime Minister Marolu for the warm welcome."),
    ])


def test_a_narrative_lede_of_two_sentences_stays_no_one_s_before_made_these_remarks():
    """A lede of more than one sentence in the third person is the readout's account: only a first-person
    paragraph (the earlier rule) or a one-sentence lede is given to the one who "made these remarks"."""
    body = ("The delegation arrived in Korvania on Monday. It toured the harbour in the afternoon.\n\n"
            "Prime Minister Tavita Marolu made these remarks while meeting the delegation.")
    assert_statements(body, [])


def test_the_pga_is_the_president_of_the_general_assembly_named_before():
    """"… held a bilateral meeting today with the President of the General Assembly, Dr John Ashe. … The PGA
    underscored his commitment to …" (fiji_gov kubuabola_ashe): the initials of the office the named person holds."""
    body = ("Minister Alesana Vunivalu held a bilateral meeting today with the President of the General Assembly, "
            "Dr Marten Olafsrud.\n\n"
            "The PGA underscored his commitment to the concerns of small island states.")
    assert_statements(body, [
        ("Marten Olafsrud", "indirect",
         "The PGA underscored his commitment to the concerns of small island states."),
    ])


def test_as_such_paragraph_carries_on_the_report_before_it():
    """"In response, Secretary Schriver acknowledged … and noted the US is committed to being a responsible partner
    …" / "As such, the Nevada National Guard would be in Fiji shortly to conduct a mission …" (fiji_gov
    nayasi_schriver): a one-sentence paragraph that draws a consequence ("As such, ", "would") right after one
    person's indirect statement carries it on, as "Moreover, it is necessary to …" does."""
    body = ("Deputy Secretary Mr. Jone Ravula met with Assistant Secretary Mr. Aldous Fenwick.\n\n"
            "In response, Assistant Secretary Fenwick acknowledged the closer cooperation and noted that his country "
            "is committed to being a reliable partner.\n\n"
            "As such, a survey team would be in Korvania shortly to assess the needs of the coast guard.")
    assert_statements(body, [
        ("Aldous Fenwick", "indirect",
         "In response, Assistant Secretary Fenwick acknowledged the closer cooperation and noted that his country is "
         "committed to being a reliable partner."),
        ("Aldous Fenwick", "indirect",
         "As such, a survey team would be in Korvania shortly to assess the needs of the coast guard."),
    ])


def test_as_such_after_narrative_stays_narrative():
    """With no statement right before it, an "As such, … would …" paragraph is the readout's own account."""
    body = ("Deputy Secretary Mr. Jone Ravula met with Assistant Secretary Mr. Aldous Fenwick in Suva.\n\n"
            "As such, a survey team would be in Korvania shortly to assess the needs of the coast guard.")
    assert_statements(body, [])


@pytest.mark.parametrize("tag", [
    "says Korvania permanent representative to the United Nations His Excellency Aldous Fenwick.",
    "said Korvania's Permanent Representative to the United Nations, Aldous Fenwick.",
    "says permanent representative to the United Nations Aldous Fenwick.",
])
def test_quotation_tagged_by_an_office_then_its_holder_is_the_holder_s(tag):
    """""Fiji not oly wants to carry the ball …", says Fiji permanent representative to the United Nations His
    Excellency Peter Thomson." (fiji_gov thomson_g77_media_briefing): after the tag's verb, an office that opens no
    person's phrase (a country's name first, an office "to" a body), then the holder's name ending the sentence."""
    body = ('Envoy briefs media on the forum\n\n'
            '"Korvania wants to carry the chairmanship safely and move the group forward," ' + tag)
    assert_statements(body, [
        ("Aldous Fenwick", "direct", "Korvania wants to carry the chairmanship safely and move the group forward,"),
    ])

