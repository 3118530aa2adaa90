"""Helper h1001 (styles54, foreign trade and investment promotion agencies' meetings): a company named like a person
("Pellbury Vantreight Logistics announced that …", "Merrow Ashby Engineering said …": a run of capitalised words ending
in an industry word is a firm, no speaker); "The Minister hinted on a review of …" (the press's "hinted on", a cue as
"hinted at"); "He expressed these remarks while presenting …" (where the words before were said, as "these views")."""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_company_ending_in_an_industry_word_is_no_speaker():
    body = (
        "A trade mission from Druvania visited the Quorisand Investment Centre on Thursday.\n\n"
        "Pellbury Vantreight Logistics announced that it would open a regional office in the capital, while Merrow "
        "Ashby Engineering said it would study a joint venture with a local foundry.\n\n"
        "The Minister of Trade, Mrs. Odile Fallowmere, welcomed the mission and said the Centre would help it.\n"
    )
    result = assert_statements(body, [
        ("Odile Fallowmere", "indirect", "The Minister of Trade, Mrs. Odile Fallowmere, welcomed the mission and said "
                                         "the Centre would help it."),
    ])
    assert not any(s.speaker and ("Logistics" in s.speaker or "Engineering" in s.speaker) for s in result.statements)


def test_a_person_whose_surname_is_no_industry_word_still_speaks():
    # guard: a person named before a firm's name keeps her statement ("Mrs. X of Y Foods said …")
    body = (
        "Mrs. Liesbet Merriwether, Chairwoman of Merriwether Van Osch Foods, said her company was studying a "
        "milk-collection network in the highlands.\n"
    )
    assert_statements(body, [
        ("Liesbet Merriwether", "indirect", "Mrs. Liesbet Merriwether, Chairwoman of Merriwether Van Osch Foods, said "
                                            "her company was studying a milk-collection network in the highlands."),
    ])


def test_hinted_on_a_review_is_a_statement():
    body = (
        "The Trade Commissioner of Bramoria called on the Minister of Trade, Chief Emeka Udeagbala, on Monday.\n\n"
        "The Minister hinted on a review of the export levy on raw cashew, which he described as a burden on small "
        "processors.\n"
    )
    assert_statements(body, [
        ("Emeka Udeagbala", "indirect", "The Minister hinted on a review of the export levy on raw cashew, which he "
                                        "described as a burden on small processors."),
    ])


def test_expressed_these_remarks_while_is_only_where_he_spoke():
    body = (
        "The Chief Executive of the Trade Development Authority, Mr. Owen Tarrabrook, received the High Commissioner "
        "of Tazmerit on Thursday.\n\n"
        "Mr. Tarrabrook said the Authority would sponsor ten firms at the exhibition. He expressed these remarks while "
        "presenting the Authority's annual export report to the visitor.\n"
    )
    assert_statements(body, [
        ("Owen Tarrabrook", "indirect", "Mr. Tarrabrook said the Authority would sponsor ten firms at the exhibition."),
    ])


def test_expressed_these_remarks_with_a_colon_still_speaks():
    # guard: "expressed these remarks" followed by the words themselves is no narrative of where
    body = (
        "The Chief Executive of the Trade Development Authority, Mr. Owen Tarrabrook, received the High Commissioner "
        "of Tazmerit on Thursday.\n\n"
        "Mr. Tarrabrook expressed his hope that trade would double.\n"
    )
    result = run(body)
    assert [s.speaker for s in result.statements] == ["Owen Tarrabrook"]


def test_the_agency_head_is_its_chief_executive_officer():
    # a body's Chief Executive Officer is "the agency head" for short, though the office ends in "officer"
    body = (
        "A business delegation from Ostrevaine visited the Vellmarra Investment Promotion Agency on Tuesday.\n\n"
        "The delegation was received by the Chief Executive Officer of VIPA, Mrs. Iyabode Akintola, and a "
        "delegate of the chamber, Mr. Halvard Thackeridge.\n\n"
        "Mr. Thackeridge thanked the agency for the briefing.\n\n"
        "The agency head briefed the delegation on the one-stop investor service centre.\n"
    )
    assert_statements(body, [
        ("Halvard Thackeridge", "indirect", "Mr. Thackeridge thanked the agency for the briefing."),
        ("Iyabode Akintola", "indirect", "The agency head briefed the delegation on the one-stop investor service "
                                         "centre."),
    ])


