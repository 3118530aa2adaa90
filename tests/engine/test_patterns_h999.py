"""Helper h999 (sevenhundredfiftyeighth, the Chief Minister of Uttarakhand as outlets print him): a quotation told by
"read the official statement" is the statement's words, not an official's nor the Chief Minister's named inside it; a
sentence closed by ", said <an office named with no article>." is the office's telling, no verb of its subject's own."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_read_by_the_official_statement_is_no_ones():
    body = (
        "Governor Ilona Varek met Mayor Tomas Berg at the Residency in Kestria on Saturday.\n\n"
        "\"On this occasion, the Governor had a detailed discussion with the Mayor on the new bridge,\" read the "
        "official statement.\n\n"
        "Varek said that the bridge would open in May.\n"
    )
    assert_statements(body, [
        ("Ilona Varek", "indirect", "Varek said that the bridge would open in May."),
    ])


def test_the_official_statement_still_tells_a_report_inside_it():
    # guard: a report told inside the statement's quotation stays the one it tells of ("as its sentences tell")
    body = (
        "Governor Ilona Varek met Mayor Tomas Berg at the Residency in Kestria on Saturday.\n\n"
        "\"The Governor expressed happiness over the progress of the new bridge,\" read the official statement.\n"
    )
    assert_statements(body, [
        ("Ilona Varek", "indirect", "The Governor expressed happiness over the progress of the new bridge"),
    ])


def test_an_official_who_speaks_after_a_quotation_is_still_a_speaker():
    # guard: "the official" alone, with no writing after it, is a person
    body = (
        "Governor Ilona Varek met Mayor Tomas Berg at the Residency in Kestria on Saturday.\n\n"
        "\"We will open the bridge in May,\" the Governor said.\n"
    )
    assert_statements(body, [
        ("Ilona Varek", "direct", "We will open the bridge in May"),
    ])


def test_an_office_named_with_no_article_closing_the_sentence_tells_it():
    body = (
        "Governor Ilona Varek thanked the mayors of Tervolia for their help with the road show.\n\n"
        "She said that the province has made 27 policies for investors.\n\n"
        "Governor Ilona Varek held meetings with various industrialists and participated in a road show in Kestria on "
        "Thursday, said GO Tervolia office.\n\n"
        "The road show was attended by more than 250 delegates.\n"
    )
    assert_statements(body, [
        ("Ilona Varek", "indirect", "Governor Ilona Varek thanked the mayors of Tervolia for their help with the road show."),
        ("Ilona Varek", "indirect", "She said that the province has made 27 policies for investors."),
    ])


def test_a_ministry_closing_a_narrative_sentence_tells_it():
    body = "Governor Ilona Varek held meetings with industrialists in Kestria on Thursday, said the Ministry.\n"
    assert_statements(body, [])


def test_a_person_at_an_office_after_said_still_speaks():
    # guard: the speaker named after "said", then where ("at her office"), is the speaker
    body = "The province is ready to host the games, said Governor Ilona Varek at her office.\n"
    assert_statements(body, [
        ("Ilona Varek", "indirect", "The province is ready to host the games, said Governor Ilona Varek at her office."),
    ])


def test_a_name_a_lower_case_office_and_a_body_with_initials_set_off_by_commas():
    body = (
        "Welcoming delegates from Ostria, Kofi Arden, chairman, Federation of Velmaran Chambers of Commerce & Industry "
        "(FVCCI) Forum of Traders, said Velmara has ample investment opportunities.\n"
    )
    assert_statements(body, [
        ("Kofi Arden", "indirect", "Welcoming delegates from Ostria, Kofi Arden, chairman, Federation of Velmaran "
                                   "Chambers of Commerce & Industry (FVCCI) Forum of Traders, said Velmara has ample "
                                   "investment opportunities."),
    ])


def test_a_lower_case_office_then_a_firm_is_the_names():
    body = "Kofi Arden, chairman, Arden Logistics, warned that the port of Velmara is full.\n"
    assert_statements(body, [
        ("Kofi Arden", "indirect", "Kofi Arden, chairman, Arden Logistics, warned that the port of Velmara is full."),
    ])


def test_an_office_in_capitals_then_a_firm_reads_as_before():
    # guard: the office in capitals ("CEO") the reading already knew stays the name's
    body = "Kofi Arden, CEO, Arden Logistics, warned that the port of Velmara is full.\n"
    assert_statements(body, [
        ("Kofi Arden", "indirect", "Kofi Arden, CEO, Arden Logistics, warned that the port of Velmara is full."),
    ])


def test_offering_a_guest_the_prasad_is_an_act():
    body = (
        "Governor Ilona Varek also offered the Ostrian prime minister the 'prasad' of Kestria temple and gifted him "
        "a book.\n\n"
        "Varek said the visit would deepen the ties between Velmara and Ostria.\n"
    )
    assert_statements(body, [
        ("Ilona Varek", "indirect", "Varek said the visit would deepen the ties between Velmara and Ostria."),
    ])


def test_offering_a_guest_support_is_still_a_statement():
    # guard: an offer of help to a guest named in four words is the offerer's words
    body = "Governor Ilona Varek offered the Ostrian prime minister the full support of the province.\n"
    assert_statements(body, [
        ("Ilona Varek", "indirect", "Governor Ilona Varek offered the Ostrian prime minister the full support of the province."),
    ])
