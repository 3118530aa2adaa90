"""Statements found by helper h903's mends of styles47 (agriculture, fisheries and food ministries' international
meetings in English): a delegation's head named as "the <Body>, led by its <Office>, Mr. X" (a comma before "led by",
a board's name holding portfolio words, "Meat and Livestock Board") is the office of that body, so "The CEO said …"
after is X; "the Permanent Secretary (PS) for Livestock, Eng. X" ends its office before the initials, so "the PS said"
is X; "In a statement today, the Ministry … said …" makes a later "“…,” the statement said." the Ministry's, no one's;
a quotation opened inside a report and run on into the next paragraph carries on the reporter's words; "CS" (a Cabinet
Secretary) is an office before a name; a wire's dateline with a mixed-case country ("NAIRELLE, Kimbaro, Feb 24 — ") is
in no sentence; a photograph's position in brackets after a name ("Hon. X (second left),") and a ministry's portfolios
over two commas ("Minister of Agriculture, Livestock, Fisheries and Cooperatives, Hon. X,") keep the office X's.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_office_after_its_with_a_comma_before_led_by_is_the_bodys():
    """"the Ostrevaal Meat and Livestock Board, led by its Chief Executive Officer, Mr. X": before, the comma before
    "led by" hid the body "its" means, and "Ostrevaal Meat" read as a name, so "The CEO said …" was no one's."""
    assert_statements((
        "A delegation of the Pellvarn Meat and Livestock Board, led by its Chief Executive Officer, Mr. Doran "
        "Quillersby, on Monday called on the Minister of Livestock, Hon. Abel Tressington, in Kessingford Falls.\n\n"
        "The Minister said the country has many cattle but few abattoirs.\n\n"
        "The CEO said the Board was looking at a pilot feedlot."
    ), [
        ("Abel Tressington", "indirect", "The Minister said the country has many cattle but few abattoirs."),
        ("Doran Quillersby", "indirect", "The CEO said the Board was looking at a pilot feedlot."),
    ])


def test_office_after_its_with_no_comma_is_unchanged():
    """Guard: "the Brackelmoor Dairy Board led by its Chairman, Mr. X" (no comma), as before, the Board's Chairman."""
    assert_statements((
        "A delegation of the Brackelmoor Dairy Board led by its Chairman, Mr. Corwen Ashbellow, visited the "
        "Ministry of Agriculture on Friday.\n\n"
        "The Chairman said the Board would open a milk testing laboratory."
    ), [
        ("Corwen Ashbellow", "indirect", "The Chairman said the Board would open a milk testing laboratory."),
    ])


def test_office_with_initials_then_a_remit_is_the_names():
    """"the Permanent Secretary (PS) for Livestock, Eng. X, …" then "the PS said …": before, the remit after the
    initials left the office no one's, and "the PS" with it; now the office ends at "Secretary", as before " of " a
    state ("The Inspector-General of Police (IGP) of Y, Dr. X")."""
    assert_statements((
        "The Minister received the Ambassador of Pellvarn. Also present were the Permanent Secretary (PS) for "
        "Fisheries, Eng. Joram Whitlacke, and the Director of Crops, Ms. Ada Tamsworthy.\n\n"
        "Speaking to reporters after the meeting, the PS said a joint committee would be set up within the month."
    ), [
        ("Joram Whitlacke", "indirect",
         "Speaking to reporters after the meeting, the PS said a joint committee would be set up within the month."),
    ])


def test_office_with_initials_then_for_and_lower_case_is_unchanged():
    """Guard: "the Chief Veterinary Officer (CVO), Dr. X," (no remit) stays hers, as before."""
    assert_statements((
        "The Minister met the delegation. The Chief Veterinary Officer (CVO), Dr. Lissa Orlenbeck, accompanied it.\n\n"
        "The CVO said the southern zone was free of the disease."
    ), [
        ("Lissa Orlenbeck", "indirect", "The CVO said the southern zone was free of the disease."),
    ])


