"""Review rf8 of the seventy-first stop's merges (h1246, h1248, h1247, h1244, h1245, h1250): two mends, each with the
near shape the merged rule must not touch. Invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_chief_observer_who_reports_that_is_no_outlet():
    """"The Chief Observer reported that …": h1247's `OUTLET_REPORTING` reads a capitalised name ending in a word of the
    press ("… Observer", "… Monitor") as a paper, whose "reports that" is no one's words; an office with a role word
    ("Chief") before it is a mission's head, and his report is his. Before the mend the statement was lost. (The
    engine names the unnamed office by its last word, as the base engine did.)"""
    body = ("The observers visited forty polling stations in Piltown.\n\n"
            "The Chief Observer reported that the elections were peaceful and orderly.")
    result = run(body)
    assert [(s.kind, s.text) for s in result.statements] == [
        ("indirect", "The Chief Observer reported that the elections were peaceful and orderly."),
    ]
    assert result.statements[0].speaker is not None and "Observer" in result.statements[0].speaker


def test_a_paper_that_reports_that_still_credits_the_person_in_its_clause():
    """The rule kept: "The Zembran Observer reports that Governor X confirmed …": a paper's name, no role word; the
    governor in the clause speaks."""
    body = "The Zembran Observer reports that Governor Arlo Venn confirmed the closure of the port on Monday."
    assert_statements(body, [
        ("Arlo Venn", "indirect", "The Zembran Observer reports that Governor Arlo Venn confirmed the closure of the "
                                  "port on Monday."),
    ])


def test_admonished_then_a_with_far_on_is_no_statement():
    """"He admonished the pupils during the visit and returned with the team …": h1245 gave "admonish" all of
    `_CHARGED_BEFORE_A_VERB`, whose "… with" is the accusation of "charged X with"; an admonition has no "with" of
    its own, and a "with" twelve words on made a statement with no content. Only "to" and a verb, or "for" / "over",
    make it speak."""
    body = ("Governor Arlo Venn paid a visit to the school in Piltown.\n\n"
            "He admonished the pupils during the visit and returned with the team to Piltown.")
    result = assert_statements(body, [])
    assert result.statements == [] or all(s.speaker is None for s in result.statements)


def test_admonished_to_a_verb_still_speaks():
    """The rule kept: "admonished the newly inducted chiefs to eschew vengeance" (h1245), an exhortation."""
    body = "Mr Arlo Venn admonished the newly inducted chiefs to eschew vengeance and to unite the people."
    assert_statements(body, [
        ("Arlo Venn", "indirect", "Mr Arlo Venn admonished the newly inducted chiefs to eschew vengeance and to "
                                  "unite the people."),
    ])
