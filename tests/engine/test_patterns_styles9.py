"""Patterns found by the ninth styles set (benchmarks/styles9/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_before_his_excellency_and_the_name_is_his():
    """"The President of the Republic, His Excellency Mr. Mamadou Lamine Sarr, received … The Head of State welcomed
    …" (styles9 teranga_presidency): the office before the styled name is his, so the head of state is he, not the
    King named later."""
    body = ("Audience\n\nThe President of the Republic, His Excellency Mr. Oumar Faye Ndour, received the Minister, "
            "Mr. Jorge Albareda.\n\nThe Head of State welcomed the quality of the relations.\n\nThe President of the "
            "Republic also recalled the importance of peace.\n\nMr. Albareda conveyed the greetings of His Majesty "
            "King Rodrigo II.")
    assert_statements(body, [
        ("Oumar Faye Ndour", "indirect", "The Head of State welcomed the quality of the relations."),
        ("Oumar Faye Ndour", "indirect", "The President of the Republic also recalled the importance of peace."),
        ("Jorge Albareda", "indirect", "Mr. Albareda conveyed the greetings of His Majesty King Rodrigo II."),
    ])


def test_his_excellency_the_office_then_the_name_is_his_excellency():
    """"His Excellency the Prime Minister, Mr. Adnan Kadhim al-Sudairi, received … His Excellency affirmed …"
    (styles9 rafidan_pm_media_office): the style before the office is his, as it is before his name."""
    body = ("Prime Minister receives minister\n\nHis Excellency the Prime Minister, Mr. Karim Hadi al-Naseri, received "
            "the Minister of Foreign Affairs of Vestria, Mr. Henrik Dalgaard.\n\nHis Excellency affirmed the keenness of "
            "Rafidan to develop relations.\n\nMr. Dalgaard conveyed the greetings of his government.\n\nHis "
            "Excellency concluded by stressing that Rafidan seeks balanced relations.")
    assert_statements(body, [
        ("Karim Hadi al-Naseri", "indirect", "His Excellency affirmed the keenness of Rafidan to develop relations."),
        ("Henrik Dalgaard", "indirect", "Mr. Dalgaard conveyed the greetings of his government."),
        ("Karim Hadi al-Naseri", "indirect", "His Excellency concluded by stressing that Rafidan seeks balanced relations."),
    ])


def test_a_lead_in_to_the_press_after_when_it_was_said_says_nothing():
    """"At the end of the audience, the minister declared to the press:" and the quotation in the next paragraph
    (styles9 teranga_presidency): "the end" is a noun after its article, no speech verb; the press it was said to
    is no content."""
    body = ("Audience\n\nPresident Oumar Ndour received Foreign Minister Jorge Albareda.\n\nAt the end of the "
            "audience, the minister declared to the press:\n\n\"Teranga is a strategic partner for Valdoria.\"")
    assert_statements(body, [
        ("Jorge Albareda", "direct", "Teranga is a strategic partner for Valdoria."),
    ])


def test_a_lead_in_that_reports_something_before_its_subject_is_still_a_statement():
    """Guard: "Noting the end of the talks, the minister said:" has a speech verb of its own, not after an article."""
    body = ("Audience\n\nPresident Oumar Ndour received Foreign Minister Jorge Albareda.\n\nNoting the end of the "
            "talks, the minister said:\n\n\"Teranga is a strategic partner for Valdoria.\"")
    assert_statements(body, [
        ("Jorge Albareda", "indirect", "Noting the end of the talks, the minister said"),
        ("Jorge Albareda", "direct", "Teranga is a strategic partner for Valdoria."),
    ])


def test_an_outgoing_office_in_apposition_is_the_persons():
    """"H.E. Mr. Erik Sandvold, outgoing Ambassador of the Kingdom of Norlandia to Kambuja. … The diplomat also
    affirmed …" (styles9 kambuja_akp): the office after "outgoing" is his, so "the diplomat" is he."""
    body = ("Courtesy call\n\nPrime Minister Chea Sovannara received H.E. Mr. Jens Aasland, outgoing Ambassador of the "
            "Kingdom of Norlandia to Kambuja.\n\nThe diplomat also affirmed that Norlandia would keep supporting "
            "Kambuja.")
    assert_statements(body, [
        ("Jens Aasland", "indirect", "The diplomat also affirmed that Norlandia would keep supporting Kambuja."),
    ])


