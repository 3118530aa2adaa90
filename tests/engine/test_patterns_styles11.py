"""Patterns found by the eleventh styles set (benchmarks/styles11/: invented readouts in the house styles of
offices no set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_asked_by_journalists_report_ends_the_press_conference_transcript():
    """"Prime Minister Ilse Brandt: / Thank you, Dragan. … / Asked by journalists about the border dispute with
    Korvania, Prime Minister Vuksanović said that …" (styles11 montevia_government): the narrator reports a
    speaker in the third person; the transcript is over, the paragraph is his, not the last label's."""
    body = ("Joint press conference\n\nPrime Minister Pavel Drenko met today in Ostgrad with the Prime Minister of "
            "Liravia, Greta Holm. The prime ministers held a joint press conference.\n\nPrime Minister Pavel Drenko:"
            "\n\nI thank Prime Minister Holm for her visit and for her support.\n\nPrime Minister Greta Holm:\n\n"
            "Thank you, Pavel. We will continue to support your reforms.\n\nAsked by journalists about the dispute "
            "with Korvania, Prime Minister Drenko said that Ostrovia would respect the arbitration.\n\n"
            "The two prime ministers also attended the signing of an agreement on education.")
    assert_statements(body, [
        ("Pavel Drenko", "direct", "I thank Prime Minister Holm for her visit and for her support."),
        ("Greta Holm", "direct", "Thank you, Pavel. We will continue to support your reforms."),
        ("Pavel Drenko", "indirect", "Asked by journalists about the dispute with Korvania, Prime Minister Drenko "
                                     "said that Ostrovia would respect the arbitration."),
    ])


def test_asked_in_a_speakers_own_words_stays_in_the_turn():
    """Guard: "Asked what we would do, I said …" in a turn speaks in the first person: still the speaker's."""
    body = ("Press conference\n\nPrime Minister Pavel Drenko:\n\nThank you all for coming today.\n\n"
            "Asked what we would do next, I said that we will wait for the arbitration.")
    assert_statements(body, [
        ("Pavel Drenko", "direct", "Thank you all for coming today."),
        ("Pavel Drenko", "direct", "Asked what we would do next, I said that we will wait for the arbitration."),
    ])


def test_an_inquiries_line_after_a_transcript_is_no_ones():
    """"Prime Minister Kaasik: I fully agree. … / Inquiries: Liisa Häkkinen, State Secretary for EU Affairs, tel.
    …" (styles11 tavlenia_government): a press release's contact line ends the transcript, no one's words."""
    body = ("Prime Ministers meet\n\nPrime Minister Aino Rask met Prime Minister Mart Sepp on Thursday.\n\n"
            "Prime Minister Rask: We have agreed that our ministers will meet next month.\n\n"
            "Prime Minister Sepp: I fully agree. The sea must not become a sea of risks.\n\n"
            "Inquiries: Liisa Koivu, State Secretary, tel. 0295 160 000")
    assert_statements(body, [
        ("Aino Rask", "direct", "We have agreed that our ministers will meet next month."),
        ("Mart Sepp", "direct", "I fully agree. The sea must not become a sea of risks."),
    ])


def test_a_name_inside_a_who_aside_is_not_the_subject_after_it():
    """"The President, who was speaking at State House Nakawere … led by the Deputy Minister of Trade, Ms. Ingrid
    Solheim, said the era of exporting raw coffee and cotton was over." (styles11 kalundi_state_house): the verb
    after the aside is the President's, whom the aside describes, not the name that ends it."""
    body = ("President hosts investors\n\nH.E. Samuel Ategeka, the President of the Republic of Kalundi, has urged "
            "investors to set up factories.\n\nThe President, who was speaking at State House on Tuesday during a "
            "meeting with a delegation led by the Deputy Minister of Trade, Ms. Ingrid Solheim, said the era of "
            "exporting raw coffee was over.")
    assert_statements(body, [
        ("Samuel Ategeka", "indirect", "H.E. Samuel Ategeka, the President of the Republic of Kalundi, has urged "
                                       "investors to set up factories."),
        ("Samuel Ategeka", "indirect", "The President, who was speaking at State House on Tuesday during a meeting "
                                       "with a delegation led by the Deputy Minister of Trade, Ms. Ingrid Solheim, "
                                       "said the era of exporting raw coffee was over."),
    ])


def test_a_who_aside_of_an_object_leaves_the_named_subject():
    """Guard: "The President received Ms. Ingrid Solheim, who leads the delegation, and Minister Tom Berg, said
    …" is not read; "Ms. Ingrid Solheim, the Deputy Minister, who …": the name before the aside still speaks."""
    body = ("Minister visits\n\nMs. Ingrid Solheim, the Deputy Minister of Trade, who led the delegation, said "
            "that the companies were ready to invest.")
    assert_statements(body, [
        ("Ingrid Solheim", "indirect", "Ms. Ingrid Solheim, the Deputy Minister of Trade, who led the delegation, "
                                       "said that the companies were ready to invest."),
    ])


