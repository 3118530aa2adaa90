"""Patterns found by the fifth styles set (benchmarks/styles5/: twelve readouts in the house styles of offices no
set had met): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_headline_verb_of_ordering_ends_the_title_subject():
    """"President Wirawan Orders Ministers to Secure Rice Stocks Ahead of Dry Season" (styles5's Indonesian-style
    cabinet secretariat) named no person "Rice Stocks", who took every bare "the President"; nor "Directs"."""
    body = ("President Dana Kemal has instructed his ministers to keep grain stocks above a million tons.\n\n"
            "\"Do not wait until prices go up,\" the President said in his opening remarks.")
    for title in ("President Kemal Orders Ministers to Secure Grain Stocks Ahead of Winter",
                  "President Kemal Directs Ministers to Secure Grain Stocks Ahead of Winter"):
        assert_statements(body, [
            ("Dana Kemal", "indirect", "President Dana Kemal has instructed his ministers to keep grain stocks above "
                                       "a million tons."),
            ("Dana Kemal", "direct", "Do not wait until prices go up"),
        ], title=title)
    result = run(body, title="President Kemal Signs Executive Orders on Grain Exports")  # (the noun: no one new)
    assert [s.name for s in result.speakers] == ["Dana Kemal"]


def test_said_this_while_chairing_a_review_meeting_is_where():
    """"The Prime Minister said this while chairing a review meeting on the progress of the project" (styles5's
    Pakistani-style PMO): "a review" is a noun, so where he said it, no one's statement; the verb still is one."""
    body = ("Prime Minister Omar Latif has directed the authorities to complete the motorway on time.\n\n"
            "The Prime Minister said this while chairing a review meeting on the progress of the project.\n\n"
            "The Prime Minister will review the progress of the project next month, he said.")
    assert_statements(body, [
        ("Omar Latif", "indirect", "Prime Minister Omar Latif has directed the authorities to complete the motorway "
                                   "on time."),
        ("Omar Latif", "indirect", "The Prime Minister will review the progress of the project next month, he said."),
    ])


def test_words_between_dashes_before_the_speaker_are_a_quotation():
    """"– Livonia is our closest partner … – President Wierzbicki said at the joint press conference after the
    talks." (styles5's Polish-style presidential chancellery): the words between the dashes are his quotation,
    as "– … – he added" was already, and "– … – stressed President X" (the verb first); a dash paragraph with no
    speech verb and speaker after its second dash is left alone."""
    body = ("On Thursday, President Jan Kowal met with President of Estmark Ilmar Tamm.\n\n"
            "– Estmark is our closest partner. We share the same view of the threats – President Kowal said at the "
            "press conference after the talks.\n\n"
            "– We also talked about energy – the Estmarkian leader said.\n\n"
            "– The railway will be built by 2030 – stressed President Kowal.\n\n"
            "– a new line – the interconnector – will open next year.\n\n"
            "– a new line – said to be ready – opens in May.")
    assert_statements(body, [
        ("Jan Kowal", "direct", "Estmark is our closest partner. We share the same view of the threats"),
        ("Ilmar Tamm", "direct", "We also talked about energy"),
        ("Jan Kowal", "direct", "The railway will be built by 2030"),
    ])


def test_according_to_an_office_set_off_before_a_bare_name():
    """"According to the Head of the President's Bureau of International Policy, Piotr Zawadzki, the presidents
    also discussed …" (styles5): his statement (the office's possessive is not "the President's instructions"),
    as "According to the presidential spokesman, X, …" is X's; "According to the President's instructions, …" no
    one's."""
    body = ("On Thursday, President Jan Kowal met with President of Estmark Ilmar Tamm.\n\n"
            "According to the Head of the President's Bureau of International Policy, Adam Nowik, the presidents "
            "also discussed the minority. According to the presidential spokeswoman, Ewa Lis, they agreed to meet "
            "again. According to the President's instructions, the ministers will meet in May.")
    assert_statements(body, [
        ("Adam Nowik", "indirect", "According to the Head of the President's Bureau of International Policy, Adam "
                                   "Nowik, the presidents also discussed the minority."),
        ("Ewa Lis", "indirect", "According to the presidential spokeswoman, Ewa Lis, they agreed to meet again."),
    ])