def test_rt_hon_is_no_sentence_end():
    """"According to Press Advisor Bhattarai, Rt. Hon. Prime Minister Adhikari urged …" (styles9 himavat_pmo): "Rt."
    is the style's abbreviation, the sentence one, the advisor's (GOLD-FORMAT's "According to X")."""
    body = ("Meeting\n\nPrime Minister Pushpa Adhikari met Foreign Minister Tala Orvieto.\n\nAccording to Press Advisor "
            "Gokul Bhattarai, Rt. Hon. Prime Minister Adhikari urged the Sundaran side to support the highway.")
    assert_statements(body, [
        ("Gokul Bhattarai", "indirect", "According to Press Advisor Gokul Bhattarai, Rt. Hon. Prime Minister Adhikari "
                                        "urged the Sundaran side to support the highway."),
    ])


def test_welcoming_an_office_of_a_country_and_its_name_at_a_place_is_narrative():
    """"Prime Minister Ardit Kola welcomed the Prime Minister of Montavia, Miloš Radić, at the Prime Minister's Office
    in Tirava on Friday, …" (styles9 arberia_pm_trap): where the guest was received, a host's act."""
    body = ("Visit\n\nPrime Minister Besnik Hoxha welcomed the Prime Minister of Montavia, Miloš Radić, at the Prime "
            "Minister's Office in Tirava on Friday.\n\nThe two prime ministers held talks.")
    assert_statements(body, [])


def test_welcoming_a_decision_is_still_speech():
    """Guard: "welcomed the decision of Montavia to …" names no place where a guest was received."""
    body = ("Visit\n\nPrime Minister Besnik Hoxha met the Prime Minister of Montavia, Miloš Radić.\n\nPrime Minister "
            "Hoxha welcomed the decision of Montavia to open a border crossing at Qafa.")
    assert_statements(body, [
        ("Besnik Hoxha", "indirect", "Prime Minister Hoxha welcomed the decision of Montavia to open a border crossing "
                                     "at Qafa."),
    ])


def test_the_head_of_diplomacy_is_a_secretary_of_foreign_affairs():
    """""…," said the head of Anahuacan diplomacy at the end of the meeting." after "the Secretary of Foreign Affairs,
    Ximena Duarte Ibarra, held a working meeting … with the Minister of Foreign Affairs of the Republic of Eldoria"
    (styles9 anahuac_sre): a Secretary of Foreign Affairs is her country's foreign minister."""
    body = ("Meeting\n\nToday, the Secretary of Foreign Affairs, Lucía Ortega Vidal, held a meeting with the "
            "Minister of Foreign Affairs of the Republic of Eldoria, Piet Vandermolen.\n\nMinister Vandermolen thanked "
            "the government of Anahuac for its hospitality.\n\n\"Eldoria and Anahuac share a commitment to "
            "multilateralism,\" said the head of Anahuacan diplomacy at the end of the meeting.")
    assert_statements(body, [
        ("Piet Vandermolen", "indirect", "Minister Vandermolen thanked the government of Anahuac for its hospitality."),
        ("Lucía Ortega Vidal", "direct", "Eldoria and Anahuac share a commitment to multilateralism"),
    ])


def test_a_foreign_secretary_is_not_the_foreign_minister():
    """Guard: "Foreign Secretary Mr. Amrit Rai" (a ministry's senior official in some countries) is not who "the
    Foreign Minister" is when a minister is named."""
    body = ("Meeting\n\nPrime Minister Pushpa Adhikari met Foreign Minister Tala Orvieto of Sundara. Foreign Secretary "
            "Mr. Amrit Rai was present.\n\nThe Foreign Minister thanked the Prime Minister for the welcome.")
    assert_statements(body, [
        ("Tala Orvieto", "indirect", "The Foreign Minister thanked the Prime Minister for the welcome."),
    ])


def test_an_office_after_to_before_the_name_is_anothers():
    """"Press Advisor to the Prime Minister, Mr. Gokul Bhattarai, informed that … According to Press Advisor
    Bhattarai, …" (styles9 himavat_pmo): "the Prime Minister" the complement names is not his office, so he is the
    advisor named again."""
    body = ("Meeting\n\nPrime Minister Pushpa Adhikari met Foreign Minister Tala Orvieto.\n\nPress Advisor to the Prime "
            "Minister, Mr. Hari Koirala, informed that the Prime Minister welcomed the Foreign Minister.\n\nAccording to "
            "Press Advisor Koirala, the Prime Minister urged the Sundaran side to support the highway.")
    assert_statements(body, [
        ("Hari Koirala", "indirect", "Press Advisor to the Prime Minister, Mr. Hari Koirala, informed that the Prime "
                                     "Minister welcomed the Foreign Minister."),
        ("Hari Koirala", "indirect", "According to Press Advisor Koirala, the Prime Minister urged the Sundaran side to "
                                     "support the highway."),
    ])
