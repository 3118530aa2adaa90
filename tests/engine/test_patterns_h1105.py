"""Helper h1105 (eighthundredfortyfirst, the Governor of Kaduna State): a time between a speech verb and the
complement it needs ("disclosed at the weekend that …"); a lead-in opened by a participle and only the aim of what the
quotation gives ("Highlighting the aim of the engagement, he said:"); a guest welcomed "to the state at the airport";
"intimated" with its listener named first; a report carried on after congratulations joined to it by ", and"."""

from __future__ import annotations

from .test_patterns import assert_statements

# ---------------------------------------------------------------------------------------
# "disclosed at the weekend that …": a time between the verb and its complement
# ---------------------------------------------------------------------------------------

def test_a_day_between_disclosed_and_its_that_clause():
    body = (
        "Vellmark State governor, Arno Tessid, has attended a meeting of the northern governors with the UN "
        "resident coordinator.\n\n"
        "Governor Tessid disclosed at the weekend that the meeting was convened to discuss security in the zone.\n\n"
        "Governor Tessid revealed on Monday that the talks would resume in June."
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect",
         "Governor Tessid disclosed at the weekend that the meeting was convened to discuss security in the zone."),
        ("Arno Tessid", "indirect", "Governor Tessid revealed on Monday that the talks would resume in June."),
    ])


def test_a_day_after_disclosed_with_no_complement_stays_narrative():
    # guard: the verb still needs what it discloses; a day alone after it is no complement
    body = (
        "Vellmark State governor, Arno Tessid, met the envoy of Quarnesia.\n\n"
        "The figures were disclosed on Monday by the state planning office.\n\n"
        "Governor Tessid said the talks went well."
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect", "Governor Tessid said the talks went well."),
    ])


# ---------------------------------------------------------------------------------------
# "Highlighting the aim of the engagement, he said:" / "“…”": a lead-in, no statement
# ---------------------------------------------------------------------------------------

def test_a_participle_of_the_aim_only_leads_the_quotation_in():
    body = (
        "The Governor of Vellmark State, Arno Tessid, met a delegation of the Quarnesian Development Bank.\n\n"
        "Highlighting the aim of the engagement, he said:\n\n"
        "“I had a fruitful meeting with the bank's team. Discussions centred on schools.\n\n"
        "“Education is our priority.” Governor Tessid stated."
    )
    assert_statements(body, [
        ("Arno Tessid", "direct", "I had a fruitful meeting with the bank's team. Discussions centred on schools."),
        ("Arno Tessid", "direct", "Education is our priority."),
    ])


def test_a_participle_of_the_importance_is_still_his_statement():
    # guard: "Highlighting the importance of …," says something of his own (a view), as before
    body = (
        "The Governor of Vellmark State, Arno Tessid, met a delegation of the Quarnesian Development Bank.\n\n"
        "Highlighting the importance of the engagement, he said:\n\n"
        "“We are grateful to the bank.”"
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect", "Highlighting the importance of the engagement, he said"),
        ("Arno Tessid", "direct", "We are grateful to the bank."),
    ])


# ---------------------------------------------------------------------------------------
# "welcomed X to the state at the airport": a reception
# ---------------------------------------------------------------------------------------

def test_a_guest_welcomed_to_the_state_at_the_airport_is_a_reception():
    body = (
        "Vellmark state governor, Arno Tessid is playing host to the former Prime Minister of Quarnesia, "
        "Elan Vosker, today.\n\n"
        "The governor welcomed Vosker to the state at the airport before they proceeded to a private meeting.\n\n"
        "Vosker described Vellmark as an important state, saying he felt privileged to be there."
    )
    assert_statements(body, [
        ("Elan Vosker", "indirect",
         "Vosker described Vellmark as an important state, saying he felt privileged to be there."),
    ])


