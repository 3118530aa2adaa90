"""Statements found by helper h711's set hard60 (constructions this stop's helpers found in real pages and left with no
set): a body's member as a title before a name ("Council member X", "Advisory board member Dr Y"), speech only inside
"with his presentation on …" / "in her remarks on …", "the head of the delegation of the European Union in X, Y," with
no acronym and then "the EU ambassador", "the guest" of a title that names him, an outgoing and an incoming holder of one
office, a quotation whose opening mark is lost after a report.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_council_member_before_a_name_is_a_title():
    """"Council member X noted …", "Advisory board member Dr. Y presented … and said …": the body's member is the
    name's office, not a thing (before, neither sentence was anyone's)."""
    assert_statements((
        "Council member Bertil Osmundvik noted that the new ferry had carried 9,000 passengers in its first month.\n\n"
        "Advisory board member Dr. Ysra Pellandine presented the survey of the old harbour and said that its walls "
        "needed repair."
    ), [
        ("Bertil Osmundvik", "indirect", "Council member Bertil Osmundvik noted that the new ferry had carried 9,000 "
                                         "passengers in its first month."),
        ("Ysra Pellandine", "indirect", "Advisory board member Dr. Ysra Pellandine presented the survey of the old "
                                        "harbour and said that its walls needed repair."),
    ])


def test_a_quotation_that_lost_its_opening_mark_after_a_report():
    """"X said the two towns should …. We cannot do it alone,” the council member said.": the quotation is only the
    sentence after the report, which stays X's indirect statement (before, the whole paragraph was one quotation, given
    to the member named before her)."""
    assert_statements((
        "Council member Arvo Kelstrand thanked the visitors for their gifts.\n\n"
        "Council member Dr. Maren Tolvaja said the two towns should share one fire brigade. We cannot pay for two "
        "and we do not need two,” the council member said."
    ), [
        ("Arvo Kelstrand", "indirect", "Council member Arvo Kelstrand thanked the visitors for their gifts."),
        ("Maren Tolvaja", "indirect", "Council member Dr. Maren Tolvaja said the two towns should share one fire "
                                      "brigade."),
        ("Maren Tolvaja", "direct", "We cannot pay for two and we do not need two,"),
    ])


def test_a_lost_opening_mark_with_no_report_before_it_keeps_the_paragraph():
    """Guard: a paragraph with no report before the closing mark is all the quotation, as before."""
    assert_statements((
        "Minister Hedda Sorvanger received the delegation on Monday.\n\n"
        "The talks went well. We are satisfied with them,” the Minister said."
    ), [
        ("Hedda Sorvanger", "direct", "The talks went well. We are satisfied with them,"),
    ])


def test_the_guest_is_the_one_the_title_names():
    """"Foreign Minister of X receives Deputy Prime Minister of Y / … received the Deputy Prime Minister of Y, Mr. A,
    … The Ambassador of Y, Mr. B, attended … The guest thanked …": the guest the title names, not his ambassador named
    after him (before, the last named of his country)."""
    assert_statements((
        "The Minister of Foreign Affairs of Velmarra, Ms. Ortrun Gailsdottir, received on Monday the Deputy Prime "
        "Minister of Sarnveld, Mr. Idris Kavanagh-Oduya. The Ambassador of Sarnveld, Mr. Piet Hallorsen, attended "
        "the meeting.\n\n"
        "The guest thanked the Minister for the warm welcome."
    ), [
        ("Idris Kavanagh-Oduya", "indirect", "The guest thanked the Minister for the warm welcome."),
    ], title="Foreign Minister of Velmarra receives Deputy Prime Minister of Sarnveld")


def test_the_governor_of_a_province_named_with_its_countrys_adjective():
    """"the Governor of the Ilvessan province of T, Ms. X,": her office (before, none, and "The Governor" was no
    one)."""
    assert_statements((
        "The Mayor of Kettlestow, Mr. Aurel Banfield, hosted on Thursday the Governor of the Varnesian province of "
        "Oskarvik, Ms. Helvi Tammerlund-Ade.\n\n"
        "The Governor praised the new tram line of the city."
    ), [
        ("Helvi Tammerlund-Ade", "indirect", "The Governor praised the new tram line of the city."),
    ])


def test_the_new_ambassador_is_the_successor_not_the_outgoing_one():
    """"the outgoing Ambassador of X, Mr. A, … and his successor, Ms. B, …": A holds the office he leaves, B the office
    after him; "The outgoing ambassador" is A and "The new ambassador" B (before, both were A)."""
    assert_statements((
        "President Cosmin Radulescu-Fey received on Tuesday the outgoing Ambassador of Tresland, Mr. Wolfram "
        "Eckersley, who ends his term this month, and his successor, Ms. Nadira Vollbrecht.\n\n"
        "The outgoing ambassador said that trade had doubled during his term.\n\n"
        "The new ambassador said that she would open a trade office in the port."
    ), [
        ("Wolfram Eckersley", "indirect", "The outgoing ambassador said that trade had doubled during his term."),
        ("Nadira Vollbrecht", "indirect", "The new ambassador said that she would open a trade office in the port."),
    ])


def test_the_incoming_holder_of_a_two_word_office():
    """"the outgoing Country Director …, Mr. A, and the incoming Country Director, Mr. B" then "The incoming Country
    Director said …": the description keeps "incoming" before the capitalised office ("Country" is no office's word),
    so it is B, not A (before, "Country Director" alone, A)."""
    assert_statements((
        "The Minister of Finance of Drelmark, Ms. Saskia Hoevenaar, received the outgoing Country Director of the "
        "Astoria Development Bank, Mr. Lucien Barrowclough, and the incoming Country Director, Mr. Kenji "
        "Amberley-Sato.\n\n"
        "The outgoing director recalled the first loan of his term.\n\n"
        "The incoming Country Director said that the Bank would keep its focus on ports."
    ), [
        ("Lucien Barrowclough", "indirect", "The outgoing director recalled the first loan of his term."),
        ("Kenji Amberley-Sato", "indirect", "The incoming Country Director said that the Bank would keep its focus "
                                            "on ports."),
    ])


def test_the_outgoing_and_the_incoming_holder_together_are_a_pair():
    """"In their remarks on the occasion, the outgoing and the incoming Executive Secretary thanked …": two people,
    no statement (before, the incoming one's)."""
    result = run(
        "The outgoing Executive Secretary, Mr. Osric Vennholt, handed over to his successor, Ms. Tamsyn Okoro-Lind, "
        "on Friday.\n\n"
        "In their remarks on the occasion, the outgoing and the incoming Executive Secretary thanked the staff for "
        "their support."
    )
    assert not [s for s in result.statements if s.speaker and "thanked the staff" in s.text]


def test_the_head_of_the_eu_delegation_in_a_country_is_the_eu_ambassador():
    """"the head of the delegation of the European Union in C, Y," (no initials before the place): Y's office, the
    Union's, so "The head of delegation" and "the EU ambassador" are Y (before, no one's, then the coordinator's)."""
    assert_statements((
        "The Governor of Talvaine, Mr. Jorund Skellmore, received the head of the delegation of the European Union "
        "in Castmere, Liesbet Oranje-Mwangi. The coordinator of the programme, Mr. Pieter Doulmaan, accompanied "
        "her.\n\n"
        "The head of delegation said that the Union would fund two new schools.\n\n"
        "“We will be back to open them,” the EU ambassador said."
    ), [
        ("Liesbet Oranje-Mwangi", "indirect", "The head of delegation said that the Union would fund two new "
                                              "schools."),
        ("Liesbet Oranje-Mwangi", "direct", "We will be back to open them,"),
    ])


def test_speech_only_inside_a_talk_on_a_topic():
    """"X caught the attention of the delegates with his presentation on T", "Y drew long applause in her remarks on
    T", "In his remarks on T, he turned to …": the subject's statements, the talk the only speech (before, none)."""
    assert_statements((
        "The director of the port of Brimsund, Mr. Torvik Hallengren, caught the attention of the delegates with his "
        "presentation on the port's solar cranes.\n\n"
        "Ms. Adaeze Wendling, head of the Ostmere Port Authority, drew long applause in her remarks on the training "
        "of young pilots.\n\n"
        "The Minister of Transport of Ostmere, Mr. Radek Solheim, closed the forum. In his remarks on the forum, he "
        "turned to the dredging of the river mouth."
    ), [
        ("Torvik Hallengren", "indirect", "The director of the port of Brimsund, Mr. Torvik Hallengren, caught the "
                                          "attention of the delegates with his presentation on the port's solar "
                                          "cranes."),
        ("Adaeze Wendling", "indirect", "Ms. Adaeze Wendling, head of the Ostmere Port Authority, drew long applause "
                                        "in her remarks on the training of young pilots."),
        ("Radek Solheim", "indirect", "In his remarks on the forum, he turned to the dredging of the river mouth."),
    ])


def test_a_talk_of_a_pair_is_no_statement():
    """Guard: "In their remarks on the occasion, the two ministers thanked …": a pair's, no "his"/"her"."""
    result = run(
        "Minister Ilse Marovic met Minister Jarle Bakketun in Oskholm.\n\n"
        "In their remarks on the occasion, the two ministers thanked the organisers of the fair."
    )
    assert not [s for s in result.statements if s.speaker and "organisers" in s.text]
