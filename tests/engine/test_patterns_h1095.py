"""Helper h1095 (hard82, stop 63's left-over constructions): a body that reports one person's words with its name's
complement ("The Ministry of Foreign Affairs said Minister X welcomed …", "A statement issued by the Embassy of Y said
that Ambassador Z stressed …", "The Commission said Mr. X also welcomed …"): the person's statement; a plural body's
one officer ("Joint Chiefs of Staff Chairman General X said …"), his rank no part of his office ("The Chairman
thanked …" is he); a team's post before a player's name ("Squad captain X told …", "Club captain Y thanked …",
"Vice-captain Z said …", then "the squad captain said"). Each with a guard of the near shape."""

from __future__ import annotations

from .test_patterns import assert_statements, run

# A body's report of one person's words, the body's name with its complement

CALL = ("The Minister of Foreign Affairs of Dravenia, Mr. Tobbe Ilmark, received the Ambassador of Quessany, "
        "Mrs. Anja Worrel, on Friday. Deputy Minister Per Lindgaard attended.\n\n")


def test_a_ministry_of_a_portfolio_reports_the_ministers_words():
    assert_statements(CALL + "The Ministry of Foreign Affairs said Minister Ilmark welcomed the ambassador.", [
        ("Tobbe Ilmark", "indirect", "The Ministry of Foreign Affairs said Minister Ilmark welcomed the ambassador."),
    ])


def test_a_statement_of_an_embassy_of_a_country_reports_the_ambassadors_words():
    assert_statements(CALL + "A statement issued by the Embassy of Quessany said that Ambassador Worrel stressed "
                             "her wish to open a consulate.", [
        ("Anja Worrel", "indirect", "A statement issued by the Embassy of Quessany said that Ambassador Worrel "
                                    "stressed her wish to open a consulate."),
    ])


def test_a_ministry_of_education_reports_a_deputy_ministers_words():
    assert_statements(CALL + "The Ministry of Education said Deputy Minister Per Lindgaard welcomed the gift.", [
        ("Per Lindgaard", "indirect", "The Ministry of Education said Deputy Minister Per Lindgaard welcomed the gift."),
    ])


def test_a_commission_reports_its_officers_words():
    assert_statements(CALL + "The Commission said Mr. Ilmark also welcomed the decision.", [
        ("Tobbe Ilmark", "indirect", "The Commission said Mr. Ilmark also welcomed the decision."),
    ])


def test_a_ministry_reporting_what_two_sides_did_stays_no_ones():
    result = run(CALL + "The Ministry of Foreign Affairs said the two sides discussed the visit.")
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_a_ministry_reporting_a_persons_action_stays_no_ones():
    result = run(CALL + "The Ministry of Foreign Affairs said Minister Ilmark met the ambassador at the airport.")
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


# One officer of a plural body, his rank after his office

STAFF = "SELVIK: The talks were held at the Joint Staff Headquarters on Thursday.\n\n"


def test_the_chairman_of_the_joint_chiefs_written_before_his_rank_and_name_speaks():
    assert_statements(STAFF + "Joint Chiefs of Staff Chairman General Arne Voll said the two armies had trained "
                              "together for ten years.", [
        ("Arne Voll", "indirect", "Joint Chiefs of Staff Chairman General Arne Voll said the two armies had trained "
                                  "together for ten years."),
    ])


def test_the_chairman_is_the_officer_named_with_his_rank():
    body = STAFF + ("Joint Chiefs of Staff Chairman General Arne Voll received the delegation.\n\n"
                    "The Chairman thanked the visitors for their help.")
    assert_statements(body, [("Arne Voll", "indirect", "The Chairman thanked the visitors for their help.")])


def test_a_secretary_general_keeps_general_in_his_office():
    body = STAFF + ("Secretary General Arne Voll received the delegation.\n\n"
                    "The Secretary General said the fund was ready.")
    assert_statements(body, [("Arne Voll", "indirect", "The Secretary General said the fund was ready.")])


def test_a_vice_admiral_and_a_prosecutor_general_keep_their_whole_title():
    body = STAFF + ("The Chief of Naval Staff, Vice Admiral Arne Voll, received the delegation. Prosecutor General "
                    "Ivo Tamsen attended.\n\n"
                    "The Vice Admiral proposed a staff exchange.\n\n"
                    "The Prosecutor General informed the visitors about the crime rate.")
    assert_statements(body, [
        ("Arne Voll", "indirect", "The Vice Admiral proposed a staff exchange."),
        ("Ivo Tamsen", "indirect", "The Prosecutor General informed the visitors about the crime rate."),
    ])