def test_the_meeting_together_after_the_last_turn_is_narrative():
    """"… / Helena Strand: … / The sides then exchanged views on the prospects for cooperation." (styles5's
    Azerbaijani-style presidency): what the meeting's people did together, last or before the next label, is no
    one's, not the last speaker's turn going on; a paragraph where someone speaks ("we") still is."""
    lead = ("President Farid Mammadli received Vice-President of the Bank Anna Berg.\n\n"
            "President Farid Mammadli: Welcome. I am glad to see you.\n\n"
            "Anna Berg: Thank you, Mr. President. We are ready for that.\n\n")
    assert_statements(lead + "The sides then exchanged views on the prospects for cooperation.", [
        ("Farid Mammadli", "direct", "Welcome. I am glad to see you."),
        ("Anna Berg", "direct", "Thank you, Mr. President. We are ready for that."),
    ])
    assert_statements(lead + "The talks continued in a narrow format.\n\nPresident Farid Mammadli: Good.", [
        ("Farid Mammadli", "direct", "Welcome. I am glad to see you."),
        ("Anna Berg", "direct", "Thank you, Mr. President. We are ready for that."),
        ("Farid Mammadli", "direct", "Good."),
    ])
    assert_statements(lead + "The sides agreed on it. We will go on.", [
        ("Farid Mammadli", "direct", "Welcome. I am glad to see you."),
        ("Anna Berg", "direct", "Thank you, Mr. President. We are ready for that."),
        ("Anna Berg", "direct", "The sides agreed on it. We will go on."),
    ])


def test_presented_someones_approaches_is_speech():
    """"Aram Vardanyan presented the Government's approaches to the peace agenda …" (styles5's Armenian-style
    government): his government's stance set out, as "presented its position"; not "the plane on approach"."""
    lead = "Prime Minister Karen Mel received the Ambassador of Helvora.\n\n"
    assert_statements(lead + "Karen Mel presented the Government's approaches to the peace agenda.", [
        ("Karen Mel", "indirect", "Karen Mel presented the Government's approaches to the peace agenda."),
    ])
    assert_statements(lead + "The Prime Minister presented the plane on approach to the runway.", [])


def test_the_head_of_the_federal_executive_is_the_president():
    """"The head of the federal Executive explained that …" (a variant of styles5's Mexican-style morning press
    conference, "the head of the federal Executive added that …"): the president who leads the executive branch,
    no person "Executive"; and "detailed that" is speech ("detalló que")."""
    body = ("President Inés Carrera Luna held her morning press conference at the National Palace.\n\n"
            "The president said that the refinery will start operating in July. The head of the federal Executive "
            "added that fuel prices will not rise.\n\n"
            "Meanwhile, the Secretary of Energy, Rosa Ortiz Vela, detailed that the plant will process 300,000 "
            "barrels a day.")
    assert_statements(body, [
        ("Inés Carrera Luna", "indirect", "The president said that the refinery will start operating in July."),
        ("Inés Carrera Luna", "indirect", "The head of the federal Executive added that fuel prices will not rise."),
        ("Rosa Ortiz Vela", "indirect", "Meanwhile, the Secretary of Energy, Rosa Ortiz Vela, detailed that the "
                                        "plant will process 300,000 barrels a day."),
    ])


def test_when_met_by_reporters_is_an_aside_before_the_verb():
    """"The Prime Minister, when met by reporters, said the government would not raise fuel prices." (a variant of
    styles5's Malaysian-style news-agency story): the aside says when he spoke; "reporters" is not the subject of
    "said". A group before the aside stays no one."""
    lead = "Prime Minister Harun Salleh today launched the National Road Safety Week.\n\n"
    assert_statements(lead + "The Prime Minister, when met by reporters, said the government would not raise fuel "
                             "prices. Harun, when asked by reporters after the event, said that the bill was ready.", [
        ("Harun Salleh", "indirect", "The Prime Minister, when met by reporters, said the government would not raise "
                                     "fuel prices."),
        ("Harun Salleh", "indirect", "Harun, when asked by reporters after the event, said that the bill was ready."),
    ])
    assert_statements(lead + "The ministers, when asked by reporters, said the bill was ready.", [])


def test_pointed_to_a_cost_is_a_point_made():
    """"Ms Varga pointed to the rising cost of compliance with the new reporting rules." (a variant of styles5's
    central bank readout): a concern voiced, as "pointed to the risks"; not a road sign pointing to a cost."""
    lead = "Governor Valdis Orm met the Board of the Association of Commercial Banks.\n\n"
    assert_statements(lead + "Ms Ilse Varga, Chairwoman of the Association, pointed to the rising cost of compliance.", [
        ("Ilse Varga", "indirect", "Ms Ilse Varga, Chairwoman of the Association, pointed to the rising cost of "
                                   "compliance."),
    ])
    assert_statements(lead + "The figures pointed to the rising cost of compliance.", [])