def test_a_guest_welcomed_to_the_state_alone_stays_a_welcome():
    # guard: with no place of the reception after it, the welcome is one in words, as earlier sets' golds have it
    body = (
        "Governor Arno Tessid met the Ambassador of Quarnesia, Elan Vosker, in Tarn.\n\n"
        "Governor Tessid welcomed Ambassador Vosker to the state, and discussed ways to expand trade."
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect",
         "Governor Tessid welcomed Ambassador Vosker to the state, and discussed ways to expand trade."),
    ])


# ---------------------------------------------------------------------------------------
# "intimated X the involvement of …": told, the listener named first
# ---------------------------------------------------------------------------------------

def test_intimated_with_the_listener_named_first():
    body = (
        "The Vellmark State Governor, Arno Tessid, has met with his counterpart from Tarn, Elan Vosker.\n\n"
        "During the meeting, Tessid intimated Vosker the involvement of his state in the tower project."
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect",
         "During the meeting, Tessid intimated Vosker the involvement of his state in the tower project."),
    ])


def test_intimate_as_an_adjective_is_no_statement():
    # guard: "an intimate Dinner" is no telling
    body = (
        "The Vellmark State Governor, Arno Tessid, has met with his counterpart from Tarn, Elan Vosker.\n\n"
        "Tessid hosted an intimate Dinner for the guests at the lodge.\n\n"
        "Vosker said the visit was useful."
    )
    assert_statements(body, [
        ("Elan Vosker", "indirect", "Vosker said the visit was useful."),
    ])


# ---------------------------------------------------------------------------------------
# "X congratulated Y …, and pointed out that … . Quarnesia wishes to …": his report goes on
# ---------------------------------------------------------------------------------------

def test_report_after_congratulations_in_one_sentence_goes_on():
    body = (
        "On July 23, Quarnesian Ambassador Elan Vosker met in Tarn with Mr. Arno Tessid, Governor of Vellmark "
        "State.\n\n"
        "Elan Vosker congratulated Mr. Arno Tessid on his election, and pointed out that Quarnesia attaches great "
        "importance to relations. In the days ahead, Quarnesia wishes to make joint efforts with Vellmark State."
    )
    assert_statements(body, [
        ("Elan Vosker", "indirect",
         "Elan Vosker congratulated Mr. Arno Tessid on his election, and pointed out that Quarnesia attaches great "
         "importance to relations."),
        ("Elan Vosker", "indirect",
         "In the days ahead, Quarnesia wishes to make joint efforts with Vellmark State."),
    ])


def test_congratulations_alone_do_not_go_on():
    # guard: with no report after the courtesy, what follows is the readout's background, as before
    body = (
        "On July 23, Quarnesian Ambassador Elan Vosker met in Tarn with Mr. Arno Tessid, Governor of Vellmark "
        "State.\n\n"
        "Elan Vosker congratulated Mr. Arno Tessid on his election. Quarnesia opened its embassy in Tarn in 1998."
    )
    assert_statements(body, [
        ("Elan Vosker", "indirect", "Elan Vosker congratulated Mr. Arno Tessid on his election."),
    ])


# ---------------------------------------------------------------------------------------
# "…, however, Governor X said …": a comma splice, the clause after ", however," his
# ---------------------------------------------------------------------------------------

def test_a_comma_spliced_however_opens_the_speakers_clause():
    body = (
        "The Emir of Tarn visited Governor Arno Tessid of Vellmark State.\n\n"
        "After the meeting, the Emir refused to speak to reporters, however, Governor Arno Tessid said the meeting "
        "discussed the security challenges in the state."
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect",
         "Governor Arno Tessid said the meeting discussed the security challenges in the state."),
    ])


def test_however_after_the_speech_verb_stays_in_the_statement():
    # guard: "X said, however, that …" is one statement, whole, as before
    body = (
        "The Emir of Tarn visited Governor Arno Tessid of Vellmark State.\n\n"
        "Governor Arno Tessid said, however, that the meeting discussed the security challenges in the state."
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect",
         "Governor Arno Tessid said, however, that the meeting discussed the security challenges in the state."),
    ])
