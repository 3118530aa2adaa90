"""Patterns found by the twenty-first hard set (benchmarks/hard21/: twelve dev situations rewritten as a
news agency's wire report): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"


def test_phrasal_verbs_of_telling_and_advocacy():
    """Phrasal verbs that tell or ask, each with the particle that makes it speech: "filled … in on",
    "apprised … of", "kept … abreast of", "brought … up to speed on", "pushed for", "lobbied for", "pleaded
    for", "made a push for", "used the meeting to lobby for", "gave … a rundown of" (hard21 missed them
    all); not "filled the post", "kept the promise", "pushed back", "gave a rundown." alone."""
    body = (_TALKS + "Ms Lind filled the President in on her talks in Varna. The President apprised Ms Lind of the "
            "situation on the border. Ms Lind kept her host abreast of the negotiations. The President brought his "
            "guest up to speed on the reform. Ms Lind pushed for a package of sanctions. The President lobbied for "
            "an exemption. Ms Lind pleaded for restraint. The President made a push for a seventh package. Ms Lind "
            "used the meeting to lobby for a new corridor. The President gave Ms Lind a rundown of the recovery plan."
            "\n\nThe new director filled the post in May. The builders kept the promise. The crowd pushed back.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind filled the President in on her talks in Varna."),
        ("Anton Maric", "indirect", "The President apprised Ms Lind of the situation on the border."),
        ("Greta Lind", "indirect", "Ms Lind kept her host abreast of the negotiations."),
        ("Anton Maric", "indirect", "The President brought his guest up to speed on the reform."),
        ("Greta Lind", "indirect", "Ms Lind pushed for a package of sanctions."),
        ("Anton Maric", "indirect", "The President lobbied for an exemption."),
        ("Greta Lind", "indirect", "Ms Lind pleaded for restraint."),
        ("Anton Maric", "indirect", "The President made a push for a seventh package."),
        ("Greta Lind", "indirect", "Ms Lind used the meeting to lobby for a new corridor."),
        ("Anton Maric", "indirect", "The President gave Ms Lind a rundown of the recovery plan."),
    ])


def test_praise_blame_promotion_grief_and_manner():
    """Praise and blame heaped ("heaped praise on", "poured scorn on", "showered … with compliments",
    "accused … of", "faulted … for"), promotion ("talked up", "played down", "touted"), grief ("mourned the
    loss of"), manner ("…, X quipped, since …") and a stance after "was" ("was sympathetic to", "was
    supportive of") (hard21 missed them all); not "poured concrete", "played a role", "mourners"."""
    body = (_TALKS + "Ms Lind heaped praise on the rescuers. The President poured scorn on the opposition's plan. "
            "Ms Lind showered her hosts with compliments. The President accused the rebels of breaking the truce. "
            "Ms Lind faulted the ministry for the delays. The President talked up the new port. Ms Lind played down "
            "fears of a shortage. The President touted a faster programme of repairs. Ms Lind mourned the loss of "
            "life in the floods. Investors had no reason to worry, the President quipped, since returns were high. "
            "Ms Lind was sympathetic to the farmers' concerns. The President was supportive of the plan."
            "\n\nThe workers poured concrete for the bridge. The port played a role in the recovery.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Ms Lind heaped praise on the rescuers."),
        ("Anton Maric", "indirect", "The President poured scorn on the opposition's plan."),
        ("Greta Lind", "indirect", "Ms Lind showered her hosts with compliments."),
        ("Anton Maric", "indirect", "The President accused the rebels of breaking the truce."),
        ("Greta Lind", "indirect", "Ms Lind faulted the ministry for the delays."),
        ("Anton Maric", "indirect", "The President talked up the new port."),
        ("Greta Lind", "indirect", "Ms Lind played down fears of a shortage."),
        ("Anton Maric", "indirect", "The President touted a faster programme of repairs."),
        ("Greta Lind", "indirect", "Ms Lind mourned the loss of life in the floods."),
        ("Anton Maric", "indirect", "Investors had no reason to worry, the President quipped, since returns were high."),
        ("Greta Lind", "indirect", "Ms Lind was sympathetic to the farmers' concerns."),
        ("Anton Maric", "indirect", "The President was supportive of the plan."),
    ])


