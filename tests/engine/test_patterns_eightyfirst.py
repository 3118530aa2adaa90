"""Patterns found by the eighty-first held-out set (benchmarks/heldout/eightyfirst/, real
president.gov.ua readouts of March - June 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_deputy_prime_minister_and_minister_of_a_portfolio_is_one_person():
    """"According to First Deputy Prime Minister and Minister of Economy X, …": a (deputy)
    premiership and a portfolio joined by "and" before one name are one holder's two posts
    (74873), as "Senior Advisor and Infrastructure Coordinator X" is; "Minister for Foreign
    Affairs" and "Foreign Minister" are portfolios too."""
    body = ("President Anton Varga chaired a meeting on fuel supply. According to First Deputy Prime Minister "
            "and Minister of Economy Lena Kovac, work is underway to open a green corridor in the ports. "
            "Deputy Prime Minister and Foreign Minister Ivan Petrov said that the talks with the neighbours "
            "would go on.")
    assert_statements(body, [
        ("Lena Kovac", "indirect", "According to First Deputy Prime Minister and Minister of Economy Lena Kovac, "
                                   "work is underway to open a green corridor in the ports."),
        ("Ivan Petrov", "indirect", "Deputy Prime Minister and Foreign Minister Ivan Petrov said that the talks "
                                    "with the neighbours would go on."),
    ])


def test_deputy_prime_minister_and_prime_minister_stay_two_people():
    """The guard of the rule above: two premierships ("Deputy Prime Minister and Prime Minister X")
    are two holders, a group, no one's statement."""
    body = ("The meeting was held in Zolna. Deputy Prime Minister and Prime Minister Ivan Petrov discussed the "
            "budget. Minister of Finance Ana Lind said that the deficit would fall.")
    assert_statements(body, [
        ("Ana Lind", "indirect", "Minister of Finance Ana Lind said that the deficit would fall."),
    ])


def test_the_sentence_before_x_said_this_during_is_x_s():
    """"After the victory, Ukraine will build … . The President of Ukraine Volodymyr Zelenskyy said
    this during a conversation with students …": a sentence that only says where one person said
    "this" makes the lead before it that person's words, as "This was stated by X" does (76013)."""
    body = ("After the war, Norland will build a liberal state with a strong army. President of Norland Anton "
            "Varga said this during a conversation with students of foreign universities. \u201cWe no longer "
            "trust our neighbour,\u201d he explained.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "After the war, Norland will build a liberal state with a strong army."),
        ("Anton Varga", "direct", "We no longer trust our neighbour"),
    ])


def test_the_sentence_before_x_said_this_keeps_its_own_subjects():
    """The guard: the sentence before names its own actors ("X and Y discussed …"), so it is no one
    person's words."""
    body = ("President Anton Varga and Prime Minister Ivan Petrov discussed the reconstruction of the bridges. "
            "President Anton Varga said this during a visit to Zolna.")
    assert_statements(body, [])


def test_states_after_a_determiner_is_a_noun_and_the_report_goes_on():
    """"… is one of the strongest states in the world" between two statements of the President carries
    his report on: "states" after "the strongest" is a noun, no speech verb of a sentence of its own
    (74325); "X states that" stays a verb."""
    body = ("President Anton Varga spoke with the national team. The President noted that the war has lasted "
            "fifty days. Norland is one of the strongest states in the region, and its people cannot be broken. "
            "The President wished the team great victories. Minister of Sport Ivan Petrov states that the team is "
            "ready.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "The President noted that the war has lasted fifty days."),
        ("Anton Varga", "indirect", "Norland is one of the strongest states in the region, and its people cannot "
                                    "be broken."),
        ("Anton Varga", "indirect", "The President wished the team great victories."),
        ("Ivan Petrov", "indirect", "Minister of Sport Ivan Petrov states that the team is ready."),
    ])


def test_today_x_is_a_claim_carried_on_not_the_news_of_the_day():
    """"Today, Ukraine is one of the strongest …" right after "The President noted that …": what a
    thing is now, his report going on, not news of what happened today (74325); "Today, the
    President is visiting …" stays news."""
    body = ("President Anton Varga spoke with the national team. The President noted that the war has lasted "
            "fifty days. Today, Norland is stronger than ever, and its people cannot be broken. The team thanked "
            "him. Today, the President is visiting the front line.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "The President noted that the war has lasted fifty days."),
        ("Anton Varga", "indirect", "Today, Norland is stronger than ever, and its people cannot be broken."),
    ])


def test_the_agenda_of_the_talks_carries_on_no_ones_words():
    """"In addition, the agenda of the talks between the leaders … included …" after the President's
    statement: what the meeting spoke of, as "was on the agenda", not his report carried on
    (thirtythird 75845, which the "states" noun reading above would otherwise expose)."""
    body = ("President Anton Varga met with the President of Sudland Ivan Petrov. President Anton Varga noted "
            "that the cooperation had grown. In addition, the agenda of the talks between the leaders of the two "
            "states included work on energy security. The President thanked Sudland for its support.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "President Anton Varga noted that the cooperation had grown."),
        ("Anton Varga", "indirect", "The President thanked Sudland for its support."),
    ])


def test_negotiations_on_something_are_underway_carries_a_report_on():
    """"According to the Minister, the deficit … . Negotiations on international grants … are
    underway, of which …": a process the minister reports going on, his report carried on (74873);
    "The talks are underway in the capital." (the readout's own talks, with an article) stays
    narrative."""
    body = ("President Anton Varga chaired a meeting on the budget. Minister of Finance Ivan Petrov reported on "
            "the execution of the budget. According to the Minister, the deficit will be covered by loans. "
            "Negotiations on international grants of 11 billion dollars are underway, of which 5 billion "
            "dollars have already been received. The talks are underway in the capital.")
    assert_statements(body, [
        ("Ivan Petrov", "indirect", "Minister of Finance Ivan Petrov reported on the execution of the budget."),
        ("Ivan Petrov", "indirect", "According to the Minister, the deficit will be covered by loans."),
        ("Ivan Petrov", "indirect", "Negotiations on international grants of 11 billion dollars are underway, of "
                                    "which 5 billion dollars have already been received."),
    ])


def test_states_as_a_noun_lets_the_next_sentence_carry_on_a_report():
    """The noun "states" is no cue in the sentence right after a statement either: "Norland is one
    of the strongest states in the region, …" goes on with the President's report though another
    person speaks next (74325's reading, one statement before the next speaker)."""
    body = ("President Anton Varga spoke with the national team. The President noted that the war has lasted "
            "fifty days. Norland is one of the strongest states in the region, and its people cannot be broken. "
            "Minister of Sport Ivan Petrov states that the team is ready.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "The President noted that the war has lasted fifty days."),
        ("Anton Varga", "indirect", "Norland is one of the strongest states in the region, and its people cannot "
                                    "be broken."),
        ("Ivan Petrov", "indirect", "Minister of Sport Ivan Petrov states that the team is ready."),
    ])
