"""Readings of known errors of labelled sets of other sources (stop 36): an office that sits in another's office
("the State Secretary for Foreign Affairs in the Office of the Prime Minister of Drevania, Mr X", twenty-seventh
hard set drevania_deputy_high_commissioner_call); a name after a ministry "of" a country the word lists do not know
("State Secretary of the Foreign Ministry of Ostravel Jonas Brecker", seventeenth hard set zarenthia_ostravel_state_secretary);
an office after "its" ("a delegation of the Sahel Development Bank led by its President, Mr. X", twelfth styles
malinka_primature); a rank between an office and the name ("Commander of the Joint Forces Lieutenant General X … The
General flagged …", fourteenth hard set tolmaria_security_meeting_region); a short country name and its adjective
("Orsa", "The Orsan leader"), and "Velsk's guest" (both thirty-second hard set velsk_orsa_presidents_talks); a
third-person report between a transcript's turns (thirty-second hard set velsk_president_princess_altmark).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_an_office_in_the_office_of_another_is_the_first_office():
    """"… spoke by phone with the State Secretary for Foreign Affairs in the Office of the Prime Minister of Drevania,
    Mr Vojtan Stelko. Mr Stelko … The State Secretary also spoke to …" (twenty-seventh hard set
    drevania_deputy_high_commissioner_call): the office before the name is the State Secretary's; the Prime Minister's
    is only the body his office sits in, so "The State Secretary" is he."""
    body = (
        "Deputy High Commissioner Lena Barth spoke by phone on Wednesday with the State Secretary for Foreign Affairs "
        "in the Office of the Prime Minister of Castova, Mr Oren Velk.\n\n"
        "Mr Velk stressed that Castova had pledged further funds. The State Secretary also stressed that a donors' "
        "conference would follow in the autumn."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Mr Velk stressed that Castova had pledged further funds."),
        ("Oren Velk", "indirect", "The State Secretary also stressed that a donors' conference would follow in the "
                                  "autumn."),
    ])


def test_an_adviser_to_the_prime_minister_stays_the_advisers():
    """Guard: an office whose complement names another's ("Senior Adviser to the Prime Minister of Castova, Mr X")
    is still his office, and "the Prime Minister" is someone else."""
    body = (
        "Deputy High Commissioner Lena Barth spoke by phone on Wednesday with the Senior Adviser to the Prime Minister "
        "of Castova, Mr Oren Velk.\n\n"
        "Mr Velk stressed that Castova had pledged further funds. The Senior Adviser also stressed that a donors' "
        "conference would follow in the autumn."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Mr Velk stressed that Castova had pledged further funds."),
        ("Oren Velk", "indirect", "The Senior Adviser also stressed that a donors' conference would follow in the "
                                  "autumn."),
    ])


def test_a_name_after_the_ministry_of_a_country_the_tables_do_not_know():
    """"… held a telephone conversation with State Secretary of the Foreign Ministry of Ostravel Jonas Brecker. …
    Jonas Brecker, whose ministry …, was keen to stress … The State Secretary likened …" (seventeenth hard set
    zarenthia_ostravel_state_secretary): after a ministry, "of" a country the word lists do not know, the run is the
    country and then the holder's name, so the State Secretary is he."""
    body = (
        "Deputy Head of the Office Lesia Marchuk held a telephone conversation with State Secretary of the Foreign "
        "Ministry of Castova Oren Velk.\n\n"
        "Oren Velk stressed that a third system would follow before the winter. The State Secretary likened the "
        "defence of the capital to a lesson."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Oren Velk stressed that a third system would follow before the winter."),
        ("Oren Velk", "indirect", "The State Secretary likened the defence of the capital to a lesson."),
    ])


def test_a_body_after_the_ministry_is_no_name():
    """Guard: the capitalised words after "the Ministry of" that end in a body's word ("the Ministry of Health
    Research Institute") name the body, no person, so its Director's report is no one's named statement."""
    body = (
        "Deputy Head of the Office Lesia Marchuk met the Director of the Ministry of Health Research Institute and "
        "Minister Oren Velk.\n\n"
        "Minister Velk stressed that a third system would follow before the winter. The Director of the Ministry of "
        "Health Research Institute noted the progress."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Minister Velk stressed that a third system would follow before the winter."),
    ])