def test_the_statement_said_after_in_a_statement_the_ministry_said_is_no_ones():
    """"In a statement today, the Ministry … said X will attend …" then "“…,” the statement said.": the Ministry's
    text, no one's; before, the minister it tells of (the trap of styles47)."""
    assert_statements((
        "Agriculture Minister Datuk Seri Amran Keldoway will visit Brennskar from July 2 to July 8.\n\n"
        "In a statement today, the Ministry of Agriculture said Amran will attend the plenary session of the "
        "conference.\n\n"
        "“This meeting will be an opportunity to explore new market access for the country's products,” the "
        "statement said."
    ), [])


def test_the_statement_said_after_a_persons_statement_stays_his():
    """Guard: "In a statement, Minister X said …" then "“…,” the statement said.": a person's text, his words."""
    assert_statements((
        "Agriculture Minister Amran Keldoway met his counterpart on Monday.\n\n"
        "In a statement, Minister Keldoway said the talks had gone well.\n\n"
        "“This meeting opens new markets for our farmers,” the statement said."
    ), [
        ("Amran Keldoway", "indirect", "In a statement, Minister Keldoway said the talks had gone well."),
        ("Amran Keldoway", "direct", "This meeting opens new markets for our farmers"),
    ])


def test_quotation_opened_in_a_report_and_run_on_into_the_next_paragraph_is_the_reporters():
    """"The Minister also said that “… . / … .”": the quotation left open at the end of the report's paragraph runs
    on; its next paragraph carries on the Minister's words (before, no one's)."""
    assert_statements((
        "The Minister of Agriculture of Tessivar, Senator Obiageli Munkworth, has signed a memorandum with Brennskar.\n\n"
        "The Minister also said that “Tessivar is keenly interested in working with Brennskar on poultry vaccines.\n\n"
        "Key areas of cooperation include the production of day-old chicks and the training of extension workers.”"
    ), [
        ("Obiageli Munkworth", "indirect",
         "The Minister also said that “Tessivar is keenly interested in working with Brennskar on poultry vaccines."),
        ("Obiageli Munkworth", "direct",
         "Key areas of cooperation include the production of day-old chicks and the training of extension workers."),
    ])


def test_quotation_closed_in_its_report_leaves_the_next_paragraph_alone():
    """Guard: the quotation closed in the report's paragraph; the narrative paragraph after stays no one's."""
    assert_statements((
        "The Minister of Agriculture of Tessivar, Senator Obiageli Munkworth, has signed a memorandum with Brennskar.\n\n"
        "The Minister also said that “Tessivar is keenly interested in working with Brennskar on poultry vaccines”.\n\n"
        "The signing ceremony took place at the Ministry in the presence of the Ambassador."
    ), [
        ("Obiageli Munkworth", "indirect",
         "The Minister also said that “Tessivar is keenly interested in working with Brennskar on poultry vaccines”."),
    ])


def test_cs_before_a_name_is_an_office():
    """"Agriculture CS Dr. X has said …" then "The CS, writing on X after the meeting, said …": the initials of a
    Cabinet Secretary are an office, as "CEO" is (before, "The CS" was no one)."""
    assert_statements((
        "Agriculture and Livestock Development CS Dr. Kibet Waramunde hosted the Ambassador of Brennskar on Tuesday.\n\n"
        "The CS, writing on X after the meeting, said the two discussed tea and dairy genetics."
    ), [
        ("Kibet Waramunde", "indirect",
         "The CS, writing on X after the meeting, said the two discussed tea and dairy genetics."),
    ])


