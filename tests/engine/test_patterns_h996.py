"""Helper h996 (sevenhundredfiftyfifth, the Chief Minister of Balochistan as Pakistani outlets print him): a courtesy
call's headline in title case, "X Calls On Y", parted at its verb as "X Meets Y" is (titles._HEADLINE_VERBS); and the
province after an office in a headline, "… Calls On CM Balochsitan" over a body's "Balochistan Chief Minister Name",
the office's place and no one's name, even misspelt (name_registry._the_offices_place_in_body)."""

from .test_patterns import assert_statements


def test_calls_on_parts_the_guest_from_the_host():
    # without the verb the title read one person "Westmark", the governor, who took "The governor assured …"
    assert_statements(
        "Eastland Governor Tomas Brell called on Westmark Chief Minister Ravi Dalton at his office on Tuesday.\n\n"
        "Ravi Dalton said relations between the provinces had grown.\n\n"
        "The governor assured that he would help the students of Westmark.",
        [("Ravi Dalton", "indirect", "Ravi Dalton said relations between the provinces had grown."),
         ("Tomas Brell", "indirect", "The governor assured that he would help the students of Westmark.")],
        title="Eastland Governor Calls On Chief Minister Westmark")


def test_province_after_the_office_in_the_title_is_no_one():
    # the headline's misspelt province ("Westmrak") had made one person who took the body's "The Chief Minister"
    for place in ("Westmrak", "Westmark"):
        assert_statements(
            "Northland Ambassador Ana Kero called on Westmark Chief Minister Ravi Dalton on Friday.\n\n"
            "The Chief Minister said that the province welcomed investment.\n\n"
            "The Ambassador said that her country would help.",
            [("Ravi Dalton", "indirect", "The Chief Minister said that the province welcomed investment."),
             ("Ana Kero", "indirect", "The Ambassador said that her country would help.")],
            title=f"Northland Envoy Calls On CM {place}")


def test_title_surname_the_body_writes_as_a_name_is_kept():
    # guard: the title's lone word after the office is the body's chief minister's surname, not a place before an office
    assert_statements(
        "Northland Ambassador Ana Kero called on Chief Minister Ravi Dalton on Friday.\n\n"
        "Dalton said that the province welcomed investment.",
        [("Ravi Dalton", "indirect", "Dalton said that the province welcomed investment.")],
        title="Northland Envoy Calls On CM Dalton")


def test_title_surname_absent_from_the_body_still_names_the_host():
    # guard: "President Varo" in the title only, another president named in the body: the bare office stays Varo's
    assert_statements(
        "The two leaders discussed the economy.\n\n"
        "The Northland President said that the talks with Eastland President Rolf Amsel had been useful.",
        [("Varo", "indirect", "The Northland President said that the talks with Eastland President Rolf Amsel had "
          "been useful.")],
        title="President Varo met with Prime Minister Ilse Kant")


def test_place_then_office_with_no_article_in_a_readout_naming_no_one():
    # Pakistani papers drop the article: "Westmark Chief Minister congratulated …", as "The Westmark Chief Minister …"
    assert_statements(
        "QUETTA: Westmark Chief Minister congratulated the people of Eastland on their national day.\n\n"
        "He said that the friendship between the two was the guarantor of peace.",
        [("The Westmark Chief Minister", "indirect", "QUETTA: Westmark Chief Minister congratulated the people of "
          "Eastland on their national day."),
         ("The Westmark Chief Minister", "indirect", "He said that the friendship between the two was the guarantor "
          "of peace.")],
        title="Minister lauds friendship")


def test_place_then_office_with_no_article_when_someone_is_named_stays_his():
    # guard: a readout that names the chief minister: the bare "Westmark Chief Minister" is he, no unnamed holder
    assert_statements(
        "Westmark Chief Minister Ravi Dalton met the Eastland envoy on Monday.\n\n"
        "Westmark Chief Minister said that the province welcomed investment.",
        [("Ravi Dalton", "indirect", "Westmark Chief Minister said that the province welcomed investment.")],
        title="Envoy meets Chief Minister")


def test_saying_that_with_no_comma_goes_on_with_the_clauses_subject():
    # "took a keen interest in … saying that …": the participle and its "that" are the subject's, as ", saying that"
    assert_statements(
        "Northland Ambassador Ana Kero called on Chief Minister Ravi Dalton on Friday.\n\n"
        "The Northland Ambassador took a keen interest in the business opportunities saying that the province is set "
        "to attract investment.",
        [("Ana Kero", "indirect", "The Northland Ambassador took a keen interest in the business opportunities saying "
          "that the province is set to attract investment.")])


def test_with_a_noun_saying_that_stays_no_ones():
    # guard: "with reports saying that …": the reports' words, no one's
    assert_statements(
        "Northland Ambassador Ana Kero called on Chief Minister Ravi Dalton on Friday.\n\n"
        "The visit came with reports saying that the port would open soon.",
        [])