def test_an_office_after_its_is_the_office_of_the_body_before():
    """"… received … a delegation of the Sahel Development Bank led by its President, Mr. Ousmane Kéita-Bâ. … For his
    part, the President of the Bank lauded …" (twelfth styles malinka_primature): "its President" is the President
    of the body just before, so "the President of the Bank" is he."""
    body = (
        "The Prime Minister, General Amadou Selle, received on Thursday a delegation of the Savanna Investment Bank "
        "led by its President, Mr. Oren Velk.\n\n"
        "For his part, the President of the Bank lauded the resilience of the people. At the end of the audience, the "
        "President of the Bank said, in a statement to the press, that he had found an attentive partner."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "For his part, the President of the Bank lauded the resilience of the people."),
        ("Oren Velk", "indirect", "At the end of the audience, the President of the Bank said, in a statement to "
                                  "the press, that he had found an attentive partner."),
    ])


def test_its_office_after_no_named_body_gives_no_office():
    """Guard: with no body named before "its" ("a delegation led by its President, Mr. X"), the office is not his,
    and "the President of the Bank" stays no one's."""
    body = (
        "The Prime Minister, General Amadou Selle, received on Thursday a delegation led by its President, Mr. Oren "
        "Velk.\n\n"
        "For his part, the President of the Bank lauded the resilience of the people."
    )
    assert_statements(body, [])


def test_a_rank_between_an_office_and_the_name_is_the_holders_too():
    """"Commander of the Joint Forces Lieutenant General Maksym Orel … gave a report … The General flagged a rise in
    shelling …" (fourteenth hard set tolmaria_security_meeting_region): the rank between the office and the name is
    his as well, so "The General" is he."""
    body = (
        "President Ivan Drozd held a meeting on the situation in the region.\n\n"
        "Commander of the Northern Forces Lieutenant General Oren Velk gave a report on the situation along the line "
        "of contact. The General flagged a rise in shelling near the town."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Commander of the Northern Forces Lieutenant General Oren Velk gave a report on "
                                  "the situation along the line of contact."),
        ("Oren Velk", "indirect", "The General flagged a rise in shelling near the town."),
    ])


def test_an_office_with_no_rank_before_the_name_is_no_general():
    """Guard: with no rank between the office and the name ("Commander of the Northern Forces Oren Velk"), "The
    General" is no one the readout names."""
    body = (
        "President Ivan Drozd held a meeting on the situation in the region.\n\n"
        "Commander of the Northern Forces Oren Velk gave a report on the situation along the line of contact. The "
        "General flagged a rise in shelling near the town."
    )
    assert_statements(body, [
        ("Oren Velk", "indirect", "Commander of the Northern Forces Oren Velk gave a report on the situation along "
                                  "the line of contact."),
    ])


def test_a_short_country_name_and_its_adjective_in_n_are_one_country():
    """"Dmitar Oran held talks with President of the Republic of Orsa Ruben Kastell … The Orsan leader, for his part,
    said …" (thirty-second hard set velsk_orsa_presidents_talks): "Orsan" is Orsa's adjective, the name with "n",
    though the name is too short for the four letters `same_country` compares."""
    body = (
        "Ivo Tarn held talks with President of the Republic of Bela Oren Velk, who is in Castova on a state visit.\n\n"
        "Opening the talks, the President of Castova welcomed his colleague. The Belan leader, for his part, said "
        "that his country valued Castova as a reliable supplier of grain."
    )
    assert_statements(body, [
        ("Ivo Tarn", "indirect", "Opening the talks, the President of Castova welcomed his colleague."),
        ("Oren Velk", "indirect", "The Belan leader, for his part, said that his country valued Castova as a "
                                  "reliable supplier of grain."),
    ])


def test_a_short_country_name_and_another_word_are_two_countries():
    """Guard: a short name and a longer word that starts with it but is no adjective in "n" or "an" ("Bela",
    "Belarus") stay two countries: "The Belarus leader" is not the President of Bela."""
    body = (
        "Ivo Tarn held talks with President of the Republic of Bela Oren Velk, who is in Castova on a state visit.\n\n"
        "The Belarus leader said that his country valued Castova as a reliable supplier of grain."
    )
    assert not any(s.speaker == "Oren Velk" for s in run(body).statements)


