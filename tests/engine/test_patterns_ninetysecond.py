"""Patterns found by the ninety-second held-out set (benchmarks/heldout/ninetysecond/, real
president.gov.ua readouts of November 2021 - June 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_parliament_named_in_two_capitalised_words_is_no_person():
    """"the Verkhovna Rada passed …" (71401, 71421): a house of parliament by its own name, two
    capitalised words as a first and last name are, is no one, and no speaker: "The President of
    Norland" of a readout that never names him is not resolved to it. So for the other houses by
    name ("the Sejm", "the Knesset", "the Storting", …)."""
    body = ("The President of Norland proposed to the Cabinet to present a program to support farmers. "
            "Prime Minister Ostap Hrytsenko informed that the Verkhovna Rada passed a bill on farming.")
    result = run(body)
    assert [s.name for s in result.speakers] == ["Ostap Hrytsenko"]
    body = ("The Storting Folketing group and the Knesset Sejm caucus met on Monday. Speaker Anna Lis said "
            "that the Bundestag Riksdag talks went well. The President noted the Saeima Seimas reform.")
    result = run(body)
    assert [s.name for s in result.speakers] == ["Anna Lis", "The President"]


def test_the_chair_named_after_chaired_by_is_someone():
    """"This was discussed at a conference call … chaired by Volodymyr Zelenskyy." (71401): the only
    time the readout names its President, as the agent of a passive "chaired by"; one who chairs is
    a person, whom "The President" and "The Head of State" then mean, not the titled Prime Minister."""
    body = ("The President proposed to the Cabinet to present a program to support farmers. This was "
            "discussed at a meeting chaired by Taras Bondar. Prime Minister Ostap Hrytsenko informed that 300 "
            "farms had been registered. The Head of State noted that the Minister of Agriculture should report "
            "weekly.")
    assert_statements(body, [
        ("Taras Bondar", "indirect", "The President proposed to the Cabinet to present a program to support "
                                     "farmers."),
        ("Ostap Hrytsenko", "indirect", "Prime Minister Ostap Hrytsenko informed that 300 farms had been "
                                        "registered."),
        ("Taras Bondar", "indirect", "The Head of State noted that the Minister of Agriculture should report "
                                     "weekly."),
    ])


def test_an_attache_or_a_consul_is_known_by_the_title_given_with_the_name():
    """"US Defense Attaché Brittany Stewart … The US Defense Attaché announced the arrival …"
    (71393): an attaché is an office, and so is a consul general."""
    body = ("Deputy Head of the Office Ivan Koval met with Norland's Defense Attaché Mary Olsen and Consul "
            "General Piet Dros. The Defense Attaché announced the arrival of a new ship. The Consul General "
            "noted the readiness of his country to help.")
    assert_statements(body, [
        ("Mary Olsen", "indirect", "The Defense Attaché announced the arrival of a new ship."),
        ("Piet Dros", "indirect", "The Consul General noted the readiness of his country to help."),
    ])


def test_considers_an_adjective_before_its_object_is_a_view_held():
    """"Zelenskyy considers positive the fact of the conversation between …" (71929): "considers"
    with its adjective before a long object, as "considers sanctions important" is; not "considered
    possible options" (no determiner after the adjective: an act of weighing)."""
    body = ("President of Belovia Ivan Tarkov considers positive the fact of the talks between the two "
            "neighbours, one topic of which was trade. Minister Olga Rusk considered possible options for the "
            "bridge. She considered important the decision of the council.")
    assert_statements(body, [
        ("Ivan Tarkov", "indirect", "President of Belovia Ivan Tarkov considers positive the fact of the talks "
                                    "between the two neighbours, one topic of which was trade."),
        ("Olga Rusk", "indirect", "She considered important the decision of the council."),
    ])


def test_according_to_a_bill_tells_what_the_document_says():
    """"Shmyhal noted that … the Verkhovna Rada passed … a government bill to increase …. According to
    the bill, a fine … will be imposed …" (71401): what a bill, a law or a document says is the press
    office's account of it, not more of the report; "according to him" and a report one presented stay
    the reporter's."""
    body = ("Prime Minister Ostap Hrytsenko noted that on November 2, the parliament passed a government bill "
            "on farms. According to the bill, a fine of 100 euros will be imposed for forged documents. "
            "Hrytsenko also said that prices were stable. According to him, farms will pay less tax.")
    assert_statements(body, [
        ("Ostap Hrytsenko", "indirect", "Prime Minister Ostap Hrytsenko noted that on November 2, the parliament "
                                        "passed a government bill on farms."),
        ("Ostap Hrytsenko", "indirect", "Hrytsenko also said that prices were stable."),
        ("Ostap Hrytsenko", "indirect", "According to him, farms will pay less tax."),
    ])


