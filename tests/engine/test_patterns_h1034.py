"""Helper h1034 (sevenhundredeightyfifth, the Chief Minister of Arunachal Pradesh as outlets print him): "The Union
Minister" after "Union Health Minister X" is that minister, India's central government's of any portfolio, never the
Chief Minister; "The Arunachal CM" after "Arunachal Pradesh Chief Minister X" is he, the state's two-word name
shortened to its first word; "felicitated" guests with no occasion named is a host's honour, no words, while
"felicitated X on his appointment" still speaks."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_union_minister_is_the_union_minister_of_a_portfolio():
    body = (
        "Chief Minister Arun Velkar met Union Health Minister Tomas Reyna in Dorvel on Monday.\n\n"
        "Velkar sought support for the health infrastructure of the state.\n\n"
        "The Union Minister assured all possible support to the State."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect", "Velkar sought support for the health infrastructure of the state."),
        ("Tomas Reyna", "indirect", "The Union Minister assured all possible support to the State."),
    ])


def test_the_union_minister_is_never_the_chief_or_prime_minister():
    body = (
        "Chief Minister Arun Velkar met Prime Minister Tomas Reyna in Dorvel on Monday.\n\n"
        "The Union Minister assured all possible support to the State."
    )
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker in ("Arun Velkar", "Tomas Reyna")] == []


def test_a_portfolio_minister_is_still_not_another_portfolios():
    body = (
        "Chief Minister Arun Velkar met Union Health Minister Tomas Reyna in Dorvel on Monday.\n\n"
        "The Defence Minister said the border roads would be built."
    )
    result = run(body)
    assert [s.speaker for s in result.statements if s.speaker in ("Arun Velkar", "Tomas Reyna")] == []


def test_a_states_two_word_name_shortened_before_its_office():
    body = (
        "ITANAGAR: Sorvia Pradesh Chief Minister Arun Velkar held discussions with Tomas Reyna and a delegation "
        "from Marnek.\n\n"
        "The Sorvia CM also stressed the significance of deepening ties with global partners."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect",
         "The Sorvia CM also stressed the significance of deepening ties with global partners."),
    ])


def test_guests_felicitated_with_no_occasion_is_an_honour_done():
    body = (
        "A delegation led by Minister Tomas Reyna called on Chief Minister Arun Velkar on Monday in Dorvel.\n\n"
        "Velkar said the region is making rapid progress in air and road connectivity.\n\n"
        "Later Velkar felicitated all the delegates that comprised of members of the council."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect", "Velkar said the region is making rapid progress in air and road connectivity."),
    ])


def test_felicitated_on_an_occasion_still_speaks():
    body = (
        "Minister Tomas Reyna called on Chief Minister Arun Velkar on Monday in Dorvel.\n\n"
        "Later Velkar felicitated Reyna on his appointment as the minister of the council."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect", "Later Velkar felicitated Reyna on his appointment as the minister of the council."),
    ])


def test_a_part_of_the_day_between_the_subject_and_its_first_verb():
    """Before, "X late in the evening called on Y and apprised him on …" was no one's: the subject's verb not found
    past "late in the evening", the verb after "and" left without a subject; as "X late in the evening apprised Y …"."""
    body = (
        "Chief Minister Arun Velkar late in the evening called on Union Environment Minister Tomas Reyna and "
        "apprised him on various forest related issues of the state.\n\n"
        "Velkar in the morning told reporters that the talks had gone well."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect", "Chief Minister Arun Velkar late in the evening called on Union Environment "
                                    "Minister Tomas Reyna and apprised him on various forest related issues of the state."),
        ("Arun Velkar", "indirect", "Velkar in the morning told reporters that the talks had gone well."),
    ])


def test_a_part_of_the_day_before_a_narrative_verb_stays_narrative():
    body = (
        "Chief Minister Arun Velkar late in the evening called on Union Environment Minister Tomas Reyna.\n\n"
        "Velkar in the morning visited the forest school of Dorvel."
    )
    assert_statements(body, [])
