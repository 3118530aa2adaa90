"""Readings of Latin American and Caribbean presidencies' and foreign ministries' English releases (styles27): "the
Chancellor" who is the Foreign Minister, a state styled "the Commonwealth of …", an office, a comma and a three-word
name, a ministry's list of portfolios after a comma, and the one who addressed a ceremony speaking in ", who …"
(styles27 aurelandia_chancellor_receives_tlanepan_foreign_secretary, quelvaria_presidency_president_receives_calabrinian_prime_minister,
sierramar_cancilleria_minister_receives_quelvarian_counterpart, calabrine_mfa_foreign_minister_telephone_conversation_with_sierramar,
osis_commission_signs_memorandum_with_aurelandian_cooperation_agency).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

MINISTER_RECEIVES = ("The Minister of Foreign Affairs, Osvaldo Marinho Teixal, received today the Foreign Secretary of "
                     "Varenca, Lucía Ferrandis Ubago, on her first visit to Corvalia.")
CHANCELLOR_SAID = "The Corvalian Chancellor underscored the historic character of the visit."
CHANCELLOR_STRESSED = "In his toast, the Chancellor stressed that the two countries share a vocation for dialogue."


def test_the_chancellor_of_a_foreign_ministry_is_its_foreign_minister():
    """"The Minister of Foreign Affairs, X, received … The Corvalian Chancellor underscored … the Chancellor
    stressed …": Latin America's "canciller" in English is the Foreign Minister, when no one named is a Chancellor
    (styles27 aurelandia_chancellor_receives_tlanepan_foreign_secretary); his three-word name after the office's
    comma is read whole, no list of portfolios."""
    body = f"{MINISTER_RECEIVES}\n\n{CHANCELLOR_SAID}\n\n{CHANCELLOR_STRESSED}\n"
    assert_statements(body, [
        ("Osvaldo Marinho Teixal", "indirect", CHANCELLOR_SAID),
        ("Osvaldo Marinho Teixal", "indirect", CHANCELLOR_STRESSED),
    ])


def test_a_chancellor_named_stays_the_chancellor():
    """Guard: where a Chancellor is named, "the Chancellor" is he, not the Foreign Minister who met him."""
    said = "The Chancellor underscored the importance of the visit."
    body = ("Chancellor Henrik Valdau received the Minister of Foreign Affairs of Corvalia, Osvaldo Marinho Teixal, "
            f"in Ostberg.\n\n{said}\n")
    assert_statements(body, [
        ("Henrik Valdau", "indirect", said),
    ])


def test_an_unnamed_chancellor_who_met_a_foreign_minister_stays_his_own():
    """Guard: "The Chancellor met the Minister of Foreign Affairs of Velmar, X, in London. The Chancellor stressed
    …" (a UK readout's unnamed Chancellor): no nationality before "Chancellor", so not the Foreign Minister."""
    said = "The Chancellor stressed the importance of trade between the two countries."
    body = f"The Chancellor met the Minister of Foreign Affairs of Velmar, Tom Rissany, in London.\n\n{said}\n"
    assert_statements(body, [
        ("The Chancellor", "indirect", said),
    ])


def test_a_list_of_portfolios_before_a_two_word_name_is_still_read():
    """Guard: "Minister of Construction, Housing and Utilities Denis Varlov reported …": the list's end and the
    name, the minister, as before (the rule for the three-word name asks for no "and")."""
    said = "Minister of Construction, Housing and Utilities Denis Varlov reported that the repairs were finished."
    body = f"The Prime Minister held a meeting on housing.\n\n{said}\n"
    assert_statements(body, [
        ("Denis Varlov", "indirect", said),
    ])


PM_RECEIVED = ("The President of the Republic, Amalia Quintero Basalt, received today the Prime Minister of the "
               "Commonwealth of Marisanda, the Honourable Rodney Kellet-Boyce.")


def test_a_commonwealth_of_a_state_names_its_country():
    """"the Prime Minister of the Commonwealth of Marisanda, the Honourable X … The Marisandan Prime Minister
    invited …": the state's style is no country, the name after its "of" is, as "the Republic of X" is (styles27
    quelvaria_presidency_president_receives_calabrinian_prime_minister)."""
    invited = "The Marisandan Prime Minister invited the Head of State to pay a visit to Port Ardley in 2027."
    body = f"{PM_RECEIVED}\n\n{invited}\n"
    assert_statements(body, [
        ("Rodney Kellet-Boyce", "indirect", invited),
    ])


