"""Helper h856 (sixhundredfortyfirst, the U.S. Department of Commerce's releases): an unquoted statement whose lead-in
paragraph says its subject released "the following statement" (with where, when or after what between it and the
colon); a paragraph of dated background figures between two of one speaker's reports; a host's welcome of a guest to
a place."""

from __future__ import annotations

from .test_patterns import assert_statements

STATEMENT = ("Today, I met with the Minister of Economy of Norland, Daro Kell, to discuss bilateral trade. "
             "I reiterated our message that both countries need to do more on border crossings.")


def test_unquoted_statement_after_released_the_following_statement_is_the_issuers():
    """"On June 3, 2019, Secretary of Commerce X released the following statement following his meeting with Y at the
    Department of Commerce in Velmar, D.C.:" / "Today, I met with …" (no quotation marks): the subject's words, one
    direct statement."""
    body = ("On June 3, 2019, Secretary of Commerce Arlen Voss released the following statement following his meeting "
            "with Norland's Minister of Economy Daro Kell at the U.S. Department of Commerce in Velmar, D.C.:\n\n"
            f"{STATEMENT}\n")
    assert_statements(body, [("Arlen Voss", "direct", STATEMENT)])


def test_a_paragraph_telling_of_the_issuer_after_the_lead_in_stays_narrative():
    """The guard: after such a lead-in, a paragraph that tells of the issuer in the third person is the release's own
    voice, no statement of his."""
    body = ("Secretary of Commerce Arlen Voss released the following statement after his meeting with Minister Daro "
            "Kell:\n\nSecretary Voss met Minister Kell at the Department of Commerce on Monday.\n")
    assert_statements(body, [])


def test_a_spokespersons_release_in_the_third_person_after_the_lead_in_gives_no_statement():
    """The guard: "Government Spokesperson Y issued the following statement:" / "Chancellor X spoke by telephone today
    with …": a release telling of others in the third person, not the spokesperson's own first-person words."""
    body = ("Government Spokesperson Dora Venn issued the following statement:\n\n"
            "Chancellor Arlen Voss spoke by telephone today with the President of Norland, Daro Kell. The call took "
            "place at the request of the Chancellor.\n")
    assert_statements(body, [])


APPRECIATION = "The Secretary expressed her appreciation for Norland's close coordination on supply chains."


def test_welcomed_a_minister_for_a_portfolio_to_a_city_is_a_hosts_act():
    """"Secretary X welcomed Norlandic Minister for Industry and Science Y to Velmar, D.C.": a host receiving a guest
    whose office holds "for", narrative; the sentence after it her statement."""
    body = ("Today, Secretary of Commerce Ilsa Marr welcomed Norlandic Minister for Industry and Science Daro Kell to "
            f"Velmar, D.C. {APPRECIATION}\n")
    assert_statements(body, [("Ilsa Marr", "indirect", APPRECIATION)])


def test_welcomed_a_call_for_a_thing_stays_a_statement():
    """The guard: a thing welcomed in words ("welcomed the proposal for a new fund") stays her statement."""
    welcomed = "Secretary of Commerce Ilsa Marr welcomed the proposal for a new fund to support exporters."
    assert_statements(welcomed + "\n", [("Ilsa Marr", "indirect", welcomed)])


STRESSED = "Voss stressed that he would like to see more exports of food and automobiles."
COMMENDED = "In addition, Voss commended the government of Norland on its work."


def test_a_paragraph_of_dated_figures_between_two_reports_is_background():
    """"Voss stressed that …" / "With total exports of more than $51.1 billion, Norland was the fourth-largest export
    partner in 2009. Principal exports … As of 2009, …" / "In addition, Voss commended …": the release's background
    figures of a past year, no statement of his."""
    body = (f"Secretary Arlen Voss met Minister Daro Kell today.\n\n{STRESSED}\n\n"
            "With total exports of more than $51.1 billion, Norland was the fourth-largest export partner of Velmar "
            "in 2009. Principal exports to Norland are optical instruments and machinery. As of 2009, Norland had "
            f"invested $264.2 billion into Velmar.\n\n{COMMENDED}\n")
    assert_statements(body, [("Arlen Voss", "indirect", STRESSED), ("Arlen Voss", "indirect", COMMENDED)])


def test_a_speakers_figures_in_his_own_paragraph_stay_his():
    """The guard: a figure of a past year told right after the report in its own paragraph goes on as his report."""
    figure = "Trade between the two countries was $5 billion in 2009."
    body = f"Secretary Arlen Voss met Minister Daro Kell today.\n\n{STRESSED} {figure}\n"
    assert_statements(body, [("Arlen Voss", "indirect", STRESSED), ("Arlen Voss", "indirect", figure)])
