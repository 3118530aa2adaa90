"""Helper h1080 (hard81, misfires of stop 62's rules): "principal" before a noun in lower case is the adjective ("the
principal trading partner", "The principal negotiator"), no school's head; "felicitated … over lunch" is a meal, no
occasion; "X said … and later said, “…”" keeps the report before "and later"; "welcomed the rising number of … who are
visiting X" is a view of a count, no reception; a bare "the speaker" among two houses' Speakers is the last named.
Each with a guard of the near shape."""

from __future__ import annotations

from .test_patterns import assert_statements, run

# "principal" as the adjective (h1064 made it an office word)

TALKS = "The talks between Korlan and Hemmeny closed in Druvel on Thursday.\n\n"


def test_a_country_the_principal_trading_partner_of_another_is_no_speaker():
    body = TALKS + "Korlan, the principal trading partner of Hemmeny, said in a statement that trade had grown."
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_an_unnamed_principal_negotiator_is_no_one():
    body = TALKS + ("The Minister of Fisheries, Mr. Holger Anstby, opened the round.\n\n"
                    "The principal negotiator said the two sides had closed eleven chapters.")
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_the_principal_negotiator_is_the_chief_negotiator_named():
    body = (
        "The talks between Korlan and Hemmeny closed in Druvel on Thursday. The Korlan side was led by Chief "
        "Negotiator Taavo Rinnsk.\n\n"
        "The principal negotiator said the two sides had closed eleven chapters."
    )
    assert_statements(body, [
        ("Taavo Rinnsk", "indirect", "The principal negotiator said the two sides had closed eleven chapters."),
    ])


def test_principal_before_a_name_and_the_bare_principal_still_speak():
    # the guard: the office before a name (a capital after it) and a bare "The principal" stay the school's head
    body = (
        "The minister visited Fenwick College, where he was received by Principal Mira Ansvold.\n\n"
        "The principal said the college had sent eleven students to the games."
    )
    assert_statements(body, [
        ("Mira Ansvold", "indirect", "The principal said the college had sent eleven students to the games."),
    ])


# "felicitated … over" (h1059)

SPORT = "The Minister of Sport, Mr. Oren Kastelby, visited Fenwick College on Tuesday.\n\n"


def test_felicitated_over_lunch_is_no_congratulation():
    body = SPORT + "The minister felicitated the athletes over lunch in the college hall."
    assert_statements(body, [])


def test_felicitated_over_a_working_dinner_is_no_congratulation():
    body = SPORT + "The minister felicitated the players over a working dinner."
    assert_statements(body, [])


def test_felicitated_over_its_medals_stays_a_congratulation():
    body = SPORT + "He felicitated the college over its four medals."
    assert_statements(body, [
        ("Oren Kastelby", "indirect", "He felicitated the college over its four medals."),
    ])


# a report before "and later said, “…”" (h1058 dropped it as a lead-in)

FERRY = "The Minister of Transport, Ms. Hedda Vellby, met the island council in Tormby on Wednesday.\n\n"


def test_a_report_before_and_later_said_a_quotation_stays_a_statement():
    body = FERRY + ("Ms. Vellby said the ferry would run twice a day from May and later said, “No island will wait "
                    "another winter,” she added.")
    result = run(body)
    texts = [s.text for s in result.statements if s.speaker == "Hedda Vellby"]
    assert any(t.startswith("Ms. Vellby said the ferry would run twice a day from May") for t in texts), texts
    assert any(t.startswith("No island will wait another winter") for t in texts), texts


def test_a_said_comma_lead_in_before_a_tagged_quotation_is_still_no_ones():
    # the guard: "X said, “…,” she added." the lead-in only introduces the words
    body = FERRY + "At the harbour, Vellby said, “No island will wait another winter,” she added."
    assert_statements(body, [
        ("Hedda Vellby", "direct", "No island will wait another winter"),
    ])


# "welcomed … who are visiting" (h1063)

RECTORS = "The Minister of Education, Ms. Lise Grevby, received a delegation of rectors on Monday.\n\n"


