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


def test_former_and_latter_reach_back_to_a_pair_named_together():
    """"… held consultations with Minister … X and Minister … Y. [the host's paragraph] The former stressed …
    The latter, in turn, said …" (thirty-fourth hard kavrin_foreign_minister_trilateral_consultations): no two people
    named close before; the two named together with "and" further back, the former the first of them."""
    body = (
        "On 3 May, Minister of Foreign Affairs of Tarvonia Ilse Brack held consultations in Orm with Minister of Foreign "
        "Affairs of Deloria Karel Fenn and Minister of Foreign Affairs of the Kingdom of Astra Piet Morrow.\n\n"
        "The consultations were devoted to the shared use of the river Oster and to the protection of its basin "
        "from the pollution caused by the mines and the paper mills of the upper valley.\n\n"
        "Opening the meeting, Ilse Brack noted that the three states had for the first time agreed on a common list "
        "of monitoring stations. She proposed that the list be made public before the winter session of the commission.\n\n"
        "The former stressed that Deloria had closed two discharge points. The latter, in turn, said that Astra was "
        "ready to finance a new laboratory."
    )
    assert_statements(body, [
        ("Ilse Brack", "indirect", "Opening the meeting, Ilse Brack noted that the three states had for the first time "
                                   "agreed on a common list of monitoring stations."),
        ("Ilse Brack", "indirect", "She proposed that the list be made public before the winter session of the commission."),
        ("Karel Fenn", "indirect", "The former stressed that Deloria had closed two discharge points."),
        ("Piet Morrow", "indirect", "The latter, in turn, said that Astra was ready to finance a new laboratory."),
    ], title="Minister Brack holds consultations on the Oster")


def test_former_with_no_pair_named_together_stays_unattributed():
    """Guard: two people named in separate sentences, far back, no "X and Y": "The latter" resolves to no one."""
    body = (
        "Minister of Foreign Affairs of Tarvonia Ilse Brack arrived in Orm on Monday. She was met by Karel Fenn.\n\n"
        "The consultations were devoted to the shared use of the river Oster and to the protection of its basin "
        "from the pollution caused by the mines and the paper mills of the upper valley, the forests of the "
        "Oster hills, the fisheries of the delta and the drinking water of the towns along its lower reaches, "
        "which depend on the river for nine tenths of their supply in the summer months and in the dry years.\n\n"
        "The work of the commission, the monitoring stations, the laboratories and the budget were reviewed in "
        "detail, and the next session was scheduled for the autumn in the capital of the Kingdom of Astra.\n\n"
        "The latter stressed that the commission needed a larger budget."
    )
    assert_statements(body, [], title="Minister Brack in Orm")


def test_quotation_resumed_after_a_tag_with_a_time_phrase():
    """"“The new system,” she added after a pause, “will be installed …”" (thirty-fourth hard
    kavrin_interior_minister_border_crossings): a time phrase after the tag's verb; the resumed half is hers too."""
    body = (
        "The Head of the Border Service of Tarvonia, Colonel Ilse Brack, said that 40 officers had been transferred.\n\n"
        "“The new scanners,” she added after a pause, “will be installed by the end of November.”"
    )
    assert_statements(body, [
        ("Colonel Ilse Brack", "indirect", "The Head of the Border Service of Tarvonia, Colonel Ilse Brack, said that "
                                           "40 officers had been transferred."),
        ("Colonel Ilse Brack", "direct", "The new scanners,"),
        ("Colonel Ilse Brack", "direct", "will be installed by the end of November."),
    ], title="Colonel Brack at the border")


def test_a_title_then_a_time_phrase_breaks_in_no_quotation():
    """Guard: "“The Long Road,” a film released later, “…”": no speech verb before the time phrase, no speaker."""
    body = (
        "The Head of the Border Service of Tarvonia, Colonel Ilse Brack, visited the crossing on Monday.\n\n"
        "The film “The Long Road,” shown to the officers later, “was made by the border guards themselves.”"
    )
    assert_statements(body, [], title="Colonel Brack at the border")


def test_office_and_name_between_commas_after_a_semicolon():
    """"X proposed …; the Minister of Finance objected …; and the Governor of the Kastel Region, Mira Ostby, supported the
    proposal, saying …" (thirty-fourth hard quellmark_government_meeting_winter_preparations): the third clause's own
    subject, an office and its holder's name set off by commas, not the subject of the clause before."""
    body = (
        "President of Tarvonia Emil Strand held a meeting with members of the Government.\n\n"
        "Deputy Prime Minister Lina Varg proposed to create a reserve fund; and the Governor of the Orm Region, "
        "Dario Fenn, supported the proposal, saying that regional budgets could not cover such repairs."
    )
    assert_statements(body, [
        ("Lina Varg", "indirect", "Deputy Prime Minister Lina Varg proposed to create a reserve fund;"),
        ("Dario Fenn", "indirect", "and the Governor of the Orm Region, Dario Fenn, supported the proposal, saying that "
                                   "regional budgets could not cover such repairs."),
    ], title="President Strand meets the Government")
