"""Rules from the nine-hundred-sixty-fifth held-out set (the Governor of Adamawa State, Nigeria, and those who speak at
or of his meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Governor of Velm State, Olek Darrow, hosted the regional forum in Tarsk on Monday.\n\n"


def test_a_statement_through_an_aide_set_off_by_commas_is_the_subjects():
    """"The Governor, through his Senior Special Assistant on New Media, Muhammed B. Tukur, said: “…”" (the Independent
    2020-11-26): the aide, named after his office between commas, carries the Governor's words, as "in a statement by
    his spokesman, X," does. Before, the aide's (the name right before "said")."""
    body = (_OPENING + "The Governor, through his Senior Special Assistant on New Media, Pell B. Arno, said: “The "
            "Governor welcomes his counterparts to the land of beauty.”\n\n"
            "Governor Darrow, through his spokesman, Pell Arno, said the talks were fruitful.")
    assert_statements(body, [
        ("Olek Darrow", "direct", "The Governor welcomes his counterparts to the land of beauty."),
        ("Olek Darrow", "indirect", "Governor Darrow, through his spokesman, Pell Arno, said the talks were fruitful."),
    ])


def test_an_aide_speaking_in_his_own_name_and_an_aside_with_no_office_are_unchanged():
    """The guards: the aide as the subject with his office after his name speaks for himself; an aside "through his
    <words>" with no office's word in it is nothing of the rule (the name after it stays the one who speaks)."""
    body = (_OPENING + "Pell Arno, the Governor’s spokesman, said the talks were fruitful.\n\n"
            "The Governor, through his efforts, Rina Sol said the roads were finished.")
    assert_statements(body, [
        ("Pell Arno", "indirect", "Pell Arno, the Governor’s spokesman, said the talks were fruitful."),
        ("Rina Sol", "indirect", "The Governor, through his efforts, Rina Sol said the roads were finished."),
    ])


def test_an_office_in_a_who_clause_after_a_preposition_is_anothers():
    """"Governor Ahmadu Umaru Fintiri, who presented Staff of Office to the new Emir, said …" (Daily Trust 2025-02-05):
    the Emir is the one the Governor gave the staff to, not an office of the Governor's; "the monarch" later is the
    Emir. Before, the Governor took "Emir" from the clause, and "the monarch" was he."""
    body = ("Alhaji Doro Kessan has been installed as Emir of Tarvo.\n\n"
            "Governor Olek Darrow, who presented Staff of Office to the new Emir, said the emirate would strengthen "
            "local governance.\n\n"
            "In his acceptance speech, the monarch expressed gratitude to Governor Darrow, promising to serve his "
            "people diligently.")
    assert_statements(body, [
        ("Olek Darrow", "indirect", "Governor Olek Darrow, who presented Staff of Office to the new Emir, said the "
         "emirate would strengthen local governance."),
        ("Doro Kessan", "indirect", "In his acceptance speech, the monarch expressed gratitude to Governor Darrow, "
         "promising to serve his people diligently."),
    ])


def test_a_who_clause_that_gives_the_name_its_office_keeps_it():
    """The guard: "who is also the Deputy Governor" (a copula, no act) gives the name its office, and "The Deputy
    Governor" later is she."""
    body = ("Governor Olek Darrow met the traders in Tarsk on Monday.\n\n"
            "Rina Sol, who is also the Deputy Governor, said the markets would reopen.\n\n"
            "The Deputy Governor added that the levies would be cut.")
    assert_statements(body, [
        ("Rina Sol", "indirect", "Rina Sol, who is also the Deputy Governor, said the markets would reopen."),
        ("Rina Sol", "indirect", "The Deputy Governor added that the levies would be cut."),
    ])


