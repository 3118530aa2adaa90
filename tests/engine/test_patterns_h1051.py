"""Helper h1051 (sevenhundredninetyninth, Brčko District and its Supervisor as the OHR, EUFOR and the press print
them): "Supervisor" as an office, the overseer of a territory named by it alone after his full name ("Vennmark
District Supervisor Aldo Terrin said … the Supervisor welcomed …, but noted …"): his statements, as "the
Administrator" is an administrator's; a supervisor of works met by no name stays no one's. And a sentence that leads
up to an unquoted "…, X stated." is no longer stopped by two words that only look like cues: a thing secured in the
passive ("The continuity of reforms must be guaranteed for …") and a participle after a possessive ("its stated
objectives"); a guarantee given by someone ("The Minister of Finance guaranteed that …") stays that person's."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_supervisor_is_the_named_supervisor():
    body = (
        "“The plan agreed by the three parties is what the District needs”, Vennmark District Supervisor Aldo Terrin "
        "said today in a meeting with the Speaker of the Orlan Assembly Mira Kestel.\n\n"
        "Reviewing the plan, the Supervisor welcomed the approach of the parties, but noted that a few technical "
        "points remain open. “I hope these points can be settled soon”, the Supervisor concluded."
    )
    assert_statements(body, [
        ("Aldo Terrin", "direct", "The plan agreed by the three parties is what the District needs"),
        ("Aldo Terrin", "indirect",
         "Reviewing the plan, the Supervisor welcomed the approach of the parties, but noted that a few technical "
         "points remain open."),
        ("Aldo Terrin", "direct", "I hope these points can be settled soon"),
    ])


def test_an_unnamed_site_supervisor_stays_no_ones():
    body = (
        "Mayor Aldo Terrin visited the new bridge over the Orlan river on Monday.\n\n"
        "The site supervisor showed the guests the works and noted that the bridge would open in May."
    )
    assert_statements(body, [])


_LEAD = (
    "Supervisor Aldo Terrin met with the Vennmark District Government. He stressed that the authorities need to "
    "stay focused on the reforms.\n\n"
)


def test_a_thing_guaranteed_leads_up_to_the_closing_cue():
    body = _LEAD + (
        "The continuity of reforms must be guaranteed for Vennmark to achieve its stated objectives and deliver "
        "shared prosperity to the community. As long as the authorities remain committed, they will enjoy the "
        "support of their partners, Terrin stated."
    )
    assert_statements(body, [
        ("Aldo Terrin", "indirect",
         "He stressed that the authorities need to stay focused on the reforms."),
        ("Aldo Terrin", "indirect",
         "The continuity of reforms must be guaranteed for Vennmark to achieve its stated objectives and deliver "
         "shared prosperity to the community."),
        ("Aldo Terrin", "indirect",
         "As long as the authorities remain committed, they will enjoy the support of their partners, Terrin "
         "stated."),
    ])


def test_a_guarantee_given_stays_a_cue():
    """A guarantee given by someone in the active voice is still a cue: the sentence is the Minister's, not led up to
    Terrin's closing words."""
    body = _LEAD + (
        "The Minister of Finance guaranteed that the funds would arrive in May. As long as the authorities remain "
        "committed, they will enjoy the support of their partners, Terrin stated."
    )
    result = run(body)
    guarantee = [s for s in result.statements if s.text.startswith("The Minister of Finance guaranteed")]
    assert len(guarantee) == 1 and guarantee[0].speaker is not None and "Terrin" not in guarantee[0].speaker
    assert [s.text[:20] for s in result.statements if s.speaker and "Terrin" in s.speaker] == [
        "He stressed that the", "As long as the autho"]


def test_a_participle_before_its_noun_after_an_article_was_already_no_cue():
    """The near shape the possessive joins: "the stated objectives" (an article) led up already."""
    body = _LEAD + (
        "Vennmark must reach the stated objectives of the reform this year. As long as the authorities remain "
        "committed, they will enjoy the support of their partners, Terrin stated."
    )
    assert_statements(body, [
        ("Aldo Terrin", "indirect",
         "He stressed that the authorities need to stay focused on the reforms."),
        ("Aldo Terrin", "indirect", "Vennmark must reach the stated objectives of the reform this year."),
        ("Aldo Terrin", "indirect",
         "As long as the authorities remain committed, they will enjoy the support of their partners, Terrin "
         "stated."),
    ])
