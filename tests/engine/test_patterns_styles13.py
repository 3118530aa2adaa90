"""Readings of the thirteenth styles set (benchmarks/styles13): invented readouts in the house styles of offices no
earlier set imitated (Captains Regent, an Executive Office of two, a Samoan-style Press Secretariat, a CARICOM-style
Secretariat, a Costa-Rican-style Casa Presidencial, a Seychelles-style State House …).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_second_verb_after_a_relative_aside_shares_the_subject():
    """"Prime Minister X, who is also Minister of Foreign Affairs and Trade, welcomed Minister Y to Upolia and
    acknowledged …" (thirteenth styles upolia_press_secretariat; vaduria_hereditary_prince: "Deputy Head of
    Government X, who is responsible for economic affairs, presented … and said that …"): the verb after "and" is
    the subject's, read past the relative aside, as without it."""
    body = (
        "Prime Minister Tavita Aumua this morning received Hon. Grace Pemberton MP, the Ardalian Minister.\n\n"
        "Prime Minister Aumua, who is also Minister of Foreign Affairs and Trade, welcomed Minister Pemberton to "
        "Savali and acknowledged the support of Ardalia for the new hospital."
    )
    assert_statements(body, [
        ("Tavita Aumua", "indirect", "Prime Minister Aumua, who is also Minister of Foreign Affairs and Trade, welcomed "
         "Minister Pemberton to Savali and acknowledged the support of Ardalia for the new hospital."),
    ], title="Prime Minister receives Ardalian Minister")


def test_act_after_a_relative_aside_with_no_speech_stays_narrative():
    """Guard: "X, who …, welcomed Y to Z and showed her the new port." has no speech verb: no statement."""
    body = (
        "Prime Minister Tavita Aumua this morning received Hon. Grace Pemberton MP, the Ardalian Minister.\n\n"
        "Prime Minister Aumua, who is also Minister of Foreign Affairs and Trade, welcomed Minister Pemberton to "
        "Savali and showed her the new port."
    )
    assert_statements(body, [], title="Prime Minister receives Ardalian Minister")


def test_lower_case_deputy_before_a_capitalised_office_is_the_deputy():
    """"First Minister X MLA and deputy First Minister Y MLA have met …", "The deputy First Minister added: …"
    (thirteenth styles morvane_executive_office): the lower-case rank is part of Y's office, so the deputy's words
    are Y's, not the First Minister's."""
    body = (
        "First Minister Niamh Corrigan and deputy First Minister Owen Bradley have met the Prime Minister of "
        "Tessaly, Karl Ostrander.\n\n"
        "The First Minister said: \"Our ports are ready for investment.\"\n\n"
        "The deputy First Minister added: \"We also talked about our universities.\""
    )
    assert_statements(body, [
        ("Niamh Corrigan", "direct", "Our ports are ready for investment."),
        ("Owen Bradley", "direct", "We also talked about our universities."),
    ], title="First Minister and deputy First Minister meet Prime Minister of Tessaly")


def test_first_minister_stays_hers_beside_a_deputy():
    """Guard: with the deputy named in lower case, "The First Minister said …" is still the First Minister's."""
    body = (
        "First Minister Niamh Corrigan and deputy First Minister Owen Bradley have met the Prime Minister of "
        "Tessaly, Karl Ostrander.\n\n"
        "The First Minister said the two governments would work together on offshore wind."
    )
    assert_statements(body, [
        ("Niamh Corrigan", "indirect", "The First Minister said the two governments would work together on offshore "
         "wind."),
    ], title="First Minister and deputy First Minister meet Prime Minister of Tessaly")


