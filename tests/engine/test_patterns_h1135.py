"""Rules from the eighthundredsixtyfifth held-out set (the Akim of Almaty's meetings, Kazinform and Trend): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_consul_is_the_consul_general_said_short():
    """"… met with the U.S. Consul General to Kazakhstan Eric Meyer. … According to the Consul, Almaty is one of the
    leading areas …. The city is a … centre, he said." (kazinform almaty-mayor-u-s-consul-general-met): "the Consul" is
    the Consul General's office said short. Before, the office's head word was read as "general", "the Consul" found
    no one, the "According to" sentence was lost and the "he said" after it went to the mayor."""
    body = ("Mayor of Tarvik Oren Dask met with the Velorian Consul General to Kastravia Ilse Marr. The sides discussed "
            "trade.\n\n"
            "According to the Consul, Tarvik is one of the leading areas of bilateral cooperation. The city is a "
            "business and cultural centre, she said.")
    assert_statements(body, [
        ("Ilse Marr", "indirect", "According to the Consul, Tarvik is one of the leading areas of bilateral "
                                  "cooperation."),
        ("Ilse Marr", "indirect", "The city is a business and cultural centre, she said."),
    ])


def test_the_consul_is_not_a_deputy_consul_general():
    """The guard: a deputy consul general is not "the Consul" (his chief's office said short); with no consul general
    named, "According to the Consul, …" stays no one's."""
    body = ("Mayor of Tarvik Oren Dask met with the Velorian Deputy Consul General to Kastravia Ilse Marr. The sides "
            "discussed trade.\n\n"
            "According to the Consul, Tarvik is one of the leading areas of bilateral cooperation.")
    assert_statements(body, [])


def test_a_class_counted_as_a_share_carries_on_the_figures():
    """"Mr. Baibek informed that the share of Almaty in the country's GDP is 20%. The city's businesses provide 30% of
    all revenue in the state budget. Representatives of small and medium-sized enterprises provide 70% of all tax
    revenue to the republican budget." (kazinform, the mayor with Turkey's Consul General): the last sentence counts a
    class as a share of a whole, the mayor's figures going on. Before, its group subject ("Representatives") was read
    as someone acting and the report stopped there."""
    body = ("Mayor of Tarvik Oren Dask received the Velorian Consul General Ilse Marr.\n\n"
            "Mr. Dask informed that the share of Tarvik in the country's GDP is 20%. The city's businesses provide 30% "
            "of all revenue in the state budget. Representatives of small and medium-sized enterprises provide 70% of "
            "all tax revenue to the budget. In turn, the Consul General expressed her willingness to develop relations.")
    assert_statements(body, [
        ("Oren Dask", "indirect", "Mr. Dask informed that the share of Tarvik in the country's GDP is 20%."),
        ("Oren Dask", "indirect", "The city's businesses provide 30% of all revenue in the state budget."),
        ("Oren Dask", "indirect", "Representatives of small and medium-sized enterprises provide 70% of all tax "
                                  "revenue to the budget."),
        ("Ilse Marr", "indirect", "In turn, the Consul General expressed her willingness to develop relations."),
    ])


def test_a_group_that_acts_after_figures_stays_its_own():
    """The guard: a group with a verb of its own act after the figures ("Representatives of … signed …", no share
    counted) is narrative, and ends the mayor's report as before."""
    body = ("Mayor of Tarvik Oren Dask received the Velorian Consul General Ilse Marr.\n\n"
            "Mr. Dask informed that the share of Tarvik in the country's GDP is 20%. Representatives of small and "
            "medium-sized enterprises signed a memorandum with the consulate.")
    assert_statements(body, [
        ("Oren Dask", "indirect", "Mr. Dask informed that the share of Tarvik in the country's GDP is 20%."),
    ])


def test_presenting_the_concept_of_a_plan_is_said():
    """"During the talk, the governor of the region presented the concept of city’s development in accordance with
    instructions of …" (trend, the Akim of Almaty with the U.S. Deputy Chief of Mission): a plan's idea set out in
    words to the guest, as "presented his vision". Before, "presented" took no "concept" and the sentence was no one's."""
    body = ("Deputy Chief of Mission Ilse Marr met with Mayor of Tarvik Oren Dask.\n\n"
            "During the talk, Oren Dask presented the concept of the city’s development until 2030. "
            "Ilse Marr thanked him for the meeting.")
    assert_statements(body, [
        ("Oren Dask", "indirect",
         "During the talk, Oren Dask presented the concept of the city’s development until 2030."),
        ("Ilse Marr", "indirect", "Ilse Marr thanked him for the meeting."),
    ])


def test_presenting_a_concept_car_stays_an_act():
    """The guard: a "concept car" presented is a thing shown, narrative as "presented the award"."""
    body = ("Mayor of Tarvik Oren Dask visited the Velorian motor show.\n\n"
            "At the show, Oren Dask presented the concept car of the city’s new tram maker.")
    assert_statements(body, [])