def test_in_his_remarks_before_a_lead_in_is_no_statement():
    """"In his remarks to the Ambassador-designate of the Kingdom of Vaernholm, H.E. Mr. Anders Lykke, the Head of
    State said:" (styles11 namora_presidency): "remarks" after "his" is a noun, where he spoke; the lead-in is no
    statement, the quoted paragraphs after it are his."""
    body = ("President receives envoys\n\nHis Excellency Dr. Tjiuma Hango, President of the Republic of Namora, "
            "today received envoys.\n\nIn his remarks to the ambassador of Vaernholm, the Head of State said:\n\n"
            "\"Our countries share a commitment to multilateralism. I am confident.\n\n\"I wish you a fruitful stay.\"")
    assert_statements(body, [
        ("Tjiuma Hango", "direct", "Our countries share a commitment to multilateralism. I am confident."),
        ("Tjiuma Hango", "direct", "I wish you a fruitful stay."),
    ])


def test_noting_before_a_lead_in_is_still_a_statement():
    """Guard: "Noting the remarks of the ambassador, the Head of State said:": what he noted is his."""
    body = ("President receives envoys\n\nHis Excellency Dr. Tjiuma Hango, President of the Republic of Namora, "
            "today received envoys.\n\nNoting the progress of the talks, the Head of State said:\n\n"
            "\"I wish you a fruitful stay.\"")
    assert_statements(body, [
        ("Tjiuma Hango", "indirect", "Noting the progress of the talks, the Head of State said"),
        ("Tjiuma Hango", "direct", "I wish you a fruitful stay."),
    ])


def test_his_highness_after_the_crown_prince_received_is_the_crown_prince():
    """"Later, His Highness the Crown Prince received President Wielgosz at Seif Palace. His Highness stressed the
    keenness of Qarnis …" (styles11 qarnis_news_agency): the style many hold is the one who just acted, not the
    Amir who publishes."""
    body = ("Amir receives President\n\nQARNIS CITY, Jan 12 (QUNA) -- His Highness the Amir Sheikh Nasser Al-Fahad "
            "received at Bayan Palace on Monday the President of the Republic of Oskaria Tomasz Wielgosz.\n\n"
            "For his part, President Wielgosz expressed gratitude to His Highness the Amir for the warm reception.\n\n"
            "Later, His Highness the Crown Prince Sheikh Sabah Al-Khalid received President Wielgosz at Seif Palace. "
            "His Highness stressed the keenness of Qarnis to expand its partnership with Oskaria.")
    assert_statements(body, [
        ("Tomasz Wielgosz", "indirect", "For his part, President Wielgosz expressed gratitude to His Highness the "
                                        "Amir for the warm reception."),
        ("Sabah Al-Khalid", "indirect", "His Highness stressed the keenness of Qarnis to expand its partnership "
                                        "with Oskaria."),
    ])


def test_his_highness_after_the_guest_spoke_is_the_amir():
    """Guard: "His Highness the Amir received …; the President thanked …. His Highness stressed …": the Amir."""
    body = ("Amir receives President\n\nHis Highness the Amir Sheikh Nasser Al-Fahad received President Tomasz "
            "Wielgosz, in the presence of His Highness the Crown Prince Sheikh Sabah Al-Khalid.\n\n"
            "President Wielgosz thanked the Amir for the warm reception. His Highness stressed the keenness of "
            "Qarnis to expand its partnership with Oskaria.")
    assert_statements(body, [
        ("Tomasz Wielgosz", "indirect", "President Wielgosz thanked the Amir for the warm reception."),
        ("Nasser Al-Fahad", "indirect", "His Highness stressed the keenness of Qarnis to expand its partnership "
                                        "with Oskaria."),
    ])



def test_a_head_of_state_named_only_his_excellency_is_the_head_of_state():
    """"…, President of the Republic of Tajara, His Excellency Nurali Davlatzoda received the Minister … The Head of
    State emphasized …" (styles11 tajara_presidency): "His Excellency" is a style, no office; the publisher's head
    named with it alone is the untitled principal, "the Head of State"."""
    body = ("Meeting with the Minister\n\nOn 22 May, President of the Republic of Tajara, His Excellency Nurali "
            "Davlatzoda received the Minister of Foreign Affairs of the Republic of Kestonia, Mr. Lukas Rebane.\n\n"
            "The Head of State emphasized the readiness of Tajara to expand cooperation.")
    assert_statements(body, [
        ("Nurali Davlatzoda", "indirect", "The Head of State emphasized the readiness of Tajara to expand "
                                          "cooperation."),
    ])


def test_a_host_named_his_excellency_is_not_the_president_he_received():
    """Guard: "His Excellency Sheikh Khalid Al Noor received President Tomasz Wielgosz … The President expressed …":
    the office someone holds is his, not the styled host's."""
    body = ("Minister receives President\n\nHis Excellency Sheikh Khalid Al Noor received President Tomasz Wielgosz "
            "of Oskaria.\n\nThe President expressed his gratitude for the warm reception.")
    assert_statements(body, [
        ("Tomasz Wielgosz", "indirect", "The President expressed his gratitude for the warm reception."),
    ])
