"""Rules from the nine-hundred-eighty-fourth held-out set (the Regional Commissioner of Morogoro, Tanzania, widened to
the Regional Commissioner of Kilimanjaro, and those at their meetings, 2017-2023): invented readouts, invented people
and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Ostra Regional Commissioner Pell Arkin toured Velm village on Monday. "


def test_issued_the_directive_when_tells_only_when_the_order_was_given():
    """"X ordered the team to … / Dr X issued the directives during his impromptu visit to …" (Daily News 2017-04-19)
    and "… / Dr X issued the directive when addressing public rallies in …" (The Guardian 2019-03-08): the order is
    the sentence before, this one only when and where it was given, as "gave the orders during …". Before, "issued the
    directive(s)" was read as an order of its own."""
    body = (_OPENING + "Dr Arkin ordered the police to arrest all people who invade the farms. "
            "Dr Arkin issued the directive when addressing a public rally in Velm village.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Dr Arkin ordered the police to arrest all people who invade the farms."),
    ])


def test_issued_directives_to_someone_stays_an_order():
    """The guard: "issued directives to X to …" (no "the", the order's content after it) tells what was ordered: his,
    as before."""
    body = _OPENING + "Dr Arkin issued directives to the district officers to survey all the farms in Velm."
    assert_statements(body, [
        ("Pell Arkin", "indirect", "Dr Arkin issued directives to the district officers to survey all the farms in "
                                   "Velm."),
    ])


def test_name_then_a_bare_office_of_a_place_with_no_closing_comma():
    """"Ibrahim X, Kilosa district land officer said all the farms had …" (The Guardian 2019-03-08): the name that opens
    the sentence speaks, its office set off after it with no article and its closing comma left out. Before, the office
    alone was read and resolved to no one (or to another holder of a like office)."""
    body = _OPENING + "Tamo Reld, Ostra district land officer said all the farms had a total of 900 acres."
    assert_statements(body, [
        ("Tamo Reld", "indirect", "Tamo Reld, Ostra district land officer said all the farms had a total of 900 "
                                  "acres."),
    ])


def test_bare_office_after_a_name_that_does_not_open_the_sentence_is_no_ones():
    """The guard: "After meeting Dr X, Ostra district land officer said …": the name before the comma is the object of
    a fronted phrase, not the clause's opener, so the bare office is not set off after it and the words are not his;
    the office alone names no one here, as before."""
    body = (_OPENING + "After meeting Dr Arkin, Ostra district land officer said the farms would be shared among the "
            "villagers.")
    assert_statements(body, [])


def test_according_to_the_places_lower_case_office():
    """"According to the Kilimanjaro regional commissioner, there are reports that …" (Daily News 2023-02-06): the
    regional commissioner's account, as "According to the regional commissioner, …" is. Before, the phrase reader
    stopped at the place ("the Kilimanjaro", a thing) and the sentence went to no one."""
    body = (_OPENING + "According to the Ostra regional commissioner, there are reports that some shops were "
            "selling alcohol during working hours.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "According to the Ostra regional commissioner, there are reports that some shops "
                                   "were selling alcohol during working hours."),
    ])


def test_according_to_the_places_newspaper_is_no_ones():
    """The guard: "According to the Ostra daily newspaper, …": the place and lower-case words end in no office, a
    text's account, no one's, as before."""
    body = _OPENING + "According to the Ostra daily newspaper, some shops were selling alcohol during working hours."
    assert_statements(body, [])


def test_gave_someone_days_to_complete_a_work():
    """"He also gave Morogoro District Council director X 12 days, up to April 20, to complete the construction of …"
    (The Citizen 2019-04-12): a deadline counted in days, an order, as "gave the plant until the end of the year to …".
    Before, no statement; and the next "He said …" went to the director named in the missed sentence."""
    body = (_OPENING + "He also gave Velm District Council director Omar Lusk 12 days, up to April 20, to complete "
            "the construction of the health centre. He said the repairs had taken a long time.")
    assert_statements(body, [
        ("Pell Arkin", "indirect", "He also gave Velm District Council director Omar Lusk 12 days, up to April 20, to "
                                   "complete the construction of the health centre."),
        ("Pell Arkin", "indirect", "He said the repairs had taken a long time."),
    ])


def test_gave_someone_days_of_leave_is_no_order():
    """The guard: "gave the workers 12 days of leave" counts days with no "to" and a verb after them: an act, no one's
    words."""
    body = _OPENING + "Dr Arkin gave the council workers 12 days of leave after the floods."
    assert_statements(body, [])


def test_wanted_the_villagers_to_do_something():
    """"Kilosa District Commissioner X wanted the villagers to take note of the RC’s directives …" (The Guardian
    2019-03-08): a request made of the public addressed, as "urged the villagers to". Before, no statement."""
    body = (_OPENING + "Velm District Commissioner Anna Toll wanted the villagers to take note of the directives and "
            "implement them.")
    assert_statements(body, [
        ("Anna Toll", "indirect", "Velm District Commissioner Anna Toll wanted the villagers to take note of the "
                                  "directives and implement them."),
    ])


def test_wanted_the_villagers_to_be_is_no_request():
    """The guard: "wanted the villagers to be …" (a wish about them, "to be"): no one's words, as before."""
    body = _OPENING + "The council wanted the villagers to be resettled before the rains."
    assert_statements(body, [])
