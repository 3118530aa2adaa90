"""Patterns found by the two-hundred-seventy-eighth held-out set (benchmarks/heldout/twohundredseventyeighth/, real
European Council and Commission texts of 2012-2019): each test an invented readout and the statements GOLD-FORMAT.md
gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_remarks_titled_by_one_person_are_that_persons_words():
    """A page titled "Remarks by X after …" whose body is the remarks with no attribution: each paragraph is X's,
    one direct statement ("Remarks by President Donald Tusk after his meeting with President of Ukraine Petro
    Poroshenko" / "Mr President, my dear Ukrainian friends, …", two-hundred-seventy-eighth
    eu_council_2017-06-22, was lost whole)."""
    title = "Remarks by President Ilse Marten after her meeting with Prime Minister of Norvellia Ivan Dorn"
    body = ("Prime Minister, dear friends,\n\n"
            "I want to thank you for your determination. You have achieved the visa-free regime.\n\n"
            "Last but not least, Prime Minister Dorn updated me on the reforms. We will support them.")
    assert_statements(body, [
        ("Ilse Marten", "direct", "Prime Minister, dear friends,"),
        ("Ilse Marten", "direct", "I want to thank you for your determination. You have achieved the visa-free regime."),
        ("Ilse Marten", "direct", "Last but not least, Prime Minister Dorn updated me on the reforms. We will support them."),
    ], title=title)


def test_remarks_titled_by_a_pair_stay_unattributed():
    """Guard: "Remarks by X and Y before …" names two speakers: the unlabelled body is no one's."""
    title = "Remarks by President Ilse Marten and Prime Minister Ivan Dorn before their meeting"
    body = ("Thank you all for coming.\n\n"
            "We will discuss the reforms and the visa-free regime today.")
    assert_statements(body, [], title=title)


def test_remarks_title_over_a_narrative_body_stays_narrative():
    """Guard: a "Remarks by X …" title over a body that tells of X in the third person ("President Ilse Marten
    met …", "She stressed …"): the readout's voice, read sentence by sentence."""
    title = "Remarks by President Ilse Marten after her meeting with Prime Minister Ivan Dorn"
    body = ("President Ilse Marten met Prime Minister Ivan Dorn in Brussels.\n\n"
            "She stressed the importance of the reforms.")
    assert_statements(body, [
        ("Ilse Marten", "indirect", "She stressed the importance of the reforms."),
    ], title=title)


def test_remarks_title_over_headings_leaves_them_unattributed():
    """Guard: a body that opens with headings (hundred-ninetieth kratsios: "NBSP" / "**Remarks by …**" / "AS
    PREPARED FOR DELIVERY" / "Washington, D.C.", then a labelled speech): the headings are no one's words."""
    title = "Remarks by Director Ilse Marten at the Norvellian Academy"
    body = ("NBSP\n\n"
            "AS PREPARED FOR DELIVERY\n\n"
            "Norvellia City")
    assert_statements(body, [], title=title)


def test_presenting_the_state_of_play_is_reporting():
    """"X presented the state-of-play regarding …": where the work stands, reported, as "presented an update"
    ("Earlier on Thursday, Slovak Prime Minister Robert Fico presented the state-of-play regarding the Bratislava
    Roadmap.", two-hundred-seventy-eighth eu_council_2016-10-21, was lost)."""
    body = ("The leaders met in Brussels on 20 October.\n\n"
            "Earlier on Thursday, Prime Minister Ivan Dorn presented the state-of-play regarding the Norvellia Roadmap.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect",
         "Earlier on Thursday, Prime Minister Ivan Dorn presented the state-of-play regarding the Norvellia Roadmap."),
    ])


def test_presenting_state_awards_stays_narrative():
    """Guard: "X presented the state awards to …" hands a thing over: narrative."""
    body = ("The ceremony took place in the Kremlin on 20 October.\n\n"
            "Prime Minister Ivan Dorn presented the state awards to the soldiers.")
    assert_statements(body, [])