def test_the_list_after_an_article_is_a_noun_in_a_carried_report():
    """"And even during the full-scale war, the "Diia" … portal is functioning effectively and expanding
    the list of services that Ukrainians can get online." (75813), between two statements of the
    President: "the list" is a noun, no one "lists" anything, and the sentence carries his words on."""
    body = ("The President met with journalists. \"It is important for me that we remain free,\" he said. "
            "President Ivan Tarkov also reminded that many public services have become available online. This has "
            "reduced bureaucracy. And even during the war, the portal is expanding the list of services that "
            "people can get online. \"I believe that we deserve it,\" the President stressed.")
    assert_statements(body, [
        ("Ivan Tarkov", "direct", "It is important for me that we remain free"),
        ("Ivan Tarkov", "indirect", "President Ivan Tarkov also reminded that many public services have become "
                                    "available online."),
        ("Ivan Tarkov", "indirect", "This has reduced bureaucracy."),
        ("Ivan Tarkov", "indirect", "And even during the war, the portal is expanding the list of services that "
                                    "people can get online."),
        ("Ivan Tarkov", "direct", "I believe that we deserve it"),
    ])


def test_a_day_declared_is_an_act():
    """"…, President of Ukraine Volodymyr Zelenskyy declared February 16, 2022 the Day of Unity." (72897):
    a date, a year or "a day of mourning" after "declared" is a day proclaimed (by decree), an act, no
    speech; "declared that …" and "declared his support" stay statements."""
    body = ("In order to strengthen unity, President of Norland Ivan Tarkov declared February 16, 2022 the Day of "
            "Unity. He declared 2023 the Year of Youth. Tarkov declared a day of mourning. He declared that the "
            "country was united. He declared his support for the farmers.")
    assert_statements(body, [
        ("Ivan Tarkov", "indirect", "He declared that the country was united."),
        ("Ivan Tarkov", "indirect", "He declared his support for the farmers."),
    ])


def test_figures_after_last_week_and_in_october_carry_the_report_on():
    """Shmyhal's figures in 71401, in a paragraph that opens with someone else's statement: "Last week,
    26,870 new patients were diagnosed …" (carried on: no background opener of its own, having no cue),
    "In October, 251 health facilities were added to the list of …" (a month acts not, and "were added
    to" is a passive of things, no speech) and the sentence after them all carry his report on."""
    body = ("President Taras Bondar proposed to the Cabinet to present a program to support farmers. Prime "
            "Minister Ostap Hrytsenko informed that 300 people had fallen ill over the past day. Last week, 2,870 "
            "new patients were diagnosed on a peak day. In October, 25 health facilities were added to the list "
            "of those providing care. This made it possible to expand the bed quantity by 3,000.")
    assert_statements(body, [
        ("Taras Bondar", "indirect", "President Taras Bondar proposed to the Cabinet to present a program to "
                                     "support farmers."),
        ("Ostap Hrytsenko", "indirect", "Prime Minister Ostap Hrytsenko informed that 300 people had fallen ill "
                                        "over the past day."),
        ("Ostap Hrytsenko", "indirect", "Last week, 2,870 new patients were diagnosed on a peak day."),
        ("Ostap Hrytsenko", "indirect", "In October, 25 health facilities were added to the list of those "
                                        "providing care."),
        ("Ostap Hrytsenko", "indirect", "This made it possible to expand the bed quantity by 3,000."),
    ])


def test_who_proposed_in_a_title_s_opening_phrase_is_no_guest():
    """The title "On a submission from Volodymyr Zelenskyy, the Verkhovna Rada appointed Oleksiy
    Reznikov Minister of Defense of Ukraine" (71421): the one who proposed the act is the publishing
    office's head, not a guest ("a call from X" still names one), so "The President also thanked …" is
    he, not the untitled minister named most."""
    title = "On a submission from Taras Bondar, the parliament appointed Ivan Koval Minister of Defense"
    body = ("On a submission from President of Norland Taras Bondar, the parliament appointed Ivan Koval Minister "
            "of Defense of Norland. Presenting the candidacy, Taras Bondar expressed confidence that the new "
            "minister would strengthen the army. The President also thanked Petro Lys for his work. Addressing "
            "the MPs, Ivan Koval noted that the army needed reform. Ivan Koval said that the budget would grow. "
            "Ivan Koval stressed the priority of cooperation with partners.")
    assert_statements(body, [
        ("Taras Bondar", "indirect", "Presenting the candidacy, Taras Bondar expressed confidence that the new "
                                     "minister would strengthen the army."),
        ("Taras Bondar", "indirect", "The President also thanked Petro Lys for his work."),
        ("Ivan Koval", "indirect", "Addressing the MPs, Ivan Koval noted that the army needed reform."),
        ("Ivan Koval", "indirect", "Ivan Koval said that the budget would grow."),
        ("Ivan Koval", "indirect", "Ivan Koval stressed the priority of cooperation with partners."),
    ], title=title)