def test_the_mandatary_is_the_president():
    """""…", stated the Mandatary. "…"" (thirteenth styles ticoria_casa_presidencial: a Spanish-language
    presidency's "Mandatario" in translation): the President, the bare style the host, "the visiting Mandatary"
    the guest."""
    body = (
        "The President of the Republic, Julián Mora Vega, received the President of Nortela, Andrés Pazmiño, on "
        "Monday.\n\n"
        "The visiting Mandatary said his country would open a consulate in Puerto Lindo.\n\n"
        "\"Nortela is a brother country\", stated the Mandatary."
    )
    assert_statements(body, [
        ("Andrés Pazmiño", "indirect", "The visiting Mandatary said his country would open a consulate in Puerto "
         "Lindo."),
        ("Julián Mora Vega", "direct", "Nortela is a brother country"),
    ], title="Mandatary receives President of Nortela")


def test_the_mandataries_are_a_group():
    """Guard: "The mandataries stressed …" (thirteenth styles guairena_presidency_trap) is two presidents: no
    statement."""
    body = (
        "The President of the Republic, Julián Mora Vega, received the President of Nortela, Andrés Pazmiño, on "
        "Monday.\n\n"
        "The mandataries stressed the importance of the new border bridge."
    )
    assert_statements(body, [], title="Mandatary receives President of Nortela")


def test_an_office_closed_by_a_bodys_initials_is_the_names():
    """"Secretary-General of the Caribbean Union (CARUN), Dr. X, on Monday received …" (thirteenth styles
    carun_secretariat): the initials in parentheses close the office, which is X's, so "The Secretary-General
    welcomed … and noted …" is hers; with an article and no title too."""
    body = (
        "Secretary-General of the Coastal Union (COSUN), Dr. Ivy Marchetti-Lowe, on Monday received the Minister "
        "for Trade of Kellmark, Mr. Ola Brenne.\n\n"
        "The Secretary-General welcomed the Minister and noted that the visit came at a critical time."
    )
    assert_statements(body, [
        ("Ivy Marchetti-Lowe", "indirect", "The Secretary-General welcomed the Minister and noted that the visit came "
         "at a critical time."),
    ], title="Secretary-General receives Minister for Trade")
    body = (
        "The Secretary-General of the Coastal Union (COSUN), Ivy Marchetti-Lowe, on Monday received the Minister "
        "for Trade of Kellmark, Mr. Ola Brenne.\n\n"
        "The Secretary-General noted that the visit came at a critical time."
    )
    assert_statements(body, [
        ("Ivy Marchetti-Lowe", "indirect", "The Secretary-General noted that the visit came at a critical time."),
    ], title="Secretary-General receives Minister for Trade")


def test_initials_of_a_place_before_a_comma_make_no_office():
    """Guard: "In the capital of the Coastal Union (COSUN), Ivy Marchetti-Lowe …" names a place before the
    initials, no office: "The Secretary-General said …" stays no one's named."""
    body = (
        "In the capital of the Coastal Union (COSUN), Ivy Marchetti-Lowe met the Minister for Trade of Kellmark, "
        "Mr. Ola Brenne.\n\n"
        "Minister Brenne said that trade would grow."
    )
    assert_statements(body, [
        ("Ola Brenne", "indirect", "Minister Brenne said that trade would grow."),
    ], title="Meeting in the capital")


def test_the_sg_is_the_secretary_general():
    """"The SG welcomed the Minister and noted …" (thirteenth styles carun_secretariat): a secretariat's
    initials for its Secretary-General, as "the DG" is the Director-General's; not the Assistant
    Secretary-General named after her."""
    body = (
        "The Secretary-General of the Coastal Union, Dr. Ivy Marchetti-Lowe, on Monday received the Minister "
        "for Trade of Kellmark, Mr. Ola Brenne.\n\n"
        "The SG welcomed the Minister and noted that the visit came at a critical time.\n\n"
        "Assistant Secretary-General, Ambassador Colin Ferris, briefed the Minister on the trade conference."
    )
    assert_statements(body, [
        ("Ivy Marchetti-Lowe", "indirect", "The SG welcomed the Minister and noted that the visit came at a critical "
         "time."),
        ("Colin Ferris", "indirect", "Assistant Secretary-General, Ambassador Colin Ferris, briefed the Minister on "
         "the trade conference."),
    ], title="Secretary-General receives Minister for Trade")


