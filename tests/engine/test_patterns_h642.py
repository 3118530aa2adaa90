"""Rules mended by helper h642 from the four-hundred-seventy-seventh set's errors (the Government of Grenada's releases:
its Government Information Service, the Office of the Prime Minister, the Foreign Ministry): invented readouts,
invented people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_information_service_dateline_is_in_no_statement():
    """"ST. GEORGE’S, GRENADA, TUESDAY 13th June, 2017– GIS: Government senator X has praised …" (fourhundredseventyseventh
    pm-praised-unity): the place in capitals and its country, a weekday, the whole date, a dash and the service's
    initials with a colon are no one's words, so the statement opens with its speaker. Before, the dateline was the
    statement's first words."""
    body = ("ST. MARTIN’S, VERANDIA, TUESDAY 14th May, 2019– VIS: Government senator Carla Brine has praised Prime "
            "Minister Dr. Owen Lasker for consistently underscoring the importance of unity in Verandia.\n\n"
            "Senator Brine was attending a function in St. Martin’s on Thursday.")
    assert_statements(body, [
        ("Carla Brine", "indirect",
         ("Government senator Carla Brine has praised Prime Minister Dr. Owen Lasker for consistently underscoring "
          "the importance of unity in Verandia.")),
    ])


def test_an_information_service_dateline_with_an_unspaced_dash():
    """The same dateline with the month first and the initials run into the dash ("November 13, 2016 –GIS: ")."""
    body = ("PORT ELLIS, CORANIA, November 13, 2016 –CIS: Prime Minister Owen Lasker said that the new port will "
            "open next year.")
    assert_statements(body, [
        ("Owen Lasker", "indirect", "Prime Minister Owen Lasker said that the new port will open next year."),
    ])


def test_welcoming_a_new_ambassador_is_the_hosts_act():
    """"Prime Minister, Dr. the Right Honourable X on Tuesday welcomed the new Ambassador of the People’s Republic of
    China to Grenada, His Excellency Y." (fourhundredseventyseventh chinese-ambassador-courtesy-call, us-principal-officer):
    a visitor received, no thing welcomed in words, as "welcomed President Y to the White House"; and the envoy named
    so is the one "the Chinese Ambassador" means later. Before, the welcome was the host's statement, and the envoy's
    "gave assurances" went missing, his "he said" to the host."""
    body = ("Prime Minister Owen Lasker on Tuesday welcomed the new Ambassador of Norway to Verandia, His Excellency "
            "Jan Holt.\n\n"
            "Receiving the call, Prime Minister Lasker expressed a desire to see the two countries work closely "
            "together.\n\n"
            "In his response, the Norwegian Ambassador gave assurances that he will spare no effort in developing the "
            "relationship.\n\n"
            "With respect to trade, he said Norway is committed to cooperation.")
    assert_statements(body, [
        ("Owen Lasker", "indirect",
         ("Receiving the call, Prime Minister Lasker expressed a desire to see the two countries work closely "
          "together.")),
        ("Jan Holt", "indirect",
         ("In his response, the Norwegian Ambassador gave assurances that he will spare no effort in developing the "
          "relationship.")),
        ("Jan Holt", "indirect", "With respect to trade, he said Norway is committed to cooperation."),
    ])


def test_welcoming_a_new_policy_is_still_a_statement():
    """Not a visitor: "welcomed the new sanctions package" is a thing welcomed in words, a statement as before."""
    body = "Minister Carla Brine met the press on Monday. Minister Brine welcomed the new sanctions package of the Union."
    assert_statements(body, [
        ("Carla Brine", "indirect", "Minister Brine welcomed the new sanctions package of the Union."),
    ])


def test_the_new_office_before_a_styled_name_is_his():
    """"… met the new Ambassador of China, His Excellency Y." then "The Chinese Ambassador said …": "new" is no part of
    the office that the style's comma leaves to the name. Before, the office was lost and the later statement too."""
    body = ("Prime Minister Owen Lasker on Tuesday met the new Ambassador of Norway, His Excellency Jan Holt.\n\n"
            "The Norwegian Ambassador said that he will spare no effort.")
    assert_statements(body, [
        ("Jan Holt", "indirect", "The Norwegian Ambassador said that he will spare no effort."),
    ])


def test_identified_as_areas_is_a_view_stated():
    """"He identified economic empowerment of young people, security and … as areas for potential cooperation"
    (fourhundredseventyseventh us-principal-officer): what one names as the areas or priorities is said, as "cited …
    as". Before, "identified" was no speech verb."""
    body = ("Prime Minister Owen Lasker met the new envoy of Norway.\n\n"
            "Dr Lasker highlighted a number of areas where Norway can provide support. He identified employment of "
            "young people, security and the protection of borders as areas for potential cooperation.")
    assert_statements(body, [
        ("Owen Lasker", "indirect", "Dr Lasker highlighted a number of areas where Norway can provide support."),
        ("Owen Lasker", "indirect",
         ("He identified employment of young people, security and the protection of borders as areas for potential "
          "cooperation.")),
    ])


def test_identified_with_no_area_is_no_statement():
    """"The police identified the driver as a local man": no area or priority after "as", nothing said."""
    body = "Minister Carla Brine visited the site. The police identified the driver as a local man from the village."
    assert_statements(body, [])


def test_where_he_was_speaking_ends_his_report():
    """"Minister X said … . Minister X was speaking Wednesday 7 January at the installation ceremony … . Mexico has
    assumed the presidency …" (fourhundredseventyseventh celac-mexico): where he spoke is the writer's account
    resumed, and what follows it is no more of his report. Before, the country's act was carried on as his."""
    body = ("Minister Carla Brine said Verandia is acutely aware of the importance of trade. Minister Brine was "
            "speaking Wednesday 7 January at the installation ceremony in Lima. Peru has assumed the presidency for "
            "2020 from Chile, which held it in 2019.")
    assert_statements(body, [
        ("Carla Brine", "indirect", "Minister Carla Brine said Verandia is acutely aware of the importance of trade."),
    ])


def test_the_trip_he_will_lead_ends_his_report_between_two_statements():
    """"X conveyed … . Dr. X will lead a nine-man delegation to … . The purpose of the trip is to finalize agreements
    … . X said that he looks forward …" (fourhundredseventyseventh chinese-delegation): the writer's account of his
    trip, between two of his statements, is not his words. Before, the purpose of the trip was carried on as his."""
    body = ("Prime Minister Owen Lasker met on Thursday with a delegation from Japan. Prime Minister Lasker conveyed "
            "to the delegation Verandia’s deep appreciation for Japan’s support. Dr. Lasker will lead a nine-man "
            "delegation to Japan from July 7-11. The purpose of the trip is to finalize agreements with the government "
            "of Japan. Prime Minister Lasker said that he looks forward to the finalisation of the proposals.")
    assert_statements(body, [
        ("Owen Lasker", "indirect",
         "Prime Minister Lasker conveyed to the delegation Verandia’s deep appreciation for Japan’s support."),
        ("Owen Lasker", "indirect",
         "Prime Minister Lasker said that he looks forward to the finalisation of the proposals."),
    ])