def test_cs_office_leaves_the_permanent_secretarys_initials_alone():
    """Guard: "the Permanent Secretary (PS), Mr. X" then "The PS said …" stays his."""
    assert_statements((
        "Agriculture CS Dr. Kibet Waramunde hosted the Ambassador. Also present was the Permanent Secretary (PS), "
        "Mr. Otieno Brakwell.\n\n"
        "The PS said a joint committee would meet in March."
    ), [
        ("Otieno Brakwell", "indirect", "The PS said a joint committee would meet in March."),
    ])


def test_wire_dateline_with_a_mixed_case_country_is_in_no_statement():
    """"NAIRELLE, Kimbaro, Feb 24 — X has said …": the country between the city and the date; the dateline is in no
    sentence (before, the head of X's statement)."""
    assert_statements((
        "TESSMORE, Brennskar, Feb 24 — Agriculture CS Dr. Kibet Waramunde has said Brennskar will seek duty-free "
        "access for its processed tea."
    ), [
        ("Kibet Waramunde", "indirect",
         "Agriculture CS Dr. Kibet Waramunde has said Brennskar will seek duty-free access for its processed tea."),
    ])


def test_wire_dateline_without_a_country_is_unchanged():
    """Guard: "TESSMORE, Feb 24 — …" as before."""
    assert_statements((
        "TESSMORE, Feb 24 — Agriculture Minister Kibet Waramunde has said Brennskar will seek access for its tea."
    ), [
        ("Kibet Waramunde", "indirect",
         "Agriculture Minister Kibet Waramunde has said Brennskar will seek access for its tea."),
    ])


def test_photo_position_after_a_name_keeps_the_office_before_it():
    """"The Minister of Agriculture, Hon. X (second left), today received …": the photograph's position in brackets
    after the name is the name's, so the office before its comma is X's and "The Minister said …" is hers (before,
    an office with no holder)."""
    assert_statements((
        "The Minister of Agriculture, Hon. Wanjiru Olembekka (second left), today received the Ambassador of "
        "Brennskar, H.E. Torvald Quimsey.\n\n"
        "The Minister said the country values the support of Brennskar in dairy development."
    ), [
        ("Wanjiru Olembekka", "indirect",
         "The Minister said the country values the support of Brennskar in dairy development."),
    ])


def test_other_brackets_after_a_name_are_unchanged():
    """Guard: a place in brackets after the name ("Hon. X (Tessmore)") is not taken as a photograph's position."""
    assert_statements((
        "The Minister of Agriculture, Hon. Wanjiru Olembekka, today received the Ambassador of Brennskar, H.E. Torvald "
        "Quimsey (Tessmore).\n\n"
        "The Minister said the country values the support of Brennskar in dairy development."
    ), [
        ("Wanjiru Olembekka", "indirect",
         "The Minister said the country values the support of Brennskar in dairy development."),
    ])


def test_ministrys_portfolios_over_two_commas_keep_the_office_the_names():
    """"The Minister of Agriculture, Livestock, Fisheries and Cooperatives, Hon. X, …": one ministry's portfolios over
    two commas; the office is X's, and "The Minister said …" is hers by name (before, an office with no holder)."""
    result = assert_statements((
        "The Minister of Agriculture, Livestock, Fisheries and Cooperatives, Hon. Wanjiru Olembekka, today received "
        "the Ambassador of Brennskar, H.E. Torvald Quimsey.\n\n"
        "The Minister said the country values the support of Brennskar in dairy development."
    ), [
        ("Wanjiru Olembekka", "indirect",
         "The Minister said the country values the support of Brennskar in dairy development."),
    ])
    assert [s.speaker for s in result.statements] == ["Wanjiru Olembekka"]


def test_two_offices_then_a_pair_of_names_are_unchanged():
    """Guard: "The Prime Minister, Minister of Defence, X and Y arrived." stays a list, no one's office."""
    result = run(
        "The Prime Minister, Minister of Defence, Peder Galvanway and Mirren Tosscombe arrived.\n\n"
        "The Prime Minister said the talks had gone well."
    )
    assert [s.speaker for s in result.statements] == ["The Prime Minister"]