def test_adding_after_told_and_the_one_told():
    """""…," he told the Secretary-General, adding that …" (thirteenth styles carun_secretariat): the report goes on
    after the one told, as after "he said, adding that …"."""
    body = (
        "Minister Ola Brenne met the Secretary-General of the Coastal Union, Dr. Ivy Marchetti-Lowe.\n\n"
        "\"Kellmark stands with the coast,\" he told the Secretary-General, adding that the funds would be paid in "
        "July."
    )
    assert_statements(body, [
        ("Ola Brenne", "direct", "Kellmark stands with the coast,"),
        ("Ola Brenne", "indirect", "adding that the funds would be paid in July."),
    ], title="Secretary-General receives Minister for Trade")


def test_told_and_a_clause_of_its_own_goes_no_further():
    """Guard: "…," he told the Secretary-General, who then thanked him … : a clause of another, not his report."""
    body = (
        "Minister Ola Brenne met the Secretary-General of the Coastal Union, Dr. Ivy Marchetti-Lowe.\n\n"
        "\"Kellmark stands with the coast,\" he told the Secretary-General, who was adding up the figures."
    )
    assert_statements(body, [
        ("Ola Brenne", "direct", "Kellmark stands with the coast,"),
    ], title="Secretary-General receives Minister for Trade")


def test_the_office_and_full_name_before_an_aside_is_a_person():
    """"The Right Honourable Prime Minister X Y, who was also present, later told the media that …" (thirteenth
    styles ebuhleni_government): "The", an office and a full name make a person, not a body's name such as "The
    Electrification Coalition", so the aside's bearer speaks."""
    body = (
        "His Majesty King Mandla IV received President Tiago Nhantumbo.\n\n"
        "The Right Honourable Prime Minister Sipho Magagula, who was also present, later told the media that the "
        "visit would open a new chapter."
    )
    assert_statements(body, [
        ("Sipho Magagula", "indirect", "The Right Honourable Prime Minister Sipho Magagula, who was also present, "
         "later told the media that the visit would open a new chapter."),
    ], title="His Majesty receives President Nhantumbo")


def test_a_bodys_name_before_an_aside_still_speaks_for_no_one():
    """Guard: "The Electrification Coalition, a group of firms, told the media that …" is a body: no one's."""
    body = (
        "His Majesty King Mandla IV received President Tiago Nhantumbo.\n\n"
        "The Electrification Coalition, a group of firms, told the media that the visit would open a new chapter."
    )
    assert_statements(body, [], title="His Majesty receives President Nhantumbo")


def test_the_diplomat_is_the_foreign_minister():
    """"… the Minister of Foreign Affairs of the Republic of Mbarale, X, … According to the diplomat, President Y
    considers …" (thirteenth styles lusanga_presidency): a foreign minister is the diplomat a later sentence
    means, as an ambassador is."""
    body = (
        "The President of the Republic, Carlos Muteka, received the Minister of Foreign Affairs of Zambara, "
        "Joseph Mwamba-Ilunga, bearer of a message from his Head of State.\n\n"
        "According to the diplomat, the peace process is advancing."
    )
    assert_statements(body, [
        ("Joseph Mwamba-Ilunga", "indirect", "According to the diplomat, the peace process is advancing."),
    ], title="Head of State receives message from the President of Zambara")


def test_the_diplomat_is_no_minister_of_defence():
    """Guard: a Minister of Defence is no diplomat: "According to the diplomat, …" stays no one's."""
    body = (
        "The President of the Republic, Carlos Muteka, received the Minister of Defence of Zambara, "
        "Joseph Mwamba-Ilunga, bearer of a message from his Head of State.\n\n"
        "According to the diplomat, the peace process is advancing."
    )
    assert_statements(body, [], title="Head of State receives message from the President of Zambara")


