"""Rules from the fourhundredfiftyseventh held-out set (Rwanda's Office of the President and Morocco's Foreign
Ministry as published by MAP, English news releases): invented readouts and people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_then_a_name_closed_by_who_names_whom_the_office_means_later():
    """"received the United Nations Secretary General, Ban Ki Moon who arrived …" (rwanda_presidency_2014-04-06):
    a relative "who" after the name closes it as a comma would; "the UN Secretary General said …" is he, and so is
    the quotation his lead-in introduces (before: no speaker, the quotation given to the host)."""
    body = ("President Tomas Varga today received the United Nations Secretary General, Ilse Marrow who arrived in "
            "the country for the commemoration.\n\n"
            "Talking to the press after the meeting, the UN Secretary General said she was in the country to join "
            "the families of the victims:\n\n"
            "“We have to learn the lessons and translate them into action.”")
    assert_statements(body, [
        ("Ilse Marrow", "indirect",
         "Talking to the press after the meeting, the UN Secretary General said she was in the country to join the "
         "families of the victims:"),
        ("Ilse Marrow", "direct", "We have to learn the lessons and translate them into action."),
    ])


def test_mrs_with_a_given_name_after_president_and_surname_is_his_wife_not_he():
    """"President Kagame and his guest, President Museveni … accompanied by Mrs. Jeanette Kagame and Mrs. Janet
    Museveni" (rwanda_presidency_2011-07-31): each wife another person, not the President of her surname; so "He
    said:" after "President Y thanked President X …" is Y (before, the wife merged into him and "he" went to X)."""
    body = ("President Varga and his guest, President Dorn today visited a model village. They were accompanied by "
            "Mrs. Ilse Varga and Mrs. Anna Dorn.\n\n"
            "President Varga thanked the residents for their hard work.\n\n"
            "Addressing the residents, President Dorn thanked President Varga for inviting him. He said: “I am very "
            "happy about what I have seen here.”")
    assert_statements(body, [
        ("Varga", "indirect", "President Varga thanked the residents for their hard work."),
        ("Dorn", "indirect", "Addressing the residents, President Dorn thanked President Varga for inviting him."),
        ("Dorn", "direct", "I am very happy about what I have seen here."),
    ])


def test_ms_with_a_given_name_after_an_office_and_surname_stays_the_office_holder():
    """A woman in office is styled "Ms": "Mayor Dunmore … Ms Clementine Dunmore thanked …" is one person."""
    body = ("Mayor Dunmore spoke today with the Mayor of Karesh.\n\n"
            "Ms. Clementine Dunmore thanked her counterpart for the pumps.")
    assert_statements(body, [
        ("Clementine Dunmore", "indirect", "Ms. Clementine Dunmore thanked her counterpart for the pumps."),
    ])


def test_told_the_listeners_before_a_colon_only_introduces_the_quotation():
    """"In his opening remarks at the retreat President Kagame told cabinet members and invited guests present:"
    (rwanda_presidency_2013-11-08): where he spoke, whom he told, a colon: no statement of its own (GOLD-FORMAT, the
    words that introduce a quotation), only the quotation after it (before: an extra indirect statement)."""
    body = ("President Tomas Varga today opened the cabinet retreat.\n\n"
            "In his opening remarks at the retreat President Varga told cabinet members and invited guests present:"
            "\n\n“We have a common responsibility to build our country.”")
    assert_statements(body, [
        ("Tomas Varga", "direct", "We have a common responsibility to build our country."),
    ])


def test_told_with_what_was_said_before_a_colon_stays_a_statement():
    """"told them that …:" says what was told: an indirect statement, then the quotation."""
    body = ("President Tomas Varga today opened the cabinet retreat.\n\n"
            "President Varga told them that the work ahead was long:\n\n"
            "“We have a common responsibility to build our country.”")
    assert_statements(body, [
        ("Tomas Varga", "indirect", "President Varga told them that the work ahead was long:"),
        ("Tomas Varga", "direct", "We have a common responsibility to build our country."),
    ])


def test_a_ministrys_portfolios_with_a_comma_before_and_are_the_ministers_office():
    """"The Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates, Mr. Nasser Bourita, and the
    Minister of Foreign Affairs of the Czech Republic, Mr. Jan Lipavský, held …" (morocco_mfa_2023-10-26): the list
    with its comma before "and" is the first minister's office, so "The Minister pointed out …" after his report is
    he (before: the other minister, the only one known to hold an office)."""
    body = ("The Minister of Foreign Affairs, Trade, and Veloran Expatriates, Mr. Karl Dorn, and the Minister of "
            "Foreign Affairs of Ostrava, Mr. Anton Vesk, held a joint press conference.\n\n"
            "Mr. Karl Dorn stressed that the number of countries that support the plan has risen.\n\n"
            "The Minister pointed out that this support was part of a trend.")
    assert_statements(body, [
        ("Karl Dorn", "indirect", "Mr. Karl Dorn stressed that the number of countries that support the plan has risen."),
        ("Karl Dorn", "indirect", "The Minister pointed out that this support was part of a trend."),
    ])
