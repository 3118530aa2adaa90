"""Rules from the thousand-fourth held-out set (Zimbabwe's Minister of State for Provincial Affairs and Devolution for
Mashonaland East, widened to Mashonaland Central, and those who speak at or of the office, 2021-2025): invented
readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_provincial_affairs_and_devolution_office_before_its_holders_name():
    """"Minister of State for Provincial Affairs and Devolution for Mashonaland East Advocate X has assured everyone
    …" (Zimbabwe Situation 2025-03-31): one minister, the office's "and" joining two portfolios, and the quotation
    closed by "he said" after it his. Before, the capitalised "Provincial" was read as a name's word, so the phrase was
    "Provincial Affairs" and "Devolution … X", two people, a group: no statement, and "he said" pointed to no one."""
    body = ("Minister of State for Provincial Affairs and Devolution for Velmar North Tamo Reld has assured everyone "
            "across the province that their security is guaranteed.\n\n"
            "He made the remarks while addressing journalists in Ostra yesterday.\n\n"
            "“The security forces are on high alert to protect the province,” he said.")
    assert_statements(body, [
        ("Tamo Reld", "indirect", "Minister of State for Provincial Affairs and Devolution for Velmar North Tamo Reld "
                                  "has assured everyone across the province that their security is guaranteed."),
        ("Tamo Reld", "direct", "The security forces are on high alert to protect the province"),
    ])


def test_provincial_affairs_minister_and_a_named_guest_stay_a_pair():
    """The guard: "The Minister of Provincial Affairs and Mr Y discussed …": the office and another person named with
    his courtesy title after "and", two people, a group whose words are no one's, as before ("Provincial" before
    "Affairs" a portfolio's word now, the "and" still joining two people)."""
    body = ("The Minister of Provincial Affairs and Mr Pell Arkin discussed the need to repair the Velm road before "
            "the rains.")
    assert_statements(body, [])


def test_provincial_affairs_minister_after_a_name_and_comma():
    """The near shape read before and still: "X, the Velmar Provincial Affairs and Devolution Minister said …" (the
    office after the name, its portfolios joined by "and"): the name speaks."""
    body = "Tamo Reld, the Velmar Provincial Affairs and Devolution Minister said the province would open two clinics."
    assert_statements(body, [
        ("Tamo Reld", "indirect", "Tamo Reld, the Velmar Provincial Affairs and Devolution Minister said the province "
                                  "would open two clinics."),
    ])
