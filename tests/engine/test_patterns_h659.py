"""Readings of real Hungarian government readouts (fourhundredninetysecond, the Prime Minister's site and
kormany.hu): the press chief named after the meeting he reports, his office in apposition with no closing
comma ("…, Bertalan Havasi, the Prime Minister’s press chief informed the Hungarian news agency MTI."), and a
unit of the Prime Minister's office that reports it ("the Communications Division of the Prime Minister
informed …"), a body, no person.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks
for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Prime Minister Oren Vask had talks with the Kastravian transport minister"


def test_reporter_named_before_an_office_with_no_closing_comma():
    """"On Tuesday afternoon …, Prime Minister Viktor Orbán had talks with Israel’s minister of transport …, Bertalan
    Havasi, the Deputy State Secretary heading the Press Office of the Prime Minister informed the Hungarian news
    agency MTI.": the name set off after the clause, its office with no closing comma, the reporting verb that ends
    the sentence: the press chief reports the meeting, and "he reported" after it is his."""
    body = (
        "On Tuesday afternoon, Prime Minister Oren Vask had talks with the Kastravian minister of transport, "
        "Dario Keln, the Deputy State Secretary heading the Press Office of the Prime Minister informed the "
        "national news agency KNA.\n\n"
        "At the meeting, the parties spoke about bilateral relations, he reported."
    )
    assert_statements(body, [
        ("Dario Keln", "indirect",
         "On Tuesday afternoon, Prime Minister Oren Vask had talks with the Kastravian minister of transport, "
         "Dario Keln, the Deputy State Secretary heading the Press Office of the Prime Minister informed the "
         "national news agency KNA."),
        ("Dario Keln", "indirect", "At the meeting, the parties spoke about bilateral relations, he reported."),
    ], title=TITLE)


def test_reporter_whose_office_is_the_prime_ministers_press_chief():
    """"…; Prime Minister Viktor Orbán first received former Austrian chancellor Sebastian Kurz, Bertalan Havasi, the
    Prime Minister’s press chief informed the Hungarian news agency MTI.": "the Prime Minister’s press chief" is
    the name's office, not the Prime Minister; so at a paragraph's end with the verb last and no object."""
    body = (
        "Also on Monday, the palace remains busy; Prime Minister Oren Vask first received former chancellor "
        "Ivo Marr, Dario Keln, the Prime Minister’s press chief informed the national news agency KNA.\n\n"
        "In preparation for the summit, Ilona Brenn paid a visit to the office of Prime Minister Oren Vask, "
        "Dario Keln, the deputy state secretary heading the Press Office of the Prime Minister informed"
    )
    assert_statements(body, [
        ("Dario Keln", "indirect",
         "Also on Monday, the palace remains busy; Prime Minister Oren Vask first received former chancellor "
         "Ivo Marr, Dario Keln, the Prime Minister’s press chief informed the national news agency KNA."),
        ("Dario Keln", "indirect",
         "In preparation for the summit, Ilona Brenn paid a visit to the office of Prime Minister Oren Vask, "
         "Dario Keln, the deputy state secretary heading the Press Office of the Prime Minister informed"),
    ], title=TITLE)


def test_an_office_read_whole_after_a_fronted_phrase_stays_the_subject():
    """Guard (styles11 namora_presidency): "In his remarks to the Ambassador-designate …, H.E. Mr. X, the Head of
    State said: “…”": the office reaches the verb, it is the clause's own subject; the name before it is the one
    spoken to."""
    body = (
        "President Ilona Brenn received the Ambassador-designate of Vaernholm, Mr. Anders Lykke.\n\n"
        "In his remarks to the Ambassador-designate of Vaernholm, Mr. Anders Lykke, the Head of State said: "
        "“Our two nations share a commitment to peace.”"
    )
    assert_statements(body, [
        ("Ilona Brenn", "direct", "Our two nations share a commitment to peace."),
    ], title="President Brenn receives the Ambassador-designate of Vaernholm")


def test_a_unit_of_the_prime_ministers_office_is_a_body():
    """"Prime Minister Viktor Orbán consulted with his EU counterparts as part of a video conference …, the
    Communications Division of the Prime Minister informed the Hungarian news agency MTI.": a unit of the office,
    as "the Press Office of the Prime Minister" is, speaks for no person; the Prime Minister it serves says nothing."""
    body = (
        "Prime Minister Oren Vask consulted with his counterparts as part of a video conference on Tuesday, the "
        "Communications Division of the Prime Minister informed the national news agency KNA."
    )
    assert_statements(body, [], title="Prime Minister Oren Vask had talks as part of a video conference")


def test_the_head_of_a_department_is_still_a_person():
    """Guard: "The Head of the Department of Trade, X, said …": the head of a department is a person, not the
    department."""
    body = "The Head of the Department of Trade, Ivo Marr, said that exports had grown."
    assert_statements(body, [
        ("Ivo Marr", "indirect", "The Head of the Department of Trade, Ivo Marr, said that exports had grown."),
    ], title=TITLE)


def test_where_with_no_comma_before_a_second_speaker_opens_his_clause():
    """"Mr Orbán congratulated the former US President on his campaign event in Arizona where Mr Trump said “in 2024
    we are going to take back the White House”.": "where" with no comma, right before a second named speaker's
    verb, opens that speaker's clause, as ", where" does; the first speaker's words end before it."""
    body = (
        "Prime Minister Oren Vask had a telephone conversation with former President Ivo Marr.\n\n"
        "Mr Vask congratulated the former President on his campaign event in Tarsk where Mr Marr said "
        "the party would win again next year."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask congratulated the former President on his campaign event in Tarsk"),
        ("Ivo Marr", "indirect", "Mr Marr said the party would win again next year."),
    ], title="Prime Minister Oren Vask had a telephone conversation with former President Ivo Marr")


def test_where_or_when_before_a_quotations_speaker_is_his_clause_not_the_first_report():
    """The same sentence with the second speaker's words quoted (a lower-case quotation right after "said" is direct):
    the relative "where" (or ", when") opens his attribution clause, so the first speaker's report ends before it."""
    title = "Prime Minister Oren Vask had a telephone conversation with former President Ivo Marr"
    body = (
        title + ".\n\n"
        "Mr Vask congratulated the former President on his campaign event in Tarsk where Mr Marr said "
        "“next year we are going to win again”.\n\n"
        "Mr Vask recalled the rally in Velm, when Mr Marr said: “We will build the bridge.”"
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask congratulated the former President on his campaign event in Tarsk"),
        ("Ivo Marr", "direct", "next year we are going to win again"),
        ("Oren Vask", "indirect", "Mr Vask recalled the rally in Velm"),
        ("Ivo Marr", "direct", "We will build the bridge."),
    ], title=title)


def test_where_before_the_same_speaker_or_a_pronoun_stays_one_statement():
    """Guard: "Mr Vask praised the port where he said the new terminal would open" and "… where Mr Vask said …":
    no second speaker after "where", the sentence stays the one speaker's, whole."""
    body = (
        "Prime Minister Oren Vask visited the port of Tarsk.\n\n"
        "Mr Vask praised the new quay where he said the terminal would open in May.\n\n"
        "Mr Vask later toured the old docks where Mr Vask said a museum would be built."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask praised the new quay where he said the terminal would open in May."),
        ("Oren Vask", "indirect", "Mr Vask later toured the old docks where Mr Vask said a museum would be built."),
    ], title="Prime Minister Oren Vask visited the port of Tarsk")
