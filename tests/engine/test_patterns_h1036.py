"""Helper h1036 (sevenhundredeightyseventh, the Chief Minister of West Bengal's meetings as India's and Bangladesh's
papers print them): "called on her at" a building named in quotation marks ("when Hamidullah called on her at
"Nabanna", the state secretariat, …") is a courtesy call, as "called on her at the secretariat", not an appeal; a
quotation "tweeted" or "posted" by an army's command ("“…,” tweeted the Eastern Command.") is that body's post, no
one's, not the person its words name."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_called_on_her_at_a_quoted_building_is_a_courtesy_call():
    body = (
        "Chief Minister Lena Varo met Ostrian Ambassador Tomas Brel on Monday.\n\n"
        "Lena Varo told the ambassador that the ties between the two peoples rest on a shared language.Varo articulated "
        "this when Brel called on her at \"Oskarhus\", the state secretariat, in Dovra in his first courtesy call since "
        "taking over as Ambassador.\n\n"
        "She expressed her hope for closer ties."
    )
    assert_statements(body, [
        ("Lena Varo", "indirect",
         "Lena Varo told the ambassador that the ties between the two peoples rest on a shared language."),
        ("Lena Varo", "indirect", "She expressed her hope for closer ties."),
    ])


def test_called_on_her_at_a_quoted_building_to_act_is_still_an_appeal():
    body = (
        "Chief Minister Lena Varo met Ostrian Ambassador Tomas Brel on Monday.\n\n"
        "Brel called on her at \"Oskarhus\" to support the fund for the flood victims."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "Brel called on her at \"Oskarhus\" to support the fund for the flood victims."),
    ])


def test_a_commands_tweet_is_no_ones():
    body = (
        "Ostrian Ambassador Tomas Brel on Monday met Chief Minister Lena Varo at the state secretariat.\n\n"
        "Earlier in the day, he visited the army's eastern headquarters at Fort Hill.\n\n"
        "“Mr Tomas Brel, Ambassador of #Ostria, called on the #ArmyCdrEC at Fort Hill on 16 Sep. The interaction was "
        "aimed to strengthen defence cooperation,” tweeted the Eastern Command."
    )
    assert_statements(body, [])


def test_a_command_saying_it_plainly_is_no_ones_but_a_commander_speaks():
    body = (
        "Ostrian Ambassador Tomas Brel on Monday met Chief Minister Lena Varo at the state secretariat.\n\n"
        "“The interaction was aimed to strengthen defence cooperation,” the Northern Command said.\n\n"
        "“We welcome the visit,” said Lieutenant General Arun Kesh, the Northern Army Commander."
    )
    assert_statements(body, [
        ("Arun Kesh", "direct", "We welcome the visit,"),
    ])


def test_called_on_a_hashtag_named_commander_is_a_courtesy_call():
    body = (
        "Ostrian Ambassador Tomas Brel on Monday met Chief Minister Lena Varo at the state secretariat.\n\n"
        "Tomas Brel called on the #ArmyCdrEC at Fort Hill on 16 Sep.\n\n"
        "Brel called on the #Varia government to reopen the border crossing."
    )
    assert_statements(body, [
        ("Tomas Brel", "indirect", "Brel called on the #Varia government to reopen the border crossing."),
    ])