def test_welcomed_the_rising_number_of_visitors_is_a_statement():
    body = RECTORS + "She welcomed the rising number of students who are visiting Hemmeny."
    assert_statements(body, [
        ("Lise Grevby", "indirect", "She welcomed the rising number of students who are visiting Hemmeny."),
    ])


def test_welcomed_the_guests_who_are_visiting_stays_a_reception():
    body = RECTORS + "The minister welcomed the rectors who are visiting Hemmeny this week."
    assert_statements(body, [])


# a numbered list (h1064)

BORDER = ("The Minister of the Interior, Ms. Britta Tallby, presented the agreement to the committee.\n\n"
          "Ms. Tallby said the agreement settled every open question.\n\n")


def test_a_labelled_list_the_speaker_lists_herself_is_carried_on():
    body = BORDER + (
        "The minister listed the agreed steps:\n\n"
        "1. Crossings: the two crossings will be open around the clock from 1 May.\n\n"
        "2. Patrols: the two border guards will patrol the river together.\n\n"
        "She said the agreement would be reviewed after two years."
    )
    result = run(body)
    texts = [s.text for s in result.statements if s.speaker == "Britta Tallby"]
    assert "Crossings: the two crossings will be open around the clock from 1 May." in texts, texts
    assert "Patrols: the two border guards will patrol the river together." in texts, texts


def test_a_numbered_item_with_no_heading_between_two_statements_is_carried_on():
    # the guard h1064 lacked: only an item under a heading of its own ("4. School exchanges: …") is the list's point
    body = (
        "The third session of the Oskerish-Tarnish Joint Commission on Education was held in Brennick. The Tarnish "
        "delegation was led by the Director General of Higher Education, Dr. Mirela Sandcombe.\n\n"
        "Dr. Sandcombe said the first scholars would be chosen by March.\n\n"
        "1. Ten schools on each side will be twinned by 2028.\n\n"
        "Dr. Sandcombe also thanked the Oskerish side for its hospitality."
    )
    assert_statements(body, [
        ("Mirela Sandcombe", "indirect", "Dr. Sandcombe said the first scholars would be chosen by March."),
        ("Mirela Sandcombe", "indirect", "Ten schools on each side will be twinned by 2028."),
        ("Mirela Sandcombe", "indirect", "Dr. Sandcombe also thanked the Oskerish side for its hospitality."),
    ])


# "the UN Rapporteur said" (h1060's body after a quotation): read right when the rapporteur is named; when she is not,
# the words stay no one's (a rule that read every office word after the initials as a person, tried at this stop, gave
# them to the minister, the only person named: dropped)

RAPPORTEUR = ("UN Special Rapporteur Ingrid Solvik ended a visit to Ambrel on Friday. She met the Minister of Water, "
              "Mr. Teodor Lundby.\n\n")


def test_the_un_rapporteur_after_a_quotation_is_the_named_rapporteur():
    body = RAPPORTEUR + "“That is a tax on being poor,” the UN Rapporteur said."
    assert_statements(body, [
        ("Ingrid Solvik", "direct", "That is a tax on being poor"),
    ])


def test_an_unnamed_un_rapporteurs_quotation_is_not_the_ministers():
    body = ("The Minister of Water, Mr. Teodor Lundby, met a UN delegation on Friday.\n\n"
            "“The minister assured us that the budget would be published,” the UN Rapporteur said.")
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_the_un_after_a_quotation_stays_the_bodys():
    body = RAPPORTEUR + "“The UN stands ready to help,” the UN said in a statement."
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


# a bare "the speaker" after a one-house Speaker (h1059); among two houses' Speakers: h1071's test

def test_a_bare_speaker_after_a_one_house_speaker_stays_the_caller():
    # the guard: one Speaker only, called on by an ambassador; "Speaker said" is the Speaker (h1059)
    body = (
        "ZORAVA: Ambassador of Velmont Karl Brandel Wednesday called on Speaker Ostrava Assembly, Tomas Hradek and "
        "discussed matters of mutual interest.\n\n"
        "Speaker said that 21 members have been elected from the new districts."
    )
    assert_statements(body, [
        ("Tomas Hradek", "indirect", "Speaker said that 21 members have been elected from the new districts."),
    ])