def test_the_commonwealth_alone_is_left_as_it_was():
    """Guard: "the Secretary-General of the Commonwealth, X" (the association, no "of" after it) is still her
    office, and "The Secretary-General said …" hers."""
    said = "The Secretary-General said that the small states needed access to climate finance."
    body = ("The Secretary-General of the Commonwealth, Agnes Thorley-Main, met the Prime Minister of Marisanda "
            f"in London.\n\n{said}\n")
    assert_statements(body, [
        ("Agnes Thorley-Main", "indirect", said),
    ])


def test_a_ministrys_list_of_portfolios_after_a_comma_is_its_office():
    """"the Minister of Foreign Affairs, International Trade and Worship pointed out …": the list of portfolios after
    the comma goes on with the office, the subject whole (styles27 sierramar_cancilleria_minister_receives_quelvarian_counterpart)."""
    said = ("During the meeting, the Minister of Foreign Affairs, International Trade and Worship pointed out that "
            "Velmora is the main partner of Sandoria on the Pacific.")
    body = ("H.E. Ramiro Echagüe Larrain, Minister of Foreign Affairs, International Trade and Worship, received his "
            f"Velmoran counterpart in San Telmar.\n\n{said}\n")
    assert_statements(body, [
        ("Ramiro Echagüe Larrain", "indirect", said),
    ])


def test_a_list_of_portfolios_of_a_state_before_a_styled_name_gives_the_country():
    """"the Minister of Foreign Affairs, International Trade and Worship of Sandoria, His Excellency X … the
    Sandorian Minister said …": the office of that state is his, so the country's adjective finds him (styles27
    calabrine_mfa_foreign_minister_telephone_conversation_with_sierramar)."""
    said = "For his part, the Sandorian Minister said his country was following closely the recovery of tourism."
    body = ("The Minister of Foreign Affairs and Foreign Trade, Senator the Honourable Imelda Rousseau-Pike, on Monday "
            "held a telephone conversation with the Minister of Foreign Affairs, International Trade and Worship of "
            f"Sandoria, His Excellency Ramiro Echagüe Larrain.\n\n{said}\n")
    assert_statements(body, [
        ("Ramiro Echagüe Larrain", "indirect", said),
    ])


def test_ministers_of_a_list_of_states_are_a_group():
    """Guard: "The Ministers of Foreign Affairs of Velmar, Dravonia and Ostland stressed …": the states after the
    comma are no portfolios of one minister's office; the ministers together, no statement."""
    body = ("The Minister of Foreign Affairs, Osvaldo Marinho Teixal, hosted the meeting in Corvalia.\n\n"
            "The Ministers of Foreign Affairs of Velmar, Dravonia and Ostland stressed that the corridor must be "
            "finished.\n")
    assert_statements(body, [])


def test_the_one_who_addressed_a_ceremony_speaks_in_his_who_clause():
    """"The ceremony was also addressed by the Chairman of …, the Honourable X of Y, who thanked … and encouraged …":
    the passive's agent, the one who addressed it, speaks in the clause after him, as "was opened by X, who told …"
    (styles27 osis_commission_signs_memorandum_with_aurelandian_cooperation_agency)."""
    addressed = ("The ceremony was also addressed by the Chairman of the Council of Ministers for Fisheries, the "
                 "Honourable Clement Ashdown-Roy of Sainte-Lucienne, who thanked the Government of Corvalia and "
                 "encouraged fishers' cooperatives to take part in the training.")
    body = f"The Commission and the Corvalian Agency signed a Memorandum of Understanding on Wednesday.\n\n{addressed}\n"
    assert_statements(body, [
        ("Clement Ashdown-Roy", "indirect", addressed),
    ])


def test_a_ceremony_addressed_by_someone_with_no_who_clause_is_narrative():
    """Guard: "The ceremony was also addressed by Minister X." says who spoke, not what: no statement."""
    body = ("The Commission and the Corvalian Agency signed a Memorandum of Understanding on Wednesday.\n\n"
            "The ceremony was also addressed by Minister Clement Ashdown-Roy.\n")
    assert_statements(body, [])
