"""Statements found by helper h809's mends of hard67 (names as real readouts mangle them): the same name with and
without its accents is one person; one given name in two transliterations with the same surname is one person; a
father's name (a patronymic, "bin X") after a first name, after an office's "of" and a place the tables do not know,
keeps the first name in the person's name.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep namesakes apart.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_surname_without_its_accents_is_the_person_named_with_them():
    """"Lucía Nuñez" … "Ambassador Nunez said …": one woman (before, "Nunez" was a second speaker)."""
    assert_statements((
        "Foreign Minister Tomas Reval received the Ambassador of Merrow, Lucía Nuñez, on Tuesday.\n\n"
        "Ambassador Nunez said that Merrow would open a consulate in the port city.\n\n"
        "Ms Nuñez also stressed that the visa agreement should be followed by direct flights."
    ), [
        ("Lucía Nuñez", "indirect", "Ambassador Nunez said that Merrow would open a consulate in the port city."),
        ("Lucía Nuñez", "indirect",
         "Ms Nuñez also stressed that the visa agreement should be followed by direct flights."),
    ])


def test_a_letter_english_writes_plain_is_the_same_name():
    """"Søren Ågaard" … "Soren Agaard also said …": ø and å written o and a (before, two people)."""
    assert_statements((
        "President Marko Lind received the Minister of Foreign Affairs of Nordholm, Søren Ågaard, in Kovel.\n\n"
        "Minister Søren Ågaard announced a new package for the repair of the grid.\n\n"
        "Soren Agaard also said that the parliament would vote on the package before the summer."
    ), [
        ("Søren Ågaard", "indirect", "Minister Søren Ågaard announced a new package for the repair of the grid."),
        ("Søren Ågaard", "indirect",
         "Soren Agaard also said that the parliament would vote on the package before the summer."),
    ])


def test_one_given_name_in_two_transliterations_is_one_person():
    """"Aleksandr Volkan" … "Alexander Volkan thanked …"; "Mohammed Haddar" … "Muhammad Haddar said …"."""
    assert_statements((
        "Minister of Foreign Affairs Aleksandr Volkan received Prime Minister Mohammed Haddar of Qarvan.\n\n"
        "Alexander Volkan thanked the guest and noted that trade had doubled.\n\n"
        "Muhammad Haddar said that Qarvan wanted to buy more grain.\n\n"
        "\"We will double the order,\" Aleksandr Volkan said."
    ), [
        ("Aleksandr Volkan", "indirect", "Alexander Volkan thanked the guest and noted that trade had doubled."),
        ("Mohammed Haddar", "indirect", "Muhammad Haddar said that Qarvan wanted to buy more grain."),
        ("Aleksandr Volkan", "direct", "We will double the order,"),
    ])


def test_two_given_names_alike_in_letters_stay_two_people():
    """Guard: "Alexander Brenn" and "Alexandra Brenn", "Mohammed Saleh" and "Mahmoud Saleh": two given names, two
    people each, whatever letters they share."""
    assert_statements((
        "Minister Alexander Brenn met Ambassador Alexandra Brenn, his sister, and Governor Mohammed Saleh met "
        "Mayor Mahmoud Saleh.\n\n"
        "Alexandra Brenn said that the embassy would move in May.\n\n"
        "Alexander Brenn said that the ministry would help.\n\n"
        "Mahmoud Saleh said that the city would give the land.\n\n"
        "Mohammed Saleh said that the province would pay for the road."
    ), [
        ("Alexandra Brenn", "indirect", "Alexandra Brenn said that the embassy would move in May."),
        ("Alexander Brenn", "indirect", "Alexander Brenn said that the ministry would help."),
        ("Mahmoud Saleh", "indirect", "Mahmoud Saleh said that the city would give the land."),
        ("Mohammed Saleh", "indirect", "Mohammed Saleh said that the province would pay for the road."),
    ])


def test_surnames_one_letter_apart_named_in_full_stay_two_people():
    """Guard: "Karin Hanson" and "Erik Hansen", each named in full: two people."""
    assert_statements((
        "The Minister of Fisheries of Skarvoy, Karin Hanson, received the Ambassador of Tellmark, Erik Hansen.\n\n"
        "Minister Hanson said that the quota could wait.\n\n"
        "Ambassador Hansen regretted the delay.\n\n"
        "Hanson replied that the survey would end this month."
    ), [
        ("Karin Hanson", "indirect", "Minister Hanson said that the quota could wait."),
        ("Erik Hansen", "indirect", "Ambassador Hansen regretted the delay."),
        ("Karin Hanson", "indirect", "Hanson replied that the survey would end this month."),
    ])


def test_a_patronymic_after_an_unknown_place_keeps_the_first_name():
    """"Minister of Foreign Affairs of Korvessa Dmitri Antonovich Belov … Dmitri Belov welcomed …": the first name is
    his, not the place's (before, "Antonovich Belov" and a second man "Dmitri Belov")."""
    assert_statements((
        "Minister of Foreign Affairs of Korvessa Dmitri Antonovich Belov held talks with Ingrid Solheim.\n\n"
        "Dmitri Belov welcomed his counterpart and recalled her last visit.\n\n"
        "\"We have let too much time pass,\" Belov said."
    ), [
        ("Dmitri Antonovich Belov", "indirect", "Dmitri Belov welcomed his counterpart and recalled her last visit."),
        ("Dmitri Antonovich Belov", "direct", "We have let too much time pass,"),
    ])


