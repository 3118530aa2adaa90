"""Rules from the nine-hundred-seventy-fifth held-out set (the Governor of Kakamega County, Kenya, and those who speak
at or of his meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Aron Velk of Dorvan County met the county staff at the headquarters on Monday. "


def test_now_says_is_a_statement():
    """"Kakamega County Governor X now says his Administration will deliver …" (vipasho): "now" between the subject
    and its verb, as "also". Before, nothing was read."""
    body = "Dorvan County Governor Aron Velk now says his administration will finish the county roads this year."
    assert_statements(body, [
        ("Aron Velk", "indirect",
         "Dorvan County Governor Aron Velk now says his administration will finish the county roads this year."),
    ])


def test_now_before_a_verb_that_does_not_speak_is_no_statement():
    """The guard: "now" before a verb that does not speak ("now heads") is still no statement."""
    body = _OPENING + "Governor Velk now heads the county roads committee of the assembly."
    assert_statements(body, [])


def test_discouraged_someone_from_doing_is_advice():
    """"… Odinga … discouraged the National Government from raising taxes without involving citizens …" (vipasho):
    advice against a thing, as "urged … not to". Before, no statement."""
    body = _OPENING + "Velk discouraged the national government from raising fuel taxes without consulting citizens."
    assert_statements(body, [
        ("Aron Velk", "indirect",
         "Velk discouraged the national government from raising fuel taxes without consulting citizens."),
    ])


def test_discouraged_with_no_from_clause_is_no_statement():
    """The guard: "discouraged" with no "from" and -ing form after the one advised is no statement."""
    body = _OPENING + "Velk was discouraged by the slow pace of the works at the county stadium."
    assert_statements(body, [])


def test_party_leader_who_clause_ending_in_a_person_is_the_leaders():
    """"Azimio party leader X who led a host of dignitaries from across the political divide in paying their last
    respects to Mama Y discouraged …" (vipasho): a party's name and "party" before the office open the clause, and a
    relative clause of fourteen lower-case words ends in a preposition's object; the verb is the leader's, not the
    mourned woman's. Before, given to the person named inside the clause."""
    body = ("Governor Aron Velk of Dorvan County buried his mother Mama Lina Velk on Saturday. Unity party leader Tom "
            "Brasko who led a host of dignitaries from across the political divide in paying their last respects to "
            "Mama Lina urged the national government to stop raising fuel taxes.")
    assert_statements(body, [
        ("Tom Brasko", "indirect",
         "Unity party leader Tom Brasko who led a host of dignitaries from across the political divide in paying their "
         "last respects to Mama Lina urged the national government to stop raising fuel taxes."),
    ])


def test_party_before_the_office_opens_the_clause():
    """The party rule alone: "Unity party leader X who paid his last respects to Mama Y urged …", a short clause; the
    words "Unity party" before the office open the clause as capitalised ones do. Before, the mourned woman's."""
    body = ("Governor Aron Velk of Dorvan County buried his mother Mama Lina Velk on Saturday. Unity party leader Tom "
            "Brasko who paid his last respects to Mama Lina urged the national government to stop raising fuel taxes.")
    assert_statements(body, [
        ("Tom Brasko", "indirect",
         "Unity party leader Tom Brasko who paid his last respects to Mama Lina urged the national government to stop "
         "raising fuel taxes."),
    ])


def test_a_who_clause_of_fourteen_words_ending_in_a_person():
    """The length rule alone: "Senator X who led a host of dignitaries from across the political divide in paying
    their last respects to Mama Y discouraged …", fourteen lower-case words before "to", before a verb that speaks
    only with its complement (a plain speech verb's subject is found past the clause by another reader). Before,
    eleven at most: the verb went to the mourned woman."""
    body = ("Governor Aron Velk of Dorvan County buried his mother Mama Lina Velk on Saturday. Senator Tom Brasko who "
            "led a host of dignitaries from across the political divide in paying their last respects to Mama Lina "
            "discouraged the national government from raising fuel taxes.")
    assert_statements(body, [
        ("Tom Brasko", "indirect",
         "Senator Tom Brasko who led a host of dignitaries from across the political divide in paying their last "
         "respects to Mama Lina discouraged the national government from raising fuel taxes."),
    ])


def test_lower_case_words_before_party_do_not_open_the_clause():
    """The guard: "party" after lower-case words ("the ruling party leader …" with "met" before) is no office's
    opening; a sentence where the party leader is an object stays no one's statement."""
    body = ("Governor Aron Velk of Dorvan County met the ruling party leader Tom Brasko who came from the capital with "
            "his aides.")
    assert_statements(body, [])


def test_mourned_someone_as_a_description_is_a_tribute():
    """"Governor Oparanya mourned Mama Regina as a devoted person who believed in development …" (kakamegagov): the
    dead named and what she was, a tribute voiced, as "eulogised … as". Before, only "mourned the loss/death …"."""
    body = _OPENING + "Governor Velk mourned Mama Lina Brasko as a devoted teacher who believed in education for all."
    assert_statements(body, [
        ("Aron Velk", "indirect",
         "Governor Velk mourned Mama Lina Brasko as a devoted teacher who believed in education for all."),
    ])


def test_mourned_with_no_one_named_before_as_is_no_statement():
    """The guard: "mourned as …" with no one named before "as" is no tribute."""
    body = _OPENING + "The county mourned as the cortege passed through the town on Saturday."
    assert_statements(body, [])


def test_mama_marks_a_woman_whom_he_does_not_refer_to():
    """"Mama Philomena died minutes after her arrival … He said details of the funeral would be communicated later."
    (Nairobi News): the Swahili honorific "Mama" marks a woman, so "He" is the man named before her, not her. Before,
    the mourned mother's."""
    body = ("County Secretary Tom Brasko announced the death of the governor's mother. Mama Lina Velk died "
            "minutes after her arrival at the county hospital. He said details of the funeral would be communicated "
            "later.")
    assert_statements(body, [
        ("Tom Brasko", "indirect", "County Secretary Tom Brasko announced the death of the governor's mother."),
        ("Tom Brasko", "indirect", "He said details of the funeral would be communicated later."),
    ])
