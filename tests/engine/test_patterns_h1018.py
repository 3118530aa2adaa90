"""Helper h1018 (sevenhundredseventythird, the Governor of North Dakota as outlets print him): a person introduced by
the office they hold, "X is executive director of …", is whom the next sentence's opening pronoun goes on with ("…
. He says …"), not the last one who spoke before; a count of office-holders ("Eleven newly elected governors are …")
is a group the readout tells of, no report carried on; "He went on to say, “…”" leads a quotation in."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_person_introduced_by_an_office_is_the_next_he():
    body = (
        "TALLOW, Vesk – Vesk Gov. Dora Mell is working with the new governors of the plains.\n\n"
        "Mell says she and her neighbour are considering a joint visit to the valley.\n\n"
        "Jory Pask is executive director of the Plains Governors Council. He says Mell will welcome more new "
        "governors when she becomes chair of the council in June."
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "Mell says she and her neighbour are considering a joint visit to the valley."),
        ("Jory Pask", "indirect", "He says Mell will welcome more new governors when she becomes chair of the council "
                                  "in June."),
    ])


def test_the_office_after_was_and_an_article():
    body = (
        "Gov. Dora Mell said the bridge would open in the spring.\n\n"
        "Jory Pask was the mayor of Tallow until 2019. He said the town had waited for the bridge for years."
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "Gov. Dora Mell said the bridge would open in the spring."),
        ("Jory Pask", "indirect", "He said the town had waited for the bridge for years."),
    ])


def test_a_person_described_by_no_office_leaves_the_pronoun_alone():
    # guard: "is" before no office ("is from Tallow", "is happy") introduces no one; "He" goes on with the last
    # one who spoke
    body = (
        "Gov. Dora Mell met the delegation of Marnek in Tallow.\n\n"
        "Jory Pask said the bridge would open in the spring.\n\n"
        "Teo Vran is happy with the plan. He said the town had waited for the bridge for years."
    )
    assert_statements(body, [
        ("Jory Pask", "indirect", "Jory Pask said the bridge would open in the spring."),
        ("Jory Pask", "indirect", "He said the town had waited for the bridge for years."),
    ])


def test_a_count_of_office_holders_is_no_report_carried_on():
    # a count, lower-case words, then office-holders as the subject: a group the readout tells of, not the words of
    # the one who spoke before ("Eleven governors are …" already so, the phrase reader's group)
    body = (
        "Gov. Dora Mell met the plains governors in Tallow.\n\n"
        "Jory Pask is executive director of the Plains Governors Council. He says Mell will welcome more new "
        "governors when she becomes chair of the council in June. Eleven newly elected governors are part of the "
        "council’s footprint."
    )
    assert_statements(body, [
        ("Jory Pask", "indirect", "He says Mell will welcome more new governors when she becomes chair of the "
                                  "council in June."),
    ])


def test_a_count_of_things_still_carries_the_report_on():
    # guard: a counted thing after a report ("Three new plants were opened …") is still the report's figure
    body = (
        "Gov. Dora Mell met the plains governors in Tallow.\n\n"
        "Jory Pask, the head of the Tallow region, reported on the economy. Three new plants were opened in the "
        "region last year."
    )
    assert_statements(body, [
        ("Jory Pask", "indirect", "Jory Pask, the head of the Tallow region, reported on the economy."),
        ("Jory Pask", "indirect", "Three new plants were opened in the region last year."),
    ])


def test_went_on_to_say_leads_a_quotation_in():
    # "He went on to say, “…”": the lead-in belongs to no statement, the quotation is his direct statement
    body = (
        "Gov. Dora Mell is in Vesk on a trade mission with state and business leaders.\n\n"
        "In a statement, Governor Mell called Vesk an important trade partner. She went on to say, “This mission "
        "aims to strengthen that relationship.”"
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "In a statement, Governor Mell called Vesk an important trade partner."),
        ("Dora Mell", "direct", "This mission aims to strengthen that relationship."),
    ])


def test_went_on_to_say_that_is_still_a_report():
    # guard: "went on to say that …" with no quotation stays the whole sentence, an indirect statement
    body = (
        "Gov. Dora Mell is in Vesk on a trade mission with state and business leaders.\n\n"
        "Mell called Vesk an important trade partner. She went on to say that the mission would open new markets."
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "Mell called Vesk an important trade partner."),
        ("Dora Mell", "indirect", "She went on to say that the mission would open new markets."),
    ])


def test_went_on_to_say_before_a_colon_is_no_statement_either():
    body = (
        "Gov. Dora Mell is in Vesk on a trade mission with state and business leaders.\n\n"
        "In a statement, Governor Mell called Vesk an important trade partner. She went on to say: “This mission "
        "aims to strengthen that relationship.”"
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "In a statement, Governor Mell called Vesk an important trade partner."),
        ("Dora Mell", "direct", "This mission aims to strengthen that relationship."),
    ])