def test_two_vice_presidents_and_consuls_general_stay_a_group():
    result = run(STAFF + "The two Vice Presidents recognised the ties between the peoples.\n\n"
                         "The Consul Generals appreciated the efforts of the Governor.")
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_the_chiefs_of_staff_of_two_armies_stay_a_group():
    result = run(STAFF + "The Chiefs of Staff of the two armies said the exercise would go on.")
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


# A team's post before a player's name

TEAM = "The Minister of Sport, Mrs. Liv Ostrand, received the national rowing squad on Tuesday.\n\n"


def test_a_squad_captain_named_with_her_post_speaks_and_is_the_squad_captain_after():
    body = TEAM + ("Squad captain Marja Tollen told the minister that the crew had trained all winter.\n\n"
                   "\"We rowed in the dark,\" the squad captain said.")
    assert_statements(body, [
        ("Marja Tollen", "indirect", "Squad captain Marja Tollen told the minister that the crew had trained all winter."),
        ("Marja Tollen", "direct", "We rowed in the dark,"),
    ])


def test_a_club_captain_and_a_vice_captain_speak():
    body = TEAM + ("Club captain Jens Aakre thanked the federation for the final.\n\n"
                   "Vice-captain Ola Brenne said the players would give part of their bonus to the academy.")
    result = assert_statements(body, [
        ("Jens Aakre", "indirect", "Club captain Jens Aakre thanked the federation for the final."),
        ("Ola Brenne", "indirect", "Vice-captain Ola Brenne said the players would give part of their bonus to the "
                                   "academy."),
    ])
    assert "Ola Brenne" in {s.name for s in result.speakers}


def test_a_captain_by_rank_is_read_as_before():
    result = run(TEAM + "Captain Marja Tollen said the crew had trained all winter.")
    assert [s.speaker for s in result.statements] == ["Captain Marja Tollen"]


def test_the_club_chairman_is_no_player():
    result = run(TEAM + "Club captain Jens Aakre thanked the federation.\n\nThe club chairman said the club was proud.")
    assert [s.speaker for s in result.statements] == ["Jens Aakre", "The club chairman"]  # (unnamed, as on main)


# "Later in the day, the President …": a part of the day fronted before the office that opens a narrative sentence

VISIT = ("The President of Quessany, Mr. Tam Holvik, arrived in Dravel on Monday.\n\n"
         "The President said Quessany was ready to finance the line.\n\n"
         "The Prime Minister of Dravenia, Mr. Erno Saltvik, also attended the audience.\n\n")


def test_he_after_later_in_the_day_the_president_is_the_president():
    body = VISIT + ("Later in the day, the President laid a wreath at the Monument of Independence.\n\n"
                    "He told journalists that he was glad to be back.")
    result = run(body)
    assert [(s.speaker, s.text[:8]) for s in result.statements] == [
        ("Tam Holvik", "The Pres"), ("Tam Holvik", "He told ")]


def test_he_after_a_fronted_phrase_that_is_no_time_stays_as_it_was():
    body = VISIT + ("Later in the talks, the President laid a wreath at the Monument of Independence.\n\n"
                    "He told journalists that he was glad to be back.")
    result = run(body)
    assert [s.speaker for s in result.statements][-1] == "Erno Saltvik"  # (as on main: no part of a day)


# "called on X, who hosted …": a courtesy call, the host's clause after it

CALLER = "Chief of the General Staff Lieutenant General Oskar Brevik arrived in Dravel on Monday.\n\n"


def test_a_call_on_a_minister_who_hosted_a_lunch_is_no_appeal():
    result = run(CALLER + "General Brevik also called on Defence Minister Jorun Tasker, who hosted a lunch for the "
                          "delegation.")
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_a_call_on_a_minister_who_received_him_to_act_is_still_an_appeal():
    result = run(CALLER + "General Brevik also called on Defence Minister Jorun Tasker, who received him, to speed up "
                          "the talks.")
    assert [s.speaker for s in result.statements] == ["Oskar Brevik"]
