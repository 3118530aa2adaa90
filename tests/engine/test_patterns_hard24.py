"""Patterns found by the twenty-fourth hard set (benchmarks/hard24/: twelve dev situations rewritten in
the voice of Chinese state media and the Chinese foreign ministry in English): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "President Kofi Maranga spoke by phone with Prime Minister of Ostlund Greta Lind.\n\n"


def test_points_of_a_proposal_carry_the_report_on():
    """"X put forward a three-point proposal. First, the two sides should … Second, they should …": the
    points are the proposer's, though a group is their subject (hard24 missed them); a point with no
    modal ("First, the two leaders visited the port.") is no one's."""
    body = (_CALL + "Noting that the two countries mark 30 years of ties, Maranga said that relations are friendly. "
            "Maranga put forward a three-point proposal. First, the two sides should open a new trade office. "
            "Second, they should expand cultural exchanges. Third, the two countries must coordinate at the "
            "United Nations.\n\n"
            "Lind welcomed the proposal. First, the two leaders visited the port. Second, they toured the dam.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "Noting that the two countries mark 30 years of ties, Maranga said that "
                                     "relations are friendly."),
        ("Kofi Maranga", "indirect", "Maranga put forward a three-point proposal."),
        ("Kofi Maranga", "indirect", "First, the two sides should open a new trade office."),
        ("Kofi Maranga", "indirect", "Second, they should expand cultural exchanges."),
        ("Kofi Maranga", "indirect", "Third, the two countries must coordinate at the United Nations."),
        ("Greta Lind", "indirect", "Lind welcomed the proposal."),
    ])


def test_brought_up_a_proposal_or_an_idea():
    """"When X brought up the Director General's proposal for …, Y responded that …": "brought up" with
    a noun of what is put forward or asked for (proposal, idea, suggestion, request, initiative,
    possibility) is raising it, as "raised": two statements (hard24 gave the sentence to Y whole)."""
    body = (_CALL + "When Lind brought up the Director General's proposal for a meeting near the plant, Maranga "
            "responded that it could be a good idea. Maranga brought up the possibility of a visit.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "When Lind brought up the Director General's proposal for a meeting near the "
                                   "plant"),
        ("Kofi Maranga", "indirect", "Maranga responded that it could be a good idea."),
        ("Kofi Maranga", "indirect", "Maranga brought up the possibility of a visit."),
    ])


def test_apposition_of_two_descriptions_joined_by_and():
    """"Lind, Ostlund's first woman president and a former judge of the Constitutional Tribunal, said …":
    the aside is two descriptions joined by "and", the speaker the name before it, not the body that ends
    it (hard24 gave the sentence and the next "she made clear" to "Constitutional Tribunal")."""
    body = ("President Kofi Maranga met with President Greta Lind of Ostlund.\n\n"
            "Lind, Ostlund's first woman president and a former judge of the Constitutional Tribunal, said that "
            "Ostlund welcomes investment in its ports. Ostlund, she made clear, will not let the port be used for "
            "military purposes.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Lind, Ostlund's first woman president and a former judge of the Constitutional "
                                   "Tribunal, said that Ostlund welcomes investment in its ports."),
        ("Greta Lind", "indirect", "Ostlund, she made clear, will not let the port be used for military purposes."),
    ])


def test_introduced_a_position_or_priorities():
    """A foreign ministry's "introduced": "X introduced to the Ambassador the priorities of the recovery plan",
    "introduced Velmora's position on …" is explaining (hard24 missed it); not "introduced a new tariff",
    "introduced the bill"."""
    body = ("Deputy Head of the Office of the President Ho Zhaolin met with Ambassador of Velmora Fiona Reed.\n\n"
            "Ho Zhaolin, who oversees regional policy in the Office, introduced to the Ambassador the priorities "
            "of the recovery plan, saying that housing comes first. Reed introduced Velmora's position on the "
            "grain deal.\n\nThe Ministry introduced a new tariff in May. Ho introduced the bill in parliament.")
    assert_statements(body, [
        ("Ho Zhaolin", "indirect", "Ho Zhaolin, who oversees regional policy in the Office, introduced to the "
                                   "Ambassador the priorities of the recovery plan, saying that housing comes first."),
        ("Fiona Reed", "indirect", "Reed introduced Velmora's position on the grain deal."),
    ])


def test_passive_with_an_adverb_before_its_agent():
    """"Lind's remarks on the strait were warmly endorsed by Maranga, who called …", "The plan was fully
    backed by the President": a passive with its agent, an adverb between the auxiliary and the verb, is
    the agent's statement; "remarks", "views" are what is endorsed (hard24 missed it)."""
    body = (_CALL + "Lind's remarks on the strait were warmly endorsed by Maranga, who called Ostlund \"a steady "
            "voice\" in the region. Her plan was fully backed by the President.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "Lind's remarks on the strait were warmly endorsed by Maranga, who called "
                                     "Ostlund \"a steady voice\" in the region."),
        ("Kofi Maranga", "indirect", "Her plan was fully backed by the President."),
    ])


def test_speech_participle_before_a_quotation_lead_in():
    """"Pointing out that …, the President told the senators: “…”": the participle is his indirect
    statement, the lead-in no one's words, the quotation direct (hard24 dropped the participle)."""
    body = ("President Kofi Maranga met with a delegation of the Ostlund Senate.\n\n"
            "Pointing out that the country is fighting for its freedom, the President told the senators: \"The "
            "invaders are committing crimes. The world has not seen such crimes for decades.\"\n\n"
            "Noting that the harvest was good, Maranga said: \"We will export more grain.\"")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "Pointing out that the country is fighting for its freedom"),
        ("Kofi Maranga", "direct", "The invaders are committing crimes. The world has not seen such crimes for "
                                   "decades."),
        ("Kofi Maranga", "indirect", "Noting that the harvest was good"),
        ("Kofi Maranga", "direct", "We will export more grain."),
    ])


def test_all_these_facts_is_a_thing_not_a_group():
    """"All these facts have been confirmed by the International Atomic Energy Agency." after a speaker's
    account: "All these/those" before a noun of things (facts, measures, steps …) is what the account is
    about, not a group that acts, so the account goes on (hard24 and dev kremlin_67918 missed it); "All
    these people" is still a group."""
    body = ("President Kofi Maranga spoke by phone with President Greta Lind of Ostlund.\n\n"
            "Maranga gave a detailed account of the shelling near the plant. Ostlund troops continue to ensure its "
            "normal operation, and background radiation remains normal, he added. All these facts have been "
            "confirmed by the International Atomic Energy Agency.\n\n"
            "Lind described the exchange as useful.")
    assert_statements(body, [
        ("Kofi Maranga", "indirect", "Maranga gave a detailed account of the shelling near the plant."),
        ("Kofi Maranga", "indirect", "Ostlund troops continue to ensure its normal operation, and background "
                                     "radiation remains normal, he added."),
        ("Kofi Maranga", "indirect", "All these facts have been confirmed by the International Atomic Energy "
                                     "Agency."),
        ("Greta Lind", "indirect", "Lind described the exchange as useful."),
    ])
