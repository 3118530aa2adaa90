"""Helper h891 (sixhundredseventysecond, the SAARC Secretariat's Secretaries-General and their hosts): a title-case
headline's bare verb after an office of a body ("Secretary General Of KARC Send Congratulatory Message To …",
titles._bare_verb_after_office); an office of a body written out in full that opens its sentence, no article, a comma
and the holder's name after it ("Secretary General of the Kessland Association for Regional Cooperation (KARC),
Toren Valdy called on …", name_offices._OPENING_OFFICE_REACH); an office in apposition closed by where the meeting
took place right after its body's initials in brackets ("…, Secretary-General of … (KARC) at the Ministry …",
name_offices._WHERE_OR_WHEN_AFTER_INITIALS); an office and its body's initials with no "of" ("The Secretary-General
KARC thanked …", name_registry._resolve); "the dignitary" the last one in office who spoke, as "the official"
(name_registry._resolve)."""

from .test_patterns import assert_statements

LETTER = (
    "Toren Valdy, Secretary General of KARC, felicitated Ilsa Marvo on her appointment as the Prime Minister.\n\n"
    "In his letter to the Prime Minister, the Secretary General said, “Your appointment reflects the trust of "
    "the people.”\n\n"
    "The Secretary General expressed the hope that the summit will be convened soon."
)


def test_a_bare_headline_verb_after_an_office_of_a_body_parts_the_run():
    assert_statements(
        LETTER,
        [("Toren Valdy", "indirect", "Toren Valdy, Secretary General of KARC, felicitated Ilsa Marvo on her "
                                     "appointment as the Prime Minister."),
         ("Toren Valdy", "direct", "Your appointment reflects the trust of the people."),
         ("Toren Valdy", "indirect", "The Secretary General expressed the hope that the summit will be convened soon.")],
        title="Secretary General Of KARC Send Congratulatory Message To New Prime Minister",
    )


def test_a_name_after_an_office_of_a_body_in_a_title_is_kept():
    """Guard: a name's word after an office of a body is no bare verb ("Minister of Foreign Affairs Anna Meet Visits …")."""
    assert_statements(
        "The Minister stressed that the two countries are close partners.",
        [("Anna Meet", "indirect", "The Minister stressed that the two countries are close partners.")],
        title="Minister of Foreign Affairs Anna Meet Visits Tarvik Port",
    )


OPENING = ("Secretary General of the Kessland Association for Regional Cooperation (KARC), Toren Valdy called on "
           "Minister for Foreign Affairs Ilsa Marvo at the latter’s office today.\n\n")


def test_a_long_opening_office_of_a_body_is_the_named_holders():
    assert_statements(
        OPENING + "On the occasion the KARC Secretary General congratulated Marvo on her assumption of the office.",
        [("Toren Valdy", "indirect", "On the occasion the KARC Secretary General congratulated Marvo on her "
                                     "assumption of the office.")],
    )


def test_a_long_opening_phrase_is_no_office():
    """Guard: an opening that is no office ("In the Kessland Association …") gives the name after it none."""
    assert_statements(
        "In the Kessland Association for Regional Cooperation and Development Programme, Toren Valdy called on "
        "Minister for Foreign Affairs Ilsa Marvo today.\n\n"
        "The KARC Secretary General congratulated Marvo on her assumption of the office.",
        [],
    )


RECEIVED = ("Foreign Minister Anna Brel received Mr. Toren Valdy, Secretary-General of the Kessland Association for "
            "Regional Cooperation (KARC) at the Ministry of Foreign Affairs today. The Foreign Minister reaffirmed "
            "Tarvia’s commitment to the KARC Charter. ")


def test_an_apposition_closed_after_its_bodys_initials_by_where_it_took_place():
    assert_statements(
        RECEIVED + "The Secretary-General thanked the Foreign Minister for sharing her views.",
        [("Anna Brel", "indirect", "The Foreign Minister reaffirmed Tarvia’s commitment to the KARC Charter."),
         ("Toren Valdy", "indirect", "The Secretary-General thanked the Foreign Minister for sharing her views.")],
    )


def test_an_office_and_its_bodys_initials_with_no_of_is_the_holders():
    assert_statements(
        RECEIVED + "The Secretary-General KARC thanked the Foreign Minister for sharing her views.",
        [("Anna Brel", "indirect", "The Foreign Minister reaffirmed Tarvia’s commitment to the KARC Charter."),
         ("Toren Valdy", "indirect", "The Secretary-General KARC thanked the Foreign Minister for sharing her views.")],
    )


def test_an_office_at_a_body_with_no_initials_reads_as_before():
    """Guard: an office held at a body, no initials in brackets, is read as before: the one named with it speaks."""
    assert_statements(
        "Mr. Toren Valdy, Director of Planning at the Ministry of Finance, said that the budget is ready.",
        [("Toren Valdy", "indirect", "Mr. Toren Valdy, Director of Planning at the Ministry of Finance, said that "
                                     "the budget is ready.")],
    )


def test_the_dignitary_is_the_last_one_in_office_who_spoke():
    assert_statements(
        "Toren Valdy, Secretary General of KARC, called on Anna Brel, Vice President of Tarvia, today.\n\n"
        "Vice President Brel appreciated the role played by the Secretary General.\n\n"
        "The dignitary expressed the confidence that KARC will gain momentum.",
        [("Anna Brel", "indirect", "Vice President Brel appreciated the role played by the Secretary General."),
         ("Anna Brel", "indirect", "The dignitary expressed the confidence that KARC will gain momentum.")],
    )


def test_the_dignitary_after_an_unnamed_one_stays_no_ones():
    """Guard: after "a visiting dignitary" named nowhere, "the dignitary" is that one, no one the readout names."""
    assert_statements(
        "Vice President Anna Brel welcomed a visiting dignitary from Kessland today.\n\n"
        "The dignitary expressed the confidence that KARC will gain momentum.",
        [("Anna Brel", "indirect", "Vice President Anna Brel welcomed a visiting dignitary from Kessland today.")],
    )
