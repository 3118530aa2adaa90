"""Helper h912 (sixhundredeightyeighth, Liaoning's provincial and Dalian's city leaders with foreign guests, as
Dalian's government site, China Daily's provincial pages and the European Chamber print them): a person's one name
before his office in lower case ("a delegation led by Porozhanov, the ambassador of Bulgaria to China, visited …",
name_registry `_office_of_a_lone_name` / `_one_name_before_its_office`), and a quoted name of an event as the subject
of the clause reported ("Mr. Xiao said “Made in China Qatar Show 2017” is an important platform …", sentence_reading
`_a_quoted_name_as_a_subject`), and "introduced the basic conditions of <a place>" an account given, with "the" too
(lexicon, the "introduce" entry), and "It is hoped that <a named person> will …" carrying on a report, the one named
hoped of, not acting (carrying_on `_FACT_SUBJECTS`)."""

from .test_patterns import assert_statements


def test_one_name_before_its_lower_case_office_is_a_person():
    assert_statements(
        "On June 9, a delegation led by Vardanov, the ambassador of Ostria to Kelmar, visited Varno. Mayor Tolvan "
        "Reski met the delegation.\n\n"
        "Tolvan Reski welcomed the delegation.\n\n"
        "Vardanov expressed gratitude to Varno for the reception. He said that the city has left a deep impression.",
        [("Tolvan Reski", "indirect", "Tolvan Reski welcomed the delegation."),
         ("Vardanov", "indirect", "Vardanov expressed gratitude to Varno for the reception."),
         ("Vardanov", "indirect", "He said that the city has left a deep impression.")],
    )


def test_one_word_before_an_office_of_no_country_is_no_person():
    """Guard: a one-word name before "the head of the company" (no country's office) stays no one's; the host's
    report is his."""
    result = assert_statements(
        "Mayor Tolvan Reski visited a plant run by Norvik, the head of the company, in Varno.\n\n"
        "Tolvan Reski said that the plant would grow.",
        [("Tolvan Reski", "indirect", "Tolvan Reski said that the plant would grow.")],
    )
    assert all(s.speaker != "Norvik" for s in result.statements)


def test_quoted_name_of_an_event_as_the_subject_of_a_report():
    assert_statements(
        "Mayor Tolvan Reski met Ambassador Ilse Marrow.\n\n"
        "Mr. Reski said “Made in Ostria Show 2024” is an important platform for the enterprises of Varno and the "
        "city will encourage them to attend.",
        [("Tolvan Reski", "indirect", "Mr. Reski said “Made in Ostria Show 2024” is an important platform for the "
          "enterprises of Varno and the city will encourage them to attend.")],
    )


def test_a_quotation_before_is_with_no_verb_of_its_own_stays_a_quotation():
    """Guard: a whole quoted sentence after "said" and a comma stays the speaker's direct words."""
    assert_statements(
        "Mayor Tolvan Reski met Ambassador Ilse Marrow.\n\n"
        "Mr. Reski said, “Varno is ready.” The meeting was held in the city hall.",
        [("Tolvan Reski", "direct", "Varno is ready.")],
    )


def test_introduced_the_basic_conditions_of_a_place_is_an_account_given():
    assert_statements(
        "The conference was held in Varno.\n\n"
        "Ilse Marrow, vice governor of Ostria province, introduced the basic conditions of Ostria to the attendees.",
        [("Ilse Marrow", "indirect", "Ilse Marrow, vice governor of Ostria province, introduced the basic conditions of "
          "Ostria to the attendees.")],
    )


def test_introduced_the_basic_conditions_for_a_loan_says_nothing():
    """Guard: "the basic conditions for" a thing introduced (a rule set up), no account of a place."""
    result = assert_statements(
        "The conference was held in Varno.\n\n"
        "Ilse Marrow, vice governor of Ostria province, introduced the basic conditions for a new farm loan.",
        [],
    )
    assert not [s for s in result.statements if s.speaker]


def test_it_is_hoped_that_a_named_guest_will_carries_on_the_hosts_report():
    assert_statements(
        "Mayor Tolvan Reski met Consul Ilse Marrow.\n\n"
        "Tolvan Reski thanked Ilse Marrow for her work. He said that she has carried out a lot of fruitful work. It is "
        "hoped that Ms. Marrow will continue to visit Varno.",
        [("Tolvan Reski", "indirect", "Tolvan Reski thanked Ilse Marrow for her work."),
         ("Tolvan Reski", "indirect", "He said that she has carried out a lot of fruitful work."),
         ("Tolvan Reski", "indirect", "It is hoped that Ms. Marrow will continue to visit Varno.")],
    )


def test_it_is_hoped_that_with_no_report_before_is_no_ones():
    """Guard: the impersonal hope in the readout's own voice, no report before it, stays no one's."""
    result = assert_statements(
        "Mayor Tolvan Reski met Consul Ilse Marrow in Varno.\n\n"
        "It is hoped that Ms. Marrow will continue to visit Varno.",
        [],
    )
    assert not [s for s in result.statements if s.speaker]
