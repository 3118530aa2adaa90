"""Rules from the nine-hundred-seventy-first held-out set (the Governor of Namibia's Ohangwena Region and those who
speak at or of the Governor's meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Maro Telvik of the Ostrava Region received donations at Velsham on Friday. "


def test_a_firms_manager_in_lower_case_before_the_name_is_an_office():
    """"Speaking at the handover, national sales manager Nikanor Ruben said as part of … the company committed …" (New
    Era 2020-08-04): a firm's manager named by his office in lower case before his name, as "general manager X" and
    "country manager" already were. Before, "manager" was no office, and the sentence had no speaker."""
    body = (_OPENING + "Speaking at the handover, national sales manager Ilo Brant said the company committed "
            "N$1 million towards food parcels for the region.")
    assert_statements(body, [
        ("Ilo Brant", "indirect", "Speaking at the handover, national sales manager Ilo Brant said the company "
                                  "committed N$1 million towards food parcels for the region."),
    ])


def test_managers_in_the_plural_are_a_group():
    """The guard: "the plant's managers said …", "managers" in the plural, is a group's report, no one person's."""
    body = _OPENING + "The plant's sales managers said the company would add two more trucks."
    assert_statements(body, [])


def test_extended_an_appeal_to_someone_is_an_appeal():
    """"Ndevashiya further extended his appeal to the Ohangwena community who might still want to contribute …"
    (allAfrica 2020-08-17): an appeal made in words to its addressees, as "appealed to" and "extended his gratitude".
    Before, no statement."""
    body = _OPENING + "Telvik further extended his appeal to the Velsham community to contribute to the rebuilding."
    assert_statements(body, [
        ("Maro Telvik", "indirect",
         "Telvik further extended his appeal to the Velsham community to contribute to the rebuilding."),
    ])


def test_an_extended_appeal_deadline_is_no_statement():
    """The guard: "extended the appeal deadline" and "extended the appeal period" (an appeal in a court or a board,
    nothing said) are no statement."""
    body = _OPENING + "Telvik extended the appeal deadline to May. He also extended the appeal period by a month."
    assert_statements(body, [])


def test_who_further_said_after_a_quotations_tag_goes_on():
    """"“…,” stated the governor, who further said business people are important stakeholders …" (Namibia News
    Digest, 2020): the relative "who" with "further" or "also" and the plain "said" opens a second report of the
    quotation's speaker, as "who added that" already did. Before, only the quotation was his."""
    body = (_OPENING + "“We would create jobs through the green schemes,” stated the governor, who further said "
            "business people are important stakeholders for the region.")
    assert_statements(body, [
        ("Maro Telvik", "direct", "We would create jobs through the green schemes"),
        ("Maro Telvik", "indirect", "who further said business people are important stakeholders for the region."),
    ])


def test_who_was_accompanied_after_a_quotations_tag_is_narrative():
    """The guard: a relative "who" with no verb of saying after the tag ("who was accompanied by …") is no report."""
    body = (_OPENING + "“We would create jobs through the green schemes,” stated the governor, who was accompanied "
            "by the regional councillors.")
    assert_statements(body, [
        ("Maro Telvik", "direct", "We would create jobs through the green schemes"),
    ])
