"""Readings of known errors of labelled hard sets (stop 36): a refusal to comment after a person's report ("The
ministry declined to comment on his remarks.", hard34 belmora_news_agency_energy_minister_visit) is no one's
statement, not that report carried on.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Dornish Trade Minister visits Velm port"


def test_a_refusal_to_comment_does_not_carry_a_report_on():
    """"Opposition deputy Lev Marin … is on record as having said that the contract would make Belmora dependent on
    a single storage operator. The ministry declined to comment on his remarks." (hard34): the ministry refuses to
    speak; the deputy's report ends with his own sentence."""
    body = (
        "Trade Minister Ilse Varga visited the port of Velm on Friday.\n\n"
        "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said that the lease would make "
        "Dornland dependent on a single operator. The ministry declined to comment on his remarks."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said "
                                   "that the lease would make Dornland dependent on a single operator."),
    ], title=TITLE)


def test_the_report_still_goes_on_over_a_thing_done():
    """Guard: a sentence with no one acting after the report ("The lease runs for thirty years.") is still his."""
    body = (
        "Trade Minister Ilse Varga visited the port of Velm on Friday.\n\n"
        "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said that the lease would make "
        "Dornland dependent on a single operator. The lease runs for thirty years."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "Opposition deputy Tomas Brel, who had opposed the port plan in Parliament, said "
                                   "that the lease would make Dornland dependent on a single operator."),
        ("Tomas Brel", "indirect", "The lease runs for thirty years."),
    ], title=TITLE)


GOVERNOR_TITLE = "Oskar Telmann had a working meeting with Governor of the Brennik Region Yuri Halsov"


def _governor_readout(report: str, background: str = "") -> str:
    return (
        "The governor reported to the President on the socio-economic situation in the region.\n\n"
        "Yuri Halsov said that the region's farms had gathered 1.4 million tonnes of grain this year. " + report
        + "\n\n" + (background + "\n\n" if background else "")
        + "Oskar Telmann noted that the region had one of the lowest levels of unemployment in the country."
    )


def _governor_statements(*carried: str) -> list[tuple[str, str, str]]:
    return [
        ("Yuri Halsov", "indirect", "The governor reported to the President on the socio-economic situation in the "
                                    "region."),
        ("Yuri Halsov", "indirect", "Yuri Halsov said that the region's farms had gathered 1.4 million tonnes of grain "
                                    "this year."),
        *(("Yuri Halsov", "indirect", text) for text in carried),
        ("Oskar Telmann", "indirect", "Oskar Telmann noted that the region had one of the lowest levels of "
                                      "unemployment in the country."),
    ]


def test_a_thing_done_before_carries_the_report_on():
    """"Pavel Drozhin said that the region's farms had gathered 2.1 million tonnes of grain this year, …. Wage arrears
    to teachers and doctors had been paid off in full by the end of September." (hard35
    vesmar_president_meets_zalessk_governor): a past-perfect passive with no agent, the report's own tense put back."""
    body = _governor_readout("Pension arrears to miners had been paid off in full by the end of June.")
    assert_statements(body, _governor_statements("Pension arrears to miners had been paid off in full by the end of "
                                                 "June."), title=GOVERNOR_TITLE)


def test_a_person_done_to_before_is_not_the_report():
    """Guard: a past-perfect passive whose subject is a person named ("Ivan Borek had been given …") is the readout's."""
    body = _governor_readout("Ivan Borek had been given the post of deputy governor by the end of June.")
    assert_statements(body, _governor_statements(), title=GOVERNOR_TITLE)


def test_talks_under_way_with_others_carry_the_report_on():
    """"The region hopes to bring its first sugar refinery into operation next autumn …. Talks are under way with
    two foreign companies on the construction of a grain terminal on the Brenno river." (hard35
    vesmar_president_meets_zalessk_governor): talks going on now with someone else, what the governor tells of."""
    body = _governor_readout("Talks are under way with two foreign investors on the construction of a dairy plant.")
    assert_statements(body, _governor_statements("Talks are under way with two foreign investors on the construction "
                                                 "of a dairy plant."), title=GOVERNOR_TITLE)


def test_talks_held_in_the_past_are_not_the_report():
    """Guard: talks told in the past tense ("Talks were held with …") are the readout's, not the governor's."""
    body = _governor_readout("Talks were held with two foreign investors on the construction of a dairy plant.")
    assert_statements(body, _governor_statements(), title=GOVERNOR_TITLE)


