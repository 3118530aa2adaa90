"""Helper h1045 (sevenhundredninetyfifth, the Governor of Idaho as outlets print him and those he meets): a consulate's
head called "the diplomat" or "the envoy" after his office ("Consul General of X informed about … The diplomat also
spoke about …": the Consul General, as an ambassador is); and "Gov." before a name, the governor's office shortened as
US papers write it ("Gov. Brad Little met … The governor said …", "Idaho’s governor says …" with "Gov. X" named
after it: he); and a participle after a trip still to come ("the governor will lead a delegation
to …, highlighting …"): the writer's, no report."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_diplomat_after_a_consul_general_is_he():
    body = (
        "Consul General of Norlandia Tarik Velmon met with the Governor of Westmarch Ada Brenner on March 5.\n\n"
        "Consul General of Norlandia informed about Norlandia’s development after independence and added that there "
        "is great potential for trade.\n\n"
        "The diplomat also spoke about Norlandia's traditions of tolerance, noting that many faiths live in peace there."
    )
    assert_statements(body, [
        ("Tarik Velmon", "indirect",
         "Consul General of Norlandia informed about Norlandia’s development after independence and added that there "
         "is great potential for trade."),
        ("Tarik Velmon", "indirect",
         "The diplomat also spoke about Norlandia's traditions of tolerance, noting that many faiths live in peace "
         "there."),
    ])


def test_the_diplomat_is_no_consultant():
    body = (
        "Consultant Tarik Velmon met with the Governor of Westmarch Ada Brenner on March 5.\n\n"
        "The diplomat also spoke about Norlandia's traditions of tolerance."
    )
    assert_statements(body, [])


def test_the_governor_after_gov_abbreviated_is_he():
    body = (
        "Westmarch Gov. Ada Brenner met traders from Norlandia on Friday. Mr. Tarik Velmon led the traders.\n\n"
        "The governor said that her state is already seeing benefits from the visit."
    )
    assert_statements(body, [
        ("Ada Brenner", "indirect", "The governor said that her state is already seeing benefits from the visit."),
    ])


def test_a_states_governor_named_later_as_gov():
    body = (
        "Westmarch’s governor says that her state is already seeing benefits from a virtual trade mission.\n\n"
        "When travel stopped, Gov. Ada Brenner found ways to keep the lines open."
    )
    assert_statements(body, [
        ("Ada Brenner", "indirect",
         "Westmarch’s governor says that her state is already seeing benefits from a virtual trade mission."),
    ])


def test_gov_is_no_office_of_a_government():
    body = "The Gov. of Norlandia said that the road is open."
    assert_statements(body, [])


def test_a_participle_after_a_trip_to_come_is_no_report():
    body = (
        "Westmarch Gov. Ada Brenner will attend the inauguration of Norlandia’s new president.\n\n"
        "As part of her visit, the governor will lead a delegation to engage in discussions surrounding the energy "
        "sector, highlighting the state’s commitment to clean energy. This will include a reception hosted by the "
        "Ambassador."
    )
    assert_statements(body, [])


def test_a_participle_after_a_report_of_a_trip_stays_a_report():
    body = (
        "Westmarch Gov. Ada Brenner met the Ambassador of Norlandia.\n\n"
        "The governor will visit Norlandia next year, she said, stressing that trade matters."
    )
    assert_statements(body, [
        ("Ada Brenner", "indirect",
         "The governor will visit Norlandia next year, she said, stressing that trade matters."),
    ])