def test_the_trade_body_chief_is_the_chief_executive_not_the_high_commissioner():
    body = (
        "The High Commissioner of Tazmerit, Mr. Yusuf Ebrahimzade, called on the Chief Executive of the Trade "
        "Development Authority of Korrowa, Mr. Owen Tarrabrook, on Thursday.\n\n"
        "During the meeting, the envoy stressed that two-way trade was far below its potential.\n\n"
        "The trade body chief thanked the envoy for his country's support at the regional trade talks.\n"
    )
    assert_statements(body, [
        ("Yusuf Ebrahimzade", "indirect", "During the meeting, the envoy stressed that two-way trade was far below "
                                          "its potential."),
        ("Owen Tarrabrook", "indirect", "The trade body chief thanked the envoy for his country's support at the "
                                        "regional trade talks."),
    ])


def test_the_un_chief_stays_its_secretary_general():
    # guard: with no chief executive among those named, "the UN chief" is still its Secretary-General
    body = (
        "The Secretary-General of the United Nations, Mr. Aurek Penhallow, met the Commissioner for Trade of "
        "Korrowa, Mrs. Dara Quillory, on Monday.\n\n"
        "Mrs. Quillory briefed him on the export strategy.\n\n"
        "The UN chief welcomed the strategy.\n"
    )
    assert_statements(body, [
        ("Dara Quillory", "indirect", "Mrs. Quillory briefed him on the export strategy."),
        ("Aurek Penhallow", "indirect", "The UN chief welcomed the strategy."),
    ])


def test_a_firm_named_for_short_without_its_industry_word_is_no_one():
    body = (
        "The Chairman of Hollis Marrow Textiles, Mr. Ravi Keshavamurti, visited the Zarvosk zone on Tuesday.\n\n"
        "Mr. Keshavamurti said the company had chosen Zarvosk because of its rail link.\n\n"
        "Hollis Marrow said in a statement that construction would begin in the third quarter.\n"
    )
    result = assert_statements(body, [
        ("Ravi Keshavamurti", "indirect", "Mr. Keshavamurti said the company had chosen Zarvosk because of its rail "
                                          "link."),
    ])
    assert not any(s.speaker and "Hollis" in s.speaker for s in result.statements)


def test_a_person_named_in_full_whose_surname_names_no_firm_still_speaks():
    # guard: a full name that is no firm's first words still speaks ("Marit Osgrave said …" beside "Osgrave Foods")
    body = (
        "Marit Osgrave, a director of Osgrave Foods, visited the Zarvosk zone on Tuesday.\n\n"
        "Marit Osgrave said the company would invest in the zone.\n"
    )
    assert_statements(body, [
        ("Marit Osgrave", "indirect", "Marit Osgrave said the company would invest in the zone."),
    ])


def test_the_investment_chief_is_no_director_of_investor_services():
    # "investor" begins as "investment" does, but names those the office serves, not its portfolio
    body = (
        "A business delegation from Ostrevaine visited the Vellmarra Investment Promotion Agency (VIPA) on Tuesday.\n\n"
        "The delegation was received by the Chief Executive Officer of VIPA, Mrs. Iyabode Akintola, and the agency's "
        "Director of Investor Services, Mr. Kelbrick Danforth.\n\n"
        "Welcoming the guests, the investment chief said Vellmarra had attracted new investment in 2025.\n"
    )
    assert_statements(body, [
        ("Iyabode Akintola", "indirect", "Welcoming the guests, the investment chief said Vellmarra had attracted new "
                                         "investment in 2025."),
    ])


def test_the_finance_chief_is_still_the_financial_secretary():
    # guard: a portfolio word's own adjective ("financial") still names the chief
    body = (
        "Financial Secretary Ilse Varrow met the visiting delegation of Ostrevaine on Monday, with the Director of "
        "Tourism, Mr. Pavel Ossory.\n\n"
        "The finance chief said the budget would fund the new port.\n"
    )
    assert_statements(body, [
        ("Ilse Varrow", "indirect", "The finance chief said the budget would fund the new port."),
    ])
