"""Helper fx63 (mends of review hr54's findings on stop 63's merged rules): a quotation's "said," lead-in is no
statement whatever its subject ("At the harbour, the transport minister said, “…”"), while "… and later said, “…”"
keeps the report before it; the press words before "about" are lower case only; "felicitated … over" a meal only when
the meal is the whole object; "welcomed a (large) number of … who are visiting" is a reception; a post "from his
account" is the person's; "expressed these views." carries no statement back onto a sentence with no speech."""

from __future__ import annotations

from .test_patterns import assert_statements, run

# a "said," lead-in with any subject (h1080 narrowed it to a capital, he/she or "the"+one word)

FERRY = "The Minister of Transport, Ms. Hedda Vellby, met the island council in Tormby on Wednesday.\n\n"


def test_a_lead_in_with_a_fronted_place_and_an_office_is_no_statement():
    body = FERRY + ("At the harbour, the transport minister said, “No island will wait another winter,” she added.")
    assert_statements(body, [
        ("Hedda Vellby", "direct", "No island will wait another winter"),
    ])


def test_a_lead_in_with_also_is_no_statement():
    body = FERRY + "At the harbour she also said, “No island will wait another winter,” she added."
    assert_statements(body, [
        ("Hedda Vellby", "direct", "No island will wait another winter"),
    ])


def test_a_lead_in_with_further_is_no_statement():
    body = FERRY + "At the harbour, the minister further said, “No island will wait another winter,” she added."
    assert_statements(body, [
        ("Hedda Vellby", "direct", "No island will wait another winter"),
    ])


def test_a_report_before_and_later_said_stays_a_statement():
    # the guard (h1080's case): "and later said," is a second verb of a report
    body = FERRY + ("Ms. Vellby said the ferry would run twice a day from May and later said, “No island will wait "
                    "another winter,” she added.")
    result = run(body)
    texts = [s.text for s in result.statements if s.speaker == "Hedda Vellby"]
    assert any(t.startswith("Ms. Vellby said the ferry would run twice a day from May") for t in texts), texts


# the press before "about" (h1075): lower case only, not an office with "Press"/"Media" in its name

MALKO = "President Dan Malko of Korlan received the delegation of Hemmeny in Druvel on Thursday.\n\n"


def test_spoke_with_the_press_secretary_about_is_a_talk_of_two():
    body = MALKO + "President Malko spoke with the Press Secretary about the visit."
    assert_statements(body, [])


def test_talked_with_the_media_minister_about_is_a_talk_of_two():
    body = MALKO + "President Malko talked with the Media Minister Vell about the visit."
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_talked_with_reporters_about_stays_a_statement():
    # the guard (h1075's case)
    body = MALKO + "President Malko talked with reporters Friday about his trade trip."
    assert_statements(body, [
        ("Dan Malko", "indirect", "President Malko talked with reporters Friday about his trade trip."),
    ])


# "felicitated … over" a meal (h1080): the meal the whole object of "over"

SPORT = "The Prime Minister, Mr. Oren Kastelby, visited the tea estates of Fenwick on Tuesday.\n\n"


def test_felicitated_over_record_tea_exports_is_a_congratulation():
    body = SPORT + "The Prime Minister felicitated the planters over record tea exports."
    assert_statements(body, [
        ("Oren Kastelby", "indirect", "The Prime Minister felicitated the planters over record tea exports."),
    ])


def test_felicitated_over_the_coffee_harvest_is_a_congratulation():
    body = SPORT + "The Prime Minister felicitated the planters over the coffee harvest of this year."
    assert_statements(body, [
        ("Oren Kastelby", "indirect", "The Prime Minister felicitated the planters over the coffee harvest of this year."),
    ])


def test_felicitated_over_lunch_on_a_day_is_no_congratulation():
    body = SPORT + "The Prime Minister felicitated the athletes over lunch on Tuesday."
    assert_statements(body, [])


def test_felicitated_over_a_working_dinner_stays_no_congratulation():
    # the guard (h1080's case)
    body = SPORT + "The Prime Minister felicitated the players over a working dinner."
    assert_statements(body, [])


# "welcomed a number of … who are visiting" (h1080's count): a reception; only a trend is a view

RECTORS = "The Minister of Education, Ms. Lise Grevby, received a delegation of rectors on Monday.\n\n"


def test_welcomed_a_number_of_visitors_is_a_reception():
    body = RECTORS + "The minister welcomed a number of rectors who are visiting Hemmeny this week."
    assert_statements(body, [])


def test_welcomed_a_large_number_of_visitors_is_a_reception():
    body = RECTORS + "The minister welcomed a large number of rectors who are visiting Hemmeny this week."
    assert_statements(body, [])


def test_welcomed_the_growing_number_of_visitors_stays_a_statement():
    # the guard (h1080's case)
    body = RECTORS + "She welcomed the growing number of students who are visiting Hemmeny."
    assert_statements(body, [
        ("Lise Grevby", "indirect", "She welcomed the growing number of students who are visiting Hemmeny."),
    ])


# "In a post from his official account, it read, “…”" (h1074): the person's text, not a body's

VISIT = "The Governor of Ostmark, Mr. Tavi Renholm, called on the Prime Minister in Druvel on Monday.\n\n"


def test_a_post_from_his_own_account_is_his():
    body = VISIT + "In a post from his official account, it read, “I had a fruitful meeting with the Prime Minister.”"
    assert_statements(body, [
        ("Tavi Renholm", "direct", "I had a fruitful meeting with the Prime Minister."),
    ])


def test_a_tweet_by_a_titled_person_is_hers():
    body = ("Dr. Ilse Marden, the Minister of Health of Ostmark, called on the Prime Minister in Druvel on Monday. The "
            "Prime Minister, Mr. Tavi Renholm, received her.\n\n"
            "In a tweet by Dr. Marden, it read, “I had a fruitful meeting with the Prime Minister.”")
    result = run(body)
    speakers = [s.speaker for s in result.statements if s.text.startswith("I had a fruitful meeting")]
    assert speakers == ["Ilse Marden"], speakers


# "He expressed these views." (h1081's bare branch): no statement, and none carried back onto a visit

def test_bare_expressed_these_views_carries_nothing_back_onto_a_visit():
    body = ("Prime Minister of Ostmark Arno Kessik visited the flood area on Monday.\n\n"
            "He expressed these views.")
    assert_statements(body, [])


def test_bare_expressed_these_views_is_still_no_statement():
    # the guard (h1081's aim): the bare sentence says nothing of its own
    body = ("The Prime Minister of Ostmark, Mr. Arno Kessik, visited the flood area on Monday.\n\n"
            "He expressed these views.")
    assert_statements(body, [])


def test_a_report_before_a_set_off_clause_and_said_stays_a_statement():
    # the guard (hard81 governor_felicitates): "…, asked about the old pitch, said, “…”" a second verb of her report
    body = FERRY + ("She said the government would build a new pier in every island by 2028 and, asked about the old "
                    "pier in Tormby, said, “No island will wait another winter,” the minister added.")
    result = run(body)
    texts = [s.text for s in result.statements if s.speaker == "Hedda Vellby"]
    assert any(t.startswith("She said the government would build a new pier") for t in texts), texts


def test_a_name_set_off_before_said_comma_is_still_a_lead_in():
    body = FERRY + "At the harbour, the minister, Ms. Vellby, said, “No island will wait another winter,” she added."
    assert_statements(body, [
        ("Hedda Vellby", "direct", "No island will wait another winter"),
    ])
