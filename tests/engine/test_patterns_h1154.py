"""Rules from the eight-hundred-eightieth held-out set (the Chief Ministers of Nepal's provinces and those who speak at
or of their meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "Zarnian Ambassador Tomas Velk paid a courtesy call on Chief Minister Piet Varo of Orland Province today. "


def test_a_heads_personal_secretary_with_the_engineers_style_names_the_speaker():
    """"The meeting focused on …, said CM Pandey's chief personal secretary engineer Umesh Rupakheti." (nepalnewsgazette
    2022-06-05): a head's "personal" secretary is an office, and the lower-case "engineer" before the name a style, so
    the name after them is the speaker's, and the "he said" after it is his. Before, the first sentence was no one's
    and the second the mayor's."""
    body = ("A meeting between Mayor Anton Brisk of Velmar City and Chief Minister Piet Varo of Orland Province took "
            "place today. The meeting focused on waste management and service delivery, said CM Varo's chief personal "
            "secretary engineer Lina Mord. Other subjects included collaboration in the days to come, he said.")
    assert_statements(body, [
        ("Lina Mord", "indirect", "The meeting focused on waste management and service delivery, said CM Varo's chief "
                                  "personal secretary engineer Lina Mord."),
        ("Lina Mord", "indirect", "Other subjects included collaboration in the days to come, he said."),
    ])


def test_a_private_secretary_likewise():
    """The same with "private secretary" and no style."""
    body = ("A meeting between Mayor Anton Brisk of Velmar City and Chief Minister Piet Varo of Orland Province took "
            "place today. The meeting focused on waste management, said CM Varo's private secretary Lina Mord.")
    assert_statements(body, [
        ("Lina Mord", "indirect", "The meeting focused on waste management, said CM Varo's private secretary Lina Mord."),
    ])


def test_the_private_sector_is_no_one():
    """The guard: "private" before a noun that is no office ("the private sector") names no one, as before."""
    body = (_CALL + "The private sector welcomed the plan. Chief Minister Varo said the province wants more investment.")
    assert_statements(body, [
        ("Piet Varo", "indirect", "Chief Minister Varo said the province wants more investment."),
    ])


def test_citing_that_before_the_lead_in_is_the_speakers_report():
    """"Citing that it was a celebratory moment that Nepal-America friendship has completed 75 years, ambassador Thompson
    said, "…," said envoy Thompson." (risingnepal 2023-03-31): "citing that", as "noting that", opens the speaker's own
    report before his lead-in, though the quotation is tagged again after it. Before, only the quotation was his."""
    body = (_CALL + "Citing that it was a proud moment that the friendship has completed 75 years, ambassador Velk said, "
            "\"We want to help the province to upgrade its roads,\" said envoy Velk.")
    assert_statements(body, [
        ("Tomas Velk", "indirect", "Citing that it was a proud moment that the friendship has completed 75 years"),
        ("Tomas Velk", "direct", "We want to help the province to upgrade its roads"),
    ])


def test_stating_that_before_a_plain_lead_in():
    """"Stating that …, X said, “…”" with one tag: the participle's clause the speaker's, as "Noting that" was."""
    body = (_CALL + "Stating that the friendship has completed 75 years, ambassador Velk said, "
            "“We want to help the province to upgrade its roads.”")
    assert_statements(body, [
        ("Tomas Velk", "indirect", "Stating that the friendship has completed 75 years"),
        ("Tomas Velk", "direct", "We want to help the province to upgrade its roads."),
    ])


def test_citing_a_thing_before_the_lead_in_stays_a_lead_in():
    """The guard: "Citing the 75 years of friendship," puts a thing forward, no that-clause: the lead-in only, no
    report of its own, as before."""
    body = (_CALL + "Citing the 75 years of friendship, ambassador Velk said, "
            "\"We want to help the province to upgrade its roads,\" said envoy Velk.")
    assert_statements(body, [
        ("Tomas Velk", "direct", "We want to help the province to upgrade its roads"),
    ])


def test_indicated_potential_collaboration_is_a_statement():
    """"The visiting Chinese leader, Zhang Zhichuan, indicated potential collaboration in sectors such as …"
    (nepalnewsgazette 2025-08-26): the joint work a side says may be done, as "indicated readiness to". Before, no
    one's."""
    body = ("Chief Minister Piet Varo met a visiting Zarnian delegation led by Deputy Speaker Tomas Velk today. "
            "The visiting leader, Tomas Velk, indicated potential collaboration in sectors such as tourism and "
            "technical education. Deputy Speaker Velk also indicated the possibility of further investment in roads.")
    assert_statements(body, [
        ("Tomas Velk", "indirect", "The visiting leader, Tomas Velk, indicated potential collaboration in sectors such "
                                   "as tourism and technical education."),
        ("Tomas Velk", "indirect", "Deputy Speaker Velk also indicated the possibility of further investment in roads."),
    ])


def test_indicated_potential_risks_stays_narrative():
    """The guard: "indicated potential risks" names no work together: no statement, as before."""
    body = ("Chief Minister Piet Varo met a visiting Zarnian delegation led by Deputy Speaker Tomas Velk today. "
            "Deputy Speaker Velk indicated potential risks in the sector.")
    assert_statements(body, [])


def test_identified_as_a_common_thread_before_said_and_a_quotation():
    """"CM Pokharel identified Buddhist culture as a common thread linking Nepal and China and said, “…”"
    (thehimalayantimes 2020-01-15): what ties two sides, named as such, a view stated; the report ends before "and
    said". Before, only the quotation was his."""
    body = (_CALL + "During talks, CM Varo identified shared faith as a common thread linking Zarnia and Orland and "
            "said, “Orland has been at the heart of our ties.” Ambassador Velk identified the port as the main "
            "destination for Zarnian traders.")
    assert_statements(body, [
        ("Piet Varo", "indirect", "During talks, CM Varo identified shared faith as a common thread linking Zarnia and "
                                  "Orland"),
        ("Piet Varo", "direct", "Orland has been at the heart of our ties."),
        ("Tomas Velk", "indirect", "Ambassador Velk identified the port as the main destination for Zarnian traders."),
    ])


def test_identified_a_person_as_the_driver_stays_narrative():
    """The guard: "identified the man as the driver of the car" points a person out, no tie nor goal: no statement."""
    body = (_CALL + "Chief Minister Varo identified the man as the driver of the car.")
    assert_statements(body, [])
