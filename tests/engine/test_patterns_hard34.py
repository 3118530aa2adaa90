"""Readings of the thirty-fourth hard set (hard34): invented offices' readouts built around constructions that trip
rule-based attribution (passive quoting verbs, the former / the latter, asides between subject and verb).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_cited_and_reported_as_saying_after_an_apposition():
    """"The director of the Vadra site, X, was cited as saying that …", "Y, who accompanied the Belmoran delegation,
    was reported as saying that …" (thirty-fourth hard belmora_news_agency_energy_minister_visit): words at one remove,
    as "was quoted as saying", the subject a name before an apposition's closing comma."""
    body = (
        "Minister of Energy of Tarvonia Ilse Brack visited the Orm storage site on Thursday.\n\n"
        "The director of the Orm site, Dario Fenn, was cited as saying that the storage was 90 percent full.\n\n"
        "Deputy Minister of Economy Rina Castel, who accompanied the delegation, was reported as saying that the "
        "contract would be signed in May."
    )
    assert_statements(body, [
        ("Dario Fenn", "indirect", "The director of the Orm site, Dario Fenn, was cited as saying that the storage was 90 "
                                   "percent full."),
        ("Rina Castel", "indirect", "Deputy Minister of Economy Rina Castel, who accompanied the delegation, was reported as "
                                    "saying that the contract would be signed in May."),
    ], title="Minister Brack visits the Orm storage site")


def test_reported_without_as_saying_stays_narrative():
    """Guard: "X was reported missing" and "was reported as a success" are no one's words."""
    body = (
        "Minister of Energy of Tarvonia Ilse Brack visited the Orm storage site on Thursday.\n\n"
        "The director of the Orm site, Dario Fenn, was reported as a candidate for the board."
    )
    assert_statements(body, [], title="Minister Brack visits the Orm storage site")


def test_whom_aside_naming_the_appointer_after_an_office_and_name():
    """"The Minister of Defence, Greta Halm, whom President Viktor Amsel appointed in May, said that …" (thirty-fourth
    hard belmora_president_defence_council): the name in the "whom" aside is its subject, not the speaker; the
    office and name that open the sentence speak."""
    body = (
        "President of Tarvonia Emil Strand chaired a meeting of the Security Council.\n\n"
        "The Minister of the Interior, Lina Varg, whom President Emil Strand appointed in March, said that the "
        "police reform had been completed."
    )
    assert_statements(body, [
        ("Lina Varg", "indirect", "The Minister of the Interior, Lina Varg, whom President Emil Strand appointed in March, "
                                  "said that the police reform had been completed."),
    ], title="President Strand chairs the Security Council")


def test_whom_aside_after_a_group_stays_unattributed():
    """Guard: "The ministers, whom President X received in May, said …": a group opens the sentence, no one's."""
    body = (
        "President of Tarvonia Emil Strand chaired a meeting of the Security Council.\n\n"
        "The ministers, whom President Emil Strand received in March, said that the police reform had been completed."
    )
    assert_statements(body, [], title="President Strand chairs the Security Council")