def test_the_statesman_is_the_head_of_state():
    """"The Lusangan statesman considers that …" (thirteenth styles lusanga_presidency: a Portuguese-language
    presidency's "o estadista" in translation): the head of state of that country, not its foreign minister."""
    body = (
        "The President of the Republic, Carlos Muteka, received the Minister of Foreign Affairs of Zambara, Joseph "
        "Mwamba, on Wednesday. The Minister of External Relations, Teresa Vunge, also attended.\n\n"
        "The Lusangan statesman considers that only dialogue can bring lasting peace to the region."
    )
    assert_statements(body, [
        ("Carlos Muteka", "indirect", "The Lusangan statesman considers that only dialogue can bring lasting peace to "
         "the region."),
    ], title="Head of State receives message from the President of Zambara")


def test_a_statesman_in_praise_is_no_speaker():
    """Guard: "described the President as a far-sighted statesman" is the guest's words, not the statesman's."""
    body = (
        "The President of the Republic, Carlos Muteka, received the Minister of Foreign Affairs of Zambara, Joseph "
        "Mwamba, on Wednesday.\n\n"
        "The guest described the President as a far-sighted statesman and a true leader."
    )
    assert_statements(body, [
        ("Joseph Mwamba", "indirect", "The guest described the President as a far-sighted statesman and a true "
         "leader."),
    ], title="Head of State receives message from the President of Zambara")


def test_a_list_of_offices_and_titled_names_gives_each_office_its_own_name():
    """"… attended by the Vice-President, Mr. X, the Designated Minister, Mrs. Y, and the Minister for Foreign
    Affairs, Mr. Z." (thirteenth styles seychellia_state_house): the office after X's comma opens the next pair, so
    "the Designated Minister affirmed …" is Y's, not the Vice-President's."""
    body = (
        "President Marc Lablache received the Minister of Foreign Affairs of Maurevia, Dr. Ravi Gopee.\n\n"
        "The meeting was also attended by the Vice-President, Mr. Paul Michel, the Designated Minister, Mrs. Anne "
        "Dugasse, and the Minister for Foreign Affairs, Mr. Alain Savy.\n\n"
        "After the meeting, the Designated Minister affirmed that scholarships would be awarded in September."
    )
    assert_statements(body, [
        ("Anne Dugasse", "indirect", "After the meeting, the Designated Minister affirmed that scholarships would be "
         "awarded in September."),
    ], title="President Lablache receives Foreign Minister of Maurevia")


def test_a_titled_name_and_its_own_office_after_it_stay_his():
    """Guard: "Mr. Paul Michel, the Designated Minister, said …" (no office before the name): the office is his."""
    body = (
        "President Marc Lablache received the Minister of Foreign Affairs of Maurevia, Dr. Ravi Gopee.\n\n"
        "Mr. Paul Michel, the Designated Minister, also attended the meeting.\n\n"
        "After the meeting, the Designated Minister affirmed that scholarships would be awarded in September."
    )
    assert_statements(body, [
        ("Paul Michel", "indirect", "After the meeting, the Designated Minister affirmed that scholarships would be "
         "awarded in September."),
    ], title="President Lablache receives Foreign Minister of Maurevia")


def test_the_captains_regent_are_a_group_and_each_captain_regent_one():
    """"Their Excellencies the Captains Regent, X and Y, received …", "Captain Regent X recalled …", "the Captains
    Regent expressed their gratitude …" (thirteenth styles montalbia_captains_regent): the plural of the office,
    its first word plural ("Attorneys General"), is both heads of state, a group; each with the singular speaks."""
    body = (
        "Their Excellencies the Captains Regent, Marco Rossini and Elena Bianchi, received the President of "
        "Varnessa, Piotr Kalina.\n\n"
        "Captain Regent Rossini recalled the ancient ties between the two Republics.\n\n"
        "At the end of the meeting, the Captains Regent expressed their gratitude for the visit."
    )
    assert_statements(body, [
        ("Marco Rossini", "indirect", "Captain Regent Rossini recalled the ancient ties between the two Republics."),
    ], title="The Captains Regent receive the President of Varnessa")
