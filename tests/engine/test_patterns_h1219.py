"""Helper h1219 (styles68, labour ministries, trade unions and employers' federations): "the labour leader", "the union
boss", "the union chief" is the one trade union head the readout named ("the general secretary of the Miners' Union,
Mr. X"), not the person named last nor the body's head who spoke last; with two union heads named, or none, the
phrase is left to the registry's other readings; "Labour leaders from …" (a group) stays no one's. "Mediator" and
"conciliator" are offices (as "negotiator"), and "The Commission named its Chief Conciliator, Mrs. X, as mediator …"
gives X the office named after "as", so "The mediator told both sides …" is X's; a Commission that "told both sides in
a letter" stays a body."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_labour_leader_is_the_unions_general_secretary():
    body = (
        "The Minister of Labour of Vostrania, Mrs. Elspeth Tanqueray-Obua, on Tuesday visited the tin mine at "
        "Harrowfen. She was accompanied by the Chief Inspector of Mines, Mr. Gideon Pellowe-Asante, and met the "
        "general secretary of the Tinminers' Union, Mr. Brannoc Tresidder-Okafor.\n\n"
        "The labour leader told the minister that the pumps had not been inspected since the spring."
    )
    assert_statements(body, [
        ("Brannoc Tresidder-Okafor", "indirect",
         "The labour leader told the minister that the pumps had not been inspected since the spring."),
    ])


def test_the_union_boss_is_the_union_head_not_the_last_speaker():
    body = (
        "The Executive Director of the Vostranian Federation of Employers, Ms. Imogen Carbery-Nwosu, on Wednesday told "
        "reporters in Harrowfen that the federation supported the draft law.\n\n"
        "The Secretary-General of the National Union of Port Workers, Mr. Lorcan Pettigrew-Sesay, told reporters "
        "outside the hall that the federation wanted a strike that nobody would notice.\n\n"
        "The union boss said the unions would put their own draft to the minister on Monday."
    )
    assert_statements(body, [
        ("Imogen Carbery-Nwosu", "indirect", "The Executive Director of the Vostranian Federation of Employers, Ms. "
         "Imogen Carbery-Nwosu, on Wednesday told reporters in Harrowfen that the federation supported the draft law."),
        ("Lorcan Pettigrew-Sesay", "indirect", "The Secretary-General of the National Union of Port Workers, Mr. "
         "Lorcan Pettigrew-Sesay, told reporters outside the hall that the federation wanted a strike that nobody "
         "would notice."),
        ("Lorcan Pettigrew-Sesay", "indirect",
         "The union boss said the unions would put their own draft to the minister on Monday."),
    ])


def test_a_quotation_of_the_labour_leader_is_not_the_unions_president():
    body = (
        "The Secretary-General of the National Union of Port Workers, Mr. Lorcan Pettigrew-Sesay, was re-elected on "
        "Thursday at the union's congress. The union's president, Mrs. Wilhelmina Ostrander-Kuti, chaired the vote.\n\n"
        "“Three terms is long enough,” the labour leader said."
    )
    assert_statements(body, [
        ("Lorcan Pettigrew-Sesay", "direct", "Three terms is long enough,"),
    ])


def test_labour_leaders_plural_and_the_labour_minister_are_not_the_union_head():
    """Guard: "Labour leaders from …" (plural, a group) is no statement, and "the labour minister" stays the minister,
    with a union's head named before both."""
    body = (
        "The Minister of Labour of Vostrania, Mrs. Elspeth Tanqueray-Obua, received the general secretary of the "
        "Tinminers' Union, Mr. Brannoc Tresidder-Okafor, in Harrowfen.\n\n"
        "Labour leaders from the smaller unions said in a joint letter that they would back any agreement.\n\n"
        "The labour minister said the pumps would be inspected within a month."
    )
    assert_statements(body, [
        ("Elspeth Tanqueray-Obua", "indirect", "The labour minister said the pumps would be inspected within a month."),
    ])


def test_the_mediator_is_the_one_named_as_mediator():
    body = (
        "The Labour Relations Board on Wednesday named its Chief Conciliator, Mrs. Perpetua Haldane-Mwangi, as mediator "
        "in the dispute between the Harrowfen Tram Company and the Tram Drivers' Union. The company's managing "
        "director, Mr. Osmund Ketterholme, met her with his negotiators.\n\n"
        "The mediator told both sides that every session would be held at one table.\n\n"
        "The Board told both sides in a letter on Monday that the talks would be held in private.\n\n"
        "The mediator added that she would put her own proposal if no agreement was reached."
    )
    assert_statements(body, [
        ("Perpetua Haldane-Mwangi", "indirect",
         "The mediator told both sides that every session would be held at one table."),
        ("Perpetua Haldane-Mwangi", "indirect",
         "The mediator added that she would put her own proposal if no agreement was reached."),
    ])


def test_a_mediator_named_with_no_office_before_the_name():
    body = (
        "The Labour Relations Board appointed Mrs. Perpetua Haldane-Mwangi as conciliator in the dispute.\n\n"
        "The conciliator said the two sides would meet on Monday."
    )
    assert_statements(body, [
        ("Perpetua Haldane-Mwangi", "indirect", "The conciliator said the two sides would meet on Monday."),
    ])


def test_an_office_with_a_clause_after_it_then_its_holder_set_off_before_the_verb():
    """An office no one named holds opens the sentence, a clause after it, then its holder's name set off by commas
    right before the verb (a day between): the holder speaks (so also with "mediator", now an office)."""
    body = (
        "The envoy sent to Quendaria by the regional bloc ARVAS, Teodric Halvane-Ouma, on Tuesday "
        "said he was satisfied by his meeting with the country's new leader."
    )
    assert_statements(body, [
        ("Teodric Halvane-Ouma", "indirect", body),
    ])