def test_a_countrys_guest_is_no_one_of_that_country():
    """"Velsk's guest recalled that this was his third visit to the country … He thanked the Velsk side …"
    (thirty-second hard set velsk_orsa_presidents_talks): the guest a country has is its visitor, not its own
    President, whose country it is."""
    body = (
        "Ivo Tarn held talks with President of the Republic of Bela Oren Velk, who is in Castova on a state visit.\n\n"
        "Opening the talks, the President of Castova welcomed his colleague. Castova's guest recalled that this was "
        "his third visit to the country. He thanked the Castovan side for the rescue teams."
    )
    assert_statements(body, [
        ("Ivo Tarn", "indirect", "Opening the talks, the President of Castova welcomed his colleague."),
        ("Oren Velk", "indirect", "Castova's guest recalled that this was his third visit to the country."),
        ("Oren Velk", "indirect", "He thanked the Castovan side for the rescue teams."),
    ])


def test_a_guest_of_a_country_named_as_adjective_is_of_that_country():
    """Guard: "the Belan guest" (the country's adjective, no possessive) is the guest from Bela, as before."""
    body = (
        "Ivo Tarn held talks with President of the Republic of Bela Oren Velk, who is in Castova on a state visit.\n\n"
        "Opening the talks, the President of Castova welcomed his colleague. The Belan guest recalled that this was "
        "his third visit to the country."
    )
    assert_statements(body, [
        ("Ivo Tarn", "indirect", "Opening the talks, the President of Castova welcomed his colleague."),
        ("Oren Velk", "indirect", "The Belan guest recalled that this was his third visit to the country."),
    ])


def test_a_third_person_report_between_turns_is_the_accounts():
    """"Princess Adelheid of Altmark (retranslated): … / The Princess went on to say that … / Prince Julian, who chairs
    the principality's Olympic committee, noted that … / Dmitar Oran: …" (thirty-second hard set
    velsk_president_princess_altmark): a paragraph with no label that reports a person of the readout in the third
    person, no one speaking in it, is the account's report, not the last speaker's turn going on."""
    body = (
        "Ivo Tarn met with Princess Lena of Bela, who is accompanied by her husband, Prince Oren.\n\n"
        "Ivo Tarn: Your Highness, welcome to Castova.\n\n"
        "Princess Lena of Bela: Mr President, thank you for the warm welcome.\n\n"
        "The Princess went on to say that the foundation was ready to finance a clinic.\n\n"
        "Prince Oren, who chairs the Olympic committee, noted that young fencers had trained in Bela.\n\n"
        "Ivo Tarn: We will gladly support this."
    )
    assert_statements(body, [
        ("Ivo Tarn", "direct", "Your Highness, welcome to Castova."),
        ("Lena", "direct", "Mr President, thank you for the warm welcome."),
        ("Lena", "indirect", "The Princess went on to say that the foundation was ready to finance a clinic."),
        ("Oren", "indirect", "Prince Oren, who chairs the Olympic committee, noted that young fencers had trained "
                             "in Bela."),
        ("Ivo Tarn", "direct", "We will gladly support this."),
    ])


def test_words_to_one_addressed_by_name_stay_in_the_turn():
    """Guard: "Mr Velk, say a few words, please." after the speaker's label is his turn going on, a request to the
    one he names, not a report of that one (hundred-seventy-first kremlin_60413)."""
    body = (
        "Ivo Tarn held a meeting on the fires. Deputy Minister Oren Velk took part.\n\n"
        "Ivo Tarn: Do we have anyone from the Finance Ministry?\n\n"
        "Mr Velk, say a few words, please.\n\n"
        "Deputy Minister Oren Velk: Mr President, we allocated the money."
    )
    assert_statements(body, [
        ("Ivo Tarn", "direct", "Do we have anyone from the Finance Ministry?"),
        ("Ivo Tarn", "direct", "Mr Velk, say a few words, please."),
        ("Oren Velk", "direct", "Mr President, we allocated the money."),
    ])