def test_orders_to_his_cabinet_and_calling_a_name():
    """"ordered his cabinet on Tuesday to submit …" (an order to those under him) and "went on to call
    Koranth “…”" after a relative aside (a name, then what it is called) (hard21 missed both); not
    "ordered his lunch"."""
    body = ("President Ilmar Sateva of Vesland spoke with President Dauren Esmet of Koranth.\n\n"
            "Sateva ordered his cabinet on Tuesday to submit a revised plan. Sateva, who chairs the council, went "
            "on to call Koranth \u201cthe closest ally\u201d of Vesland.\n\nThe guard ordered his lunch at noon.")
    assert_statements(body, [
        ("Ilmar Sateva", "indirect", "Sateva ordered his cabinet on Tuesday to submit a revised plan."),
        ("Ilmar Sateva", "indirect",
         "Sateva, who chairs the council, went on to call Koranth \u201cthe closest ally\u201d of Vesland."),
    ])


def test_wire_subjects_age_office_aside_and_quote_cue_aside():
    """The wire's subjects: an age set off by commas ("Vostanyan, 47, filled …"), a surname named first
    only in passing then an office set off after it ("Kovar, the state secretary for foreign affairs in the
    office of …, agreed"), a quotation's cue whose speaker has a relative aside ("“…,” Senator X, who led
    the delegation, told reporters.") (hard21 gave them nothing, the other speaker, or the cue as a
    statement); and a pair "X and his counterpart, Y, agreed …" under a dateline is a group."""
    body = ("TARSK, Feb 7 (Meridian) - President Ilmar Sateva of Vesland and his Koranthi counterpart, Dauren "
            "Esmet, agreed in a telephone call on Friday to declare 2026 a festival year.\n\n"
            "Sateva thanked Esmet after a telephone call with Koranth's state secretary for foreign affairs, "
            "Matej Kovar. Kovar, the state secretary for foreign affairs in the office of the prime minister of "
            "Koranth, agreed that the step carried great weight. Esmet, 47, filled Sateva in on his talks in "
            "Orsk.\n\n\u201cWe came here to say that we stand with Vesland,\u201d Senator Dana Whitcombe, who led "
            "the delegation, told reporters after the talks.")
    assert_statements(body, [
        ("Ilmar Sateva", "indirect",
         "Sateva thanked Esmet after a telephone call with Koranth's state secretary for foreign affairs, Matej Kovar."),
        ("Matej Kovar", "indirect", "Kovar, the state secretary for foreign affairs in the office of the prime "
         "minister of Koranth, agreed that the step carried great weight."),
        ("Dauren Esmet", "indirect", "Esmet, 47, filled Sateva in on his talks in Orsk."),
        ("Dana Whitcombe", "direct", "We came here to say that we stand with Vesland"),
    ])


def test_wire_dateline_and_source_closing_the_sentence():
    """A wire's dateline ("MEROVA, Oct 14 (Meridian) - ") is in no statement, and the account's source
    closing a sentence ("…, his office said.", "…, two officials familiar with the talks said.", "…, a senior
    official told reporters on a conference call.") stays in the statement it closes (hard21 cut both);
    a group's sentence with a source ("The two leaders agreed …, the readout said.") stays no one's."""
    body = ("MEROVA, Oct 14 (Meridian) - President Oren Talvik thanked Foreign Minister Greta Lind for her visit, "
            "his office said.\n\nMs Lind pressed for a new corridor, two officials familiar with the talks said. "
            "Talvik also raised the border, a senior official told reporters on a conference call. The two leaders "
            "agreed to meet again, the readout said.")
    assert_statements(body, [
        ("Oren Talvik", "indirect", "President Oren Talvik thanked Foreign Minister Greta Lind for her visit, his office said."),
        ("Greta Lind", "indirect", "Ms Lind pressed for a new corridor, two officials familiar with the talks said."),
        ("Oren Talvik", "indirect", "Talvik also raised the border, a senior official told reporters on a conference call."),
    ])