def test_a_fathers_name_with_bin_after_an_unknown_place_keeps_the_first_name():
    """"Prime Minister of Qarvan Mohammed bin Rashid Al-Tamimi … Mohammed Al-Tamimi thanked …": one man (before,
    "Rashid Al-Tamimi", the father's name as his)."""
    assert_statements((
        "Prime Minister of Qarvan Mohammed bin Rashid Al-Tamimi received Minister Pieter Vandermolen.\n\n"
        "Mohammed Al-Tamimi thanked the Minister for the proposal.\n\n"
        "\"Our coast loses a metre every year,\" the Prime Minister said."
    ), [
        ("Mohammed bin Rashid Al-Tamimi", "indirect", "Mohammed Al-Tamimi thanked the Minister for the proposal."),
        ("Mohammed bin Rashid Al-Tamimi", "direct", "Our coast loses a metre every year,"),
    ])


def test_a_place_of_two_words_before_a_name_is_read_as_before():
    """Guard: "Head of Naftogaz Ukrainy Yuriy Vitrenko" (no father's name): the last two words are the name."""
    assert_statements((
        "Head of Naftogaz Ukrainy Yuriy Vitrenko met the board.\n\n"
        "Vitrenko said that the gas would flow in May."
    ), [
        ("Yuriy Vitrenko", "indirect", "Vitrenko said that the gas would flow in May."),
    ])


def test_a_joint_statement_adopted_at_the_session_reads_no_ones_words():
    """"The joint statement adopted at the end of the session reads: "…"": the document's words, no co-chair's
    (before, the minister named first took them)."""
    result = assert_statements((
        "Minister Halvard Ostby of Ostrava and Minister Anna Kruger of Kelm co-chaired the session.\n\n"
        "The joint statement adopted at the end of the session reads: \"Ostrava and Kelm will connect their grids "
        "fully by 2030.\""
    ), [])
    assert not [s for s in result.statements if s.speaker]


def test_a_persons_statement_after_a_joint_statement_is_still_theirs():
    """Guard: "… adopted a joint statement. Minister X said: "…"": a person's lead-in, his words."""
    assert_statements((
        "The two ministers adopted a joint statement on the power line.\n\n"
        "Minister Halvard Ostby said: \"The line will be finished by 2030.\""
    ), [
        ("Halvard Ostby", "direct", "The line will be finished by 2030."),
    ])
