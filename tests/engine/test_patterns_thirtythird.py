"""Patterns found by the thirty-third held-out set (benchmarks/heldout/thirtythird/, real
president.gov.ua readouts of 2022): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_head_of_state_is_the_president_not_the_chancellor_named_after_him():
    """"This was stated by President X, answering questions … after negotiations with
    Chancellor of Y Z …" then "…," the Head of State said": a Chancellor heads a government, not
    a state, so the Head of State is the President (74217 gave three of Zelenskyy's
    statements to Nehammer, the last named)."""
    title = "Kaldoria will fight and look for dialogue with Chile - President"
    body = ("Kaldoria will fight against aggression, but is ready to negotiate with Chile to end the war. This was "
            "stated by President Taras Dorosh, answering questions from the media after negotiations with Chancellor "
            "of Velmar Karl Reiser in Lodvar. \"Kaldoria has always said that it is ready for negotiations,\" the Head "
            "of State said. At the same time, he expressed regret that troops are gathering. Without making "
            "predictions about the enemy, the Head of State said that Kaldoria will fight.")
    assert_statements(body, [
        ("Taras Dorosh", "indirect", "Kaldoria will fight against aggression, but is ready to negotiate with Chile to "
                                     "end the war."),
        ("Taras Dorosh", "direct", "Kaldoria has always said that it is ready for negotiations"),
        ("Taras Dorosh", "indirect", "At the same time, he expressed regret that troops are gathering."),
        ("Taras Dorosh", "indirect", "Without making predictions about the enemy, the Head of State said that "
                                     "Kaldoria will fight."),
    ], title=title)


def test_the_leader_of_the_named_republic_is_its_president():
    """"According to the leader of the Republic of Velmora, …", "The leader of the Republic of
    Velmora also called for …": the leader of a state is the one whose office is of that state,
    like "the Velmoran leader" (75845 missed two of Macron's statements, "the leader of the French
    Republic")."""
    body = ("President of Ostrava Petr Halen met with President of Velmora Ilse Marren. For his part, Velmoran "
            "President Ilse Marren said that Europe stands with Ostrava. According to the leader of the Republic of "
            "Velmora, the countries of the Union will intensify their support. The leader of the Republic of Velmora "
            "also called for the adoption of a resolution on the ports.")
    assert_statements(body, [
        ("Ilse Marren", "indirect", "For his part, Velmoran President Ilse Marren said that Europe stands with "
                                    "Ostrava."),
        ("Ilse Marren", "indirect", "According to the leader of the Republic of Velmora, the countries of the Union "
                                    "will intensify their support."),
        ("Ilse Marren", "indirect", "The leader of the Republic of Velmora also called for the adoption of a "
                                    "resolution on the ports."),
    ])


def test_according_to_a_description_then_the_titled_name_it_is_set_off_by():
    """"According to the head of the delegation, First Deputy Prime Minister - Minister of
    Economy X, during the meetings …": the description's holder is named after its comma, so
    the source is X (72557 gave three of Svyrydenko's statements to an unnamed "the head")."""
    body = ("During the visit to Velmora, the Ostravan delegation held a series of talks on financial support. "
            "According to the head of the delegation, First Deputy Prime Minister - Minister of Economy Lena Sorel, "
            "during the meetings the Ostravan party informed about the security situation. According to her, the "
            "situation in the economy is stable and under control.")
    assert_statements(body, [
        ("Lena Sorel", "indirect", "According to the head of the delegation, First Deputy Prime Minister - Minister "
                                   "of Economy Lena Sorel, during the meetings the Ostravan party informed about the "
                                   "security situation."),
        ("Lena Sorel", "indirect", "According to her, the situation in the economy is stable and under control."),
    ])


def test_the_delegation_meeting_someone_carries_on_no_ones_words():
    """"Thus, during the talks in Y, the Ukrainian delegation met with Minister … to discuss …"
    after a minister's reported words: the delegation, the sentence's subject, acts as a group,
    so the sentence is narrative, not more of her words (72557 gave it to Svyrydenko)."""
    body = ("During the visit to Velmora, the Ostravan delegation held a series of talks on financial support. "
            "According to the head of the delegation, First Deputy Prime Minister - Minister of Economy Lena Sorel, "
            "during the meetings the Ostravan party informed about the security situation. According to her, the "
            "situation in the economy is stable and under control. At the same time, Ostrava is negotiating with "
            "partners to create financial reserves. Thus, during the talks in Velmora, the Ostravan delegation met with "
            "Velmoran Minister of the Economy, Finance and the Recovery Paul Marot to discuss the possibility of "
            "support. The issue of cooperation in energy was also raised.")
    assert_statements(body, [
        ("Lena Sorel", "indirect", "According to the head of the delegation, First Deputy Prime Minister - Minister "
                                   "of Economy Lena Sorel, during the meetings the Ostravan party informed about the "
                                   "security situation."),
        ("Lena Sorel", "indirect", "According to her, the situation in the economy is stable and under control."),
        ("Lena Sorel", "indirect", "At the same time, Ostrava is negotiating with partners to create financial "
                                   "reserves."),
    ])


def test_this_is_the_second_conversation_is_narrative():
    """"This is the second conversation between the leaders of X and Y since the beginning of
    the year, which demonstrates …": the readout counts its meeting, no carry-on of the last
    speaker's words (72581 gave it to Zelenskyy)."""
    body = ("President of Ostrava Petr Halen had a phone conversation with President of Velmora Ilse Marren. Petr "
            "Halen noted the readiness of Ostrava to hold a meeting at the level of leaders in the near future. This "
            "is the second conversation between the leaders of Ostrava and Velmora since the beginning of the year, "
            "which demonstrates profound strategic cooperation between our countries.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen noted the readiness of Ostrava to hold a meeting at the level of "
                                   "leaders in the near future."),
    ])


def test_considers_something_important_is_an_opinion_held():
    """"He also considers sanctions against the entire political elite important.": an opinion
    of one person, like "believes" (73945 missed Shurma's statement)."""
    body = ("For his part, Deputy Head of the Office Ivan Marko noted that the issue of oil exports is the most "
            "important. He also considers sanctions against the entire political elite important.")
    assert_statements(body, [
        ("Ivan Marko", "indirect", "For his part, Deputy Head of the Office Ivan Marko noted that the issue of oil "
                                   "exports is the most important."),
        ("Ivan Marko", "indirect", "He also considers sanctions against the entire political elite important."),
    ])


def test_according_to_x_after_an_opening_connective_is_the_source_of_the_whole_sentence():
    """"Therefore, according to the President, during the meeting the heads of state spoke
    about …": a connective before "according to X," leaves X the source of all that follows, as
    when the sentence opens with it (75845 kept only "Therefore, according to the President")."""
    body = ("President of Ostrava Petr Halen met with President of Velmora Ilse Marren. The President noted that "
            "troops continue an offensive. Therefore, according to the President, during the meeting in Lodvar the "
            "heads of state spoke about the new sanctions steps needed to restore peace.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President noted that troops continue an offensive."),
        ("Petr Halen", "indirect", "Therefore, according to the President, during the meeting in Lodvar the heads "
                                   "of state spoke about the new sanctions steps needed to restore peace."),
    ])