def test_a_place_with_its_population_is_background():
    """"The Zalessk Region, with a population of 1.3 million, is one of the country's main agricultural areas. Its
    governor was first elected in 1996 …" (hard35 vesmar_president_meets_zalessk_governor), a paragraph after the
    governor's report: the readout's background on the place, not the report carried over."""
    body = _governor_readout("Pension arrears to miners had been paid off in full by the end of June.",
                             "The Brennik Region, with a population of 900,000, is one of the country's main farming "
                             "areas. Its governor was first elected in 2001.")
    assert_statements(body, _governor_statements("Pension arrears to miners had been paid off in full by the end of "
                                                 "June."), title=GOVERNOR_TITLE)


def test_the_regions_population_in_the_report_goes_on():
    """Guard: the population told in the predicate ("The region's population has grown to 900,000.") is the
    report's figure, carried on as before."""
    body = _governor_readout("The region's population has grown to 900,000.")
    assert_statements(body, _governor_statements("The region's population has grown to 900,000."),
                      title=GOVERNOR_TITLE)


def test_sympathy_offered_then_the_account_of_the_loss_is_narrative():
    """"The Head of State also expressed condolences over the death of Borys Kohuch from Ivano-Frankivsk region. On
    May 20, 62-year-old man lost his footing …. His body was found in Kalush, …" (three-hundred-fifty-eighth ua
    55601): sympathy offered, then the readout's own account of the loss, no one's words."""
    body = (
        "President Anna Korvel spoke with the families of those killed in the storm.\n\n"
        "“I am also a mother and I understand what a grief it is,” Anna Korvel said.\n\n"
        "The Head of State also expressed condolences over the death of Petro Malyk from Tarsk region. On May 3, the "
        "70-year-old man lost his footing on the bank of the river and fell into the water. His body was found near "
        "the dam."
    )
    assert_statements(body, [
        ("Anna Korvel", "direct", "I am also a mother and I understand what a grief it is,"),
        ("Anna Korvel", "indirect", "The Head of State also expressed condolences over the death of Petro Malyk from "
                                    "Tarsk region."),
    ], title="President Anna Korvel expressed condolences to the families of the storm's victims")


def test_a_report_still_goes_on_after_a_statement_of_content():
    """Guard: a statement with content in the same readout ("said that the government would rebuild the dam"), not
    sympathy for a loss, is still carried on by the sentence after it."""
    body = (
        "President Anna Korvel spoke with the families of those killed in the storm.\n\n"
        "“I am also a mother and I understand what a grief it is,” Anna Korvel said.\n\n"
        "The Head of State also said that the government would rebuild the dam in Tarsk region. The works will "
        "be completed by the end of the year."
    )
    assert_statements(body, [
        ("Anna Korvel", "direct", "I am also a mother and I understand what a grief it is,"),
        ("Anna Korvel", "indirect", "The Head of State also said that the government would rebuild the dam in Tarsk "
                                    "region."),
        ("Anna Korvel", "indirect", "The works will be completed by the end of the year."),
    ], title="President Anna Korvel expressed condolences to the families of the storm's victims")


HOST_TITLE = "President Lina Vorst receives the Prime Minister of Tarvel"


def test_welcomed_the_guest_at_a_place_is_hosting():
    """"President Quint welcomed the guest at the Presidential Palace. She noted that …" (hard34
    quellmark_president_receives_prime_minister_reyl): the guest received at a place, a host's act, as "welcomed him
    at the Mariinsky Palace" is; no statement."""
    body = (
        "Prime Minister of Tarvel Olaf Brenn arrived in Sarn on Tuesday for an official visit.\n\n"
        "President Vorst welcomed the guest at the Presidential Palace. She noted that trade between the two countries "
        "had grown by a fifth."
    )
    assert_statements(body, [
        ("Lina Vorst", "indirect", "She noted that trade between the two countries had grown by a fifth."),
    ], title=HOST_TITLE)


def test_welcomed_the_guests_proposal_is_still_a_statement():
    """Guard: "welcomed the guest's proposal" is a stance on a thing, still a statement."""
    body = (
        "Prime Minister of Tarvel Olaf Brenn arrived in Sarn on Tuesday for an official visit.\n\n"
        "President Vorst welcomed the guest's proposal at the Presidential Palace. She noted that trade between the "
        "two countries had grown by a fifth."
    )
    assert_statements(body, [
        ("Lina Vorst", "indirect", "President Vorst welcomed the guest's proposal at the Presidential Palace."),
        ("Lina Vorst", "indirect", "She noted that trade between the two countries had grown by a fifth."),
    ], title=HOST_TITLE)
