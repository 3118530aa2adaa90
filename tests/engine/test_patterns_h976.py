"""Helper h976 (styles52, religious leaders' offices' international meetings): a churchman or a religious leader by the
common noun, "Bishop Dr. X … The cleric, who also heads …, told the envoy …", "… the prelate replied that …", of several
prelates the one spoken of last (people `_CLERIC_WORDS`, `roles_compatible`, `_pick`'s caller); an office after "a Mass
for" or "a reception for" before a titled name, "A Mass of thanksgiving for the Apostolic Nuncio, Archbishop X, was
celebrated …", X's office, so that "the Nuncio thanked …" is he (name_offices `_held_for_the_office`)."""

from .test_patterns import assert_statements


def test_the_cleric_is_the_bishop_named_before():
    assert_statements(
        "The Chairman of the Interfaith Council, Bishop Dr. Amrel Tosvaki, hosted the envoy, Ms. Dalva Ustrenne.\n\n"
        "The cleric, who also heads the Lutheran Church, told the envoy that the camps needed teachers. "
        "Ms. Ustrenne commended the Council. "
        "Asked whether the Council would attend, the prelate replied that its members would listen first.",
        [("Amrel Tosvaki", "indirect", "The cleric, who also heads the Lutheran Church, told the envoy that the "
                                       "camps needed teachers."),
         ("Dalva Ustrenne", "indirect", "Ms. Ustrenne commended the Council."),
         ("Amrel Tosvaki", "indirect", "Asked whether the Council would attend, the prelate replied that its members "
                                       "would listen first.")])


def test_the_prelate_of_two_is_the_one_spoken_of_last():
    assert_statements(
        "Archbishop Orvin Kessaly, the Apostolic Nuncio, attended a Mass celebrated by the Archbishop of Dunmarra, "
        "Most Rev. Telfor Brannagh.\n\n"
        "“We will miss him,” said Archbishop Brannagh. "
        "The prelate also thanked the Minister for her support.",
        [("Telfor Brannagh", "direct", "We will miss him"),
         ("Telfor Brannagh", "indirect", "The prelate also thanked the Minister for her support.")])


def test_a_minister_is_no_cleric():
    assert_statements(
        "Minister Orla Venstrand met Bishop Amrel Tosvaki.\n\n"
        "The cleric said the schools would reopen.",
        [("Amrel Tosvaki", "indirect", "The cleric said the schools would reopen.")])


def test_the_nuncio_a_mass_was_held_for_is_the_archbishop_named_after():
    assert_statements(
        "A Mass of thanksgiving for the Apostolic Nuncio, Archbishop Orvin Kessaly, was celebrated on Sunday.\n\n"
        "At the end of the Mass, the Nuncio thanked the faithful.",
        [("Orvin Kessaly", "indirect", "At the end of the Mass, the Nuncio thanked the faithful.")])


def test_a_minister_responsible_for_a_portfolio_keeps_his_office():
    assert_statements(
        "The Minister responsible for the Economy, Dr Pell Varrow, met the investors.\n\n"
        "The Minister said the budget would grow.",
        [("Pell Varrow", "indirect", "The Minister said the budget would grow.")])


def test_did_not_omit_to_express_is_an_expression():
    assert_statements(
        "Deputy Minister Orla Venstrand met His Beatitude Amrel, Patriarch of Dunmarra. "
        "Mrs. Venstrand praised the clergy. "
        "She did not omit to express to His Beatitude her condolences at the passing of the Metropolitan.",
        [("Orla Venstrand", "indirect", "Mrs. Venstrand praised the clergy."),
         ("Orla Venstrand", "indirect", "She did not omit to express to His Beatitude her condolences at the passing "
                                        "of the Metropolitan.")])


def test_what_a_report_failed_to_mention_is_no_speech():
    assert_statements(
        "Deputy Minister Orla Venstrand met the Patriarch. "
        "The report failed to mention the schools of the Patriarchate.",
        [])


def test_a_gift_offered_is_no_speech():
    assert_statements(
        "Ambassador Orla Venstrand met the Patriarch.\n\n"
        "Before taking leave, the Ambassador offered His Holiness a set of requisites on behalf of the community.",
        [])


def test_condolences_offered_are_still_speech():
    assert_statements(
        "Ambassador Orla Venstrand met the Patriarch.\n\n"
        "The Ambassador offered her condolences and offered assistance to the flood victims.",
        [("Orla Venstrand", "indirect", "The Ambassador offered her condolences and offered assistance to the flood "
                                        "victims.")])