def test_an_office_taken_after_a_kinship_aside_is_the_names():
    """"Alhaji X, brother to the National Security Adviser, Mallam Y, has been installed as Emir of the newly
    established Fufore Emirate …" (Daily Trust 2025-02-05): the office after "installed as" is X's, the kinship aside
    between the name and the verb only telling who he is to Y; the body after "of the" opening in lower case. "The
    monarch" later is X. Before, no office was read and "the monarch" was no one."""
    body = ("Alhaji Doro Kessan, brother to the Defence Adviser, Mallam Pirou Kessan, has been installed as Emir of "
            "the newly established Tarvo Emirate in Velm State.\n\n"
            "Governor Olek Darrow said the emirate would strengthen local governance.\n\n"
            "In his acceptance speech, the monarch expressed gratitude to Governor Darrow, promising to serve his "
            "people diligently.")
    assert_statements(body, [
        ("Olek Darrow", "indirect", "Governor Olek Darrow said the emirate would strengthen local governance."),
        ("Doro Kessan", "indirect", "In his acceptance speech, the monarch expressed gratitude to Governor Darrow, "
         "promising to serve his people diligently."),
    ])


def test_a_kinship_aside_with_no_office_taken_gives_the_name_no_office():
    """The guard: a kinship aside then a verb that takes no office ("has been released"): the kin's office ("the
    Defence Adviser") stays the kin's, and "the Defence Adviser" later is he, not the name before the aside."""
    body = ("Alhaji Doro Kessan, brother to the Defence Adviser, Mallam Pirou Kessan, has been released by the "
            "police.\n\n"
            "In a statement, the Defence Adviser thanked the police for their work.")
    assert_statements(body, [
        ("Pirou Kessan", "indirect", "In a statement, the Defence Adviser thanked the police for their work."),
    ])


def test_gave_the_listeners_his_word_that_is_a_promise():
    """"Governor Fintiri gave the Muslim leaders his word that his administration will keep providing …" (Insight
    Northeast): a promise, as "gave assurances". Before, no statement."""
    body = _OPENING + "Governor Darrow gave the council leaders his word that the markets would reopen."
    assert_statements(body, [
        ("Olek Darrow", "indirect", "Governor Darrow gave the council leaders his word that the markets would reopen."),
    ])


def test_gave_the_word_to_a_speaker_is_no_statement():
    """The guard: "gave the word to …" (the floor handed over) is no promise."""
    body = _OPENING + "Governor Darrow gave the word to the next speaker."
    assert_statements(body, [])


def test_solicited_prayer_is_an_appeal():
    """"Bindow then solicited continued prayer for President Muhammadu Buhari …" (247ureports 2017-10-18): prayers
    asked of the listeners, as "solicited … support". Before, no statement."""
    body = (_OPENING + "Governor Darrow then solicited continued prayer for President Ivo Marr to sustain the fight "
            "against insecurity.")
    assert_statements(body, [
        ("Olek Darrow", "indirect", "Governor Darrow then solicited continued prayer for President Ivo Marr to "
         "sustain the fight against insecurity."),
    ])


def test_solicited_bids_is_no_statement():
    """The guard: "solicited bids for …" is a procurement act, no statement."""
    body = _OPENING + "Governor Darrow solicited bids for the new market."
    assert_statements(body, [])


def test_the_focal_point_of_the_discussions_is_narrative():
    """"The focal point of the discussions was the revitalization of the moribund Yola International Hotel." (Pioneer
    News 2024-07-31), between two of the Governor's reports: what the meeting was about, as "The focus of the talks
    was …", not his report carried on. Before, his."""
    body = ("During a meeting with a team from the Bureau at the Government House on Wednesday, Governor Olek Darrow "
            "emphasized the peaceful conditions in Velm.\n\n"
            "The focal point of the discussions was the revitalization of the Tarsk Hotel. Governor Darrow stressed "
            "the importance of due process.")
    assert_statements(body, [
        ("Olek Darrow", "indirect", "During a meeting with a team from the Bureau at the Government House on "
         "Wednesday, Governor Olek Darrow emphasized the peaceful conditions in Velm."),
        ("Olek Darrow", "indirect", "Governor Darrow stressed the importance of due process."),
    ])


def test_a_focal_point_named_by_the_speaker_stays_his():
    """The guard: "He said the focal point of the talks was …" has its own verb of speech: his, unchanged."""
    body = _OPENING + "Governor Darrow said the focal point of the talks was the revival of the Tarsk Hotel."
    assert_statements(body, [
        ("Olek Darrow", "indirect", "Governor Darrow said the focal point of the talks was the revival of the Tarsk "
         "Hotel."),
    ])
