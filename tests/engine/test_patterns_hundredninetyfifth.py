"""Rules from the hundred-ninety-fifth held-out set (en.kremlin.ru, July 2003): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_courier_conveying_the_message_is_no_speaker_of_it():
    """"On President Putin’s instructions, Georgy Poltavchenko, a Presidential Envoy to the Central Federal District,
    conveyed the message to the Lithuanian President." / "The message said, in part:" / “…” (28993): the envoy hands
    over the title's sender's message; he says nothing, and the quoted message is the sender's. Before, the envoy's
    sentence was his statement and the message his words."""
    title = "President Arvel Dunmore sent a congratulatory message to President Lina Varga of Normia on National Day"
    body = ("On President Dunmore’s instructions, Ivo Castel, a Presidential Envoy to the Northern District, conveyed the "
            "message to the Normian President.\n\n"
            "The message said, in part:\n\n"
            "“The long history of our nations has many pages of friendship.")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "The long history of our nations has many pages of friendship."),
    ], title=title)


def test_conveying_a_message_of_support_or_with_its_content_is_still_a_statement():
    """The guard: "conveyed a message of support to …", "conveyed greetings to …" and "conveyed a message to X that …"
    say something; only a bare "conveyed the message to <addressee>." is a courier's act."""
    body = ("Ivo Castel conveyed a message of support to the people of Normia. He conveyed a message to the Normian "
            "President that the border talks would resume in May.")
    assert_statements(body, [
        ("Ivo Castel", "indirect", "Ivo Castel conveyed a message of support to the people of Normia."),
        ("Ivo Castel", "indirect",
         "He conveyed a message to the Normian President that the border talks would resume in May."),
    ])


def test_pointed_to_prospects_with_no_determiner_is_a_statement():
    """"Speaking about bilateral relations in general, President Putin pointed to good development prospects for
    inter-state ties not only in the economy, but also in culture." (29027): a point made, as "pointed to the
    prospects"; an adjective or two, no determiner. Before, nothing."""
    body = ("President Arvel Dunmore met with President Lina Varga of Normia.\n\n"
            "Speaking about bilateral relations in general, President Dunmore pointed to good development prospects "
            "for ties in trade and culture.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Speaking about bilateral relations in general, President Dunmore pointed to good development prospects "
         "for ties in trade and culture."),
    ])


def test_pointed_to_a_place_is_no_statement():
    """The guard: "pointed to the map", "pointed to the door" make no point; only the nouns of a point made
    ("prospects", "progress", "the need" …) are read after "pointed to"."""
    body = ("President Arvel Dunmore visited the harbour.\n\n"
            "President Dunmore pointed to the new pier on the map. The guide pointed to old warehouses along the quay.")
    assert_statements(body, [])


def test_a_dated_background_paragraph_between_two_of_ones_statements_is_not_theirs():
    """"He pointed to progress in solving it and expressed the hope that …" / "In July 2002, in the responsibility area
    of the Swiss air navigation service Skyguide, a Tu-154 of Bashkir Airline and a cargo Boeing-757 collided in
    mid-air, killing 69 passengers on the Russian plane, including 52 children." / "Speaking about bilateral relations
    in general, President Putin pointed to …" (29027): the dated paragraph is the readout's background, not carried on
    between his two paragraphs."""
    body = ("President Arvel Dunmore met with President Lina Varga of Normia.\n\n"
            "Opening the talks, President Dunmore said that the ferry accident was the only problem between the two "
            "countries.\n\n"
            "In May 2001, two ferries collided in the strait, killing 40 passengers.\n\n"
            "President Dunmore also said that the visit would give an added impetus to cooperation.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Opening the talks, President Dunmore said that the ferry accident was the only problem between the two "
         "countries."),
        ("Arvel Dunmore", "indirect",
         "President Dunmore also said that the visit would give an added impetus to cooperation."),
    ])


def test_an_undated_paragraph_between_two_of_ones_statements_still_carries_them_on():
    """The guard: a paragraph with no time of its own between two of one person's paragraphs still carries their
    words on ("…, President X said at a meeting." / "The ports are playing an increasingly important part …" /
    "The President also noted …")."""
    body = ("President Arvel Dunmore met with President Lina Varga of Normia.\n\n"
            "Trade between the two countries is growing fast, President Dunmore said.\n\n"
            "The ports are playing an increasingly important part in this trade.\n\n"
            "The President also noted that the visit would give an added impetus to cooperation.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Trade between the two countries is growing fast, President Dunmore said."),
        ("Arvel Dunmore", "indirect", "The ports are playing an increasingly important part in this trade."),
        ("Arvel Dunmore", "indirect",
         "The President also noted that the visit would give an added impetus to cooperation."),
    ])


def test_pressing_a_button_on_a_console_is_no_statement():
    """"At the official ceremony of putting the plant into operation, President Putin pressed the start button on the
    hydropower plant’s central console." (29009): an act; "pressed … on" speaks only with a person pressed (a
    capitalised name), which the case-blind complement read in "the start button". Before, a statement."""
    body = ("President Arvel Dunmore opened the new power plant.\n\n"
            "At the ceremony, President Dunmore pressed the start button on the plant’s central console.")
    assert_statements(body, [])


def test_pressing_a_named_person_on_a_matter_is_still_a_statement():
    """The guard: "pressed President Varga on the border question" presses a person for an answer, a statement."""
    body = ("President Arvel Dunmore met with President Lina Varga of Normia.\n\n"
            "President Dunmore pressed President Varga on the border question.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore pressed President Varga on the border question."),
    ])


def test_an_attribution_inside_a_sentence_that_goes_on_with_but_takes_all_of_it():
    """"The launch of the Bureyskaya plant also offered a chance to build up the export potential, the President said,
    but that was not the main thing." (29010): "offered" has a thing for its subject; the President's closing "said"
    governs the sentence, and "but that was not …" goes on with his words. Before, only "the President said, but …"."""
    title = "President Arvel Dunmore chaired a meeting on power supplies"
    body = ("President Dunmore said that the new plant was ready.\n\n"
            "The launch of the plant also offered a chance to build up the export potential, the President said, but "
            "that was not the main thing.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "President Dunmore said that the new plant was ready."),
        ("Arvel Dunmore", "indirect",
         "The launch of the plant also offered a chance to build up the export potential, the President said, but "
         "that was not the main thing."),
    ], title=title)


def test_much_depends_carries_on_a_report():
    """"Mr Putin noted that increasing the country’s GDP is more than just an economic objective. Much depends on
    effective state management, on having qualified and professional civil servants and …" (29026): "Much" opens the
    sentence capitalised, a quantity, no one's name; the sentence carries his report on. Before, nothing."""
    body = ("President Arvel Dunmore met with regional governors.\n\n"
            "Mr Dunmore noted that growth is more than just an economic objective. Much depends on effective state "
            "management and on qualified civil servants.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Mr Dunmore noted that growth is more than just an economic objective."),
        ("Arvel Dunmore", "indirect",
         "Much depends on effective state management and on qualified civil servants."),
    ])


def test_a_named_person_after_a_report_still_acts():
    """The guard: a capitalised name the readout knows after the report is someone acting, not a quantity
    ("Castel then presented the plan." after "Mr Dunmore noted that …")."""
    body = ("President Arvel Dunmore met with Governor Ivo Castel.\n\n"
            "Mr Dunmore noted that growth is more than just an economic objective. Castel then presented the plan.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect", "Mr Dunmore noted that growth is more than just an economic objective."),
    ])
