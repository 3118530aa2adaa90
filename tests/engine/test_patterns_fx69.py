"""Mends of the second review's findings (hr60, stop 68): invented readouts, invented people and countries.

- `segments._runs_on`: a paragraph that ends on a reporting verb with no "that" runs on only with a subject right before
  the verb and no comma before it (not a closing tag "…, Minister X said", nor a noun "both states");
- `people._stool_title_of_the_king`: the land's word right after a king's "of [the]", no bare "chief of";
- `phrases`: "his boss" (a person's possessive) is his own superior, no body's chief;
- `carrying_on.participle_before_a_groups_clause`: "Recalling that …, President X laid …" has its own subject;
- `NameRegistry._deputy_of_the_owner`: the owner is the subject of the possessive's sentence;
- `phrases._NO_NATIONS_ADJECTIVES`: "Parish" (and like nouns in -ish, -ian, -an) no nation's adjective.
"""

from __future__ import annotations

from readout_tui.engine.people import roles_compatible
from readout_tui.engine.statements import Attributor

from .test_patterns import assert_statements

_MEETING = "Minister Arlo Venn of Kelvar met Minister Dara Pell of Durrovia in Marr on Tuesday.\n\n"


def _roles(body: str, name: str) -> set[str]:
    reading = Attributor(body)
    reading.run()
    return next(p for p in reading.people.persons if name in p.full_name).roles


def test_a_closing_tag_without_its_stop_does_not_run_on():
    """"…, Minister Venn said" with no stop: a closing tag, the clause before it his; the next paragraph no one's."""
    body = (_MEETING + "The two ministers discussed trade and energy, Minister Venn said\n\n"
            "Durrovia and Kelvar also signed an accord on fisheries.")
    assert_statements(body, [("Arlo Venn", "indirect", "The two ministers discussed trade and energy, Minister Venn said")])


def test_a_noun_like_a_verb_at_a_paragraph_end_does_not_run_on():
    """"… delegations of both states" (no stop): "states" a noun, the line nobody's, not joined to Pell's report."""
    body = (_MEETING + "The meeting brought together delegations of both states\n\n"
            "Minister Pell said the two countries would expand trade.")
    assert_statements(body, [("Dara Pell", "indirect", "Minister Pell said the two countries would expand trade.")])


def test_a_subject_and_its_verb_at_a_paragraph_end_still_run_on():
    """The near shape kept: "Minister Venn said" / "that …" (the verb's own subject before it, no comma)."""
    body = (_MEETING + "Minister Venn said\n\nthat Kelvar is ready to expand trade with Durrovia.")
    assert_statements(body, [("Arlo Venn", "indirect", "Minister Venn said"),
                             ("Arlo Venn", "indirect", "that Kelvar is ready to expand trade with Durrovia.")])


def test_a_chief_of_staff_of_the_land_is_not_its_king():
    assert not roles_compatible("asantehene", "chief of staff of ashanti regional coordinating council")
    assert roles_compatible("asantehene", "king of the asante kingdom")
    assert roles_compatible("asantehene", "paramount chief of ashanti")


def test_the_stool_title_is_not_given_to_a_chief_of_staff():
    body = ("Ambassador Arlo Venn of Durrovia paid a courtesy call on the Chief of Staff of the Ashanti Regional "
            "Coordinating Council, Mr. Kofi Tess, in Kumasi.\n\n"
            "The Asantehene later received the Ambassador at the palace.\n\n"
            "According to the Asantehene, the region welcomes investors.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Kofi Tess" for s in result.statements)


def test_his_boss_is_no_bodys_chief():
    """"his boss said": Kell's own superior, unnamed; not the Chief of the Port Authority named before."""
    body = ("The Chief of the Kelvar Port Authority, Mr. Arlo Venn, received Mr. Tomas Kell, a trader from Durrovia, "
            "in Marr.\n\nKell said his firm would open an office in Marr. “We are grateful to the Authority,” his boss "
            "said later by telephone.")
    assert_statements(body, [("Tomas Kell", "indirect", "Kell said his firm would open an office in Marr.")])


def test_the_bodys_boss_is_still_its_chief():
    """The near shape kept: "the Authority's boss" is the Authority's Chief."""
    body = ("The Chief of the Kelvar Port Authority, Mr. Arlo Venn, received Mr. Tomas Kell, a trader from Durrovia, "
            "in Marr.\n\n“We are grateful to the traders,” the Authority's boss said later.")
    assert_statements(body, [("Arlo Venn", "direct", "We are grateful to the traders")])


def test_a_participle_sentence_with_its_own_named_subject_is_not_handed_on():
    body = (_MEETING + "“We have much to do together,” Minister Pell said.\n\n"
            "Recalling that the two countries established ties in 1990, President Kaden Moss laid a wreath at the "
            "monument.")
    assert_statements(body, [("Dara Pell", "direct", "We have much to do together")])


def test_a_subjectless_participle_sentence_is_still_handed_on():
    """The near shape kept: no subject after the comma but "the trend …": the speaker's words go on."""
    body = (_MEETING + "“We have much to do together,” Minister Pell said.\n\n"
            "Recalling that the two countries established ties in 1990, the trend of cooperation is strong.")
    assert_statements(body, [
        ("Dara Pell", "direct", "We have much to do together"),
        ("Dara Pell", "indirect",
         "Recalling that the two countries established ties in 1990, the trend of cooperation is strong.")])


def test_her_deputy_is_the_deputy_of_the_sentences_subject():
    body = ("The Director General of the Kelvar Immigration Service, Mrs. Lena Tolvek, met the Minister of Trade of "
            "Durrovia, Mrs. Dara Pell, in Marr.\n\nMrs. Tolvek was accompanied by her deputy, Mr. Tomas Kell.")
    assert _roles(body, "Kell") == {"deputy director general of kelvar immigration service"}


def test_his_deputy_of_a_subject_of_no_known_sex():
    body = _MEETING + "Minister Venn was accompanied by his deputy, Mr. Tomas Kell."
    assert _roles(body, "Kell") == {"deputy minister"}


def test_a_parish_council_is_no_nations():
    body = ("The Chairman of the Parish Council, Mr. Tomas Kell, met Minister Dara Pell of Durrovia in Marr.\n\n"
            "Mr. Kell said the council would build a school.")
    assert _roles(body, "Kell") == {"chairman"}


def test_a_capitalised_tag_with_an_adverbial_after_its_speaker():
    """"“….” Said Minister Pell after the talks.": the tag's speaker, an adverbial of time after him (review hr60)."""
    body = (_MEETING + "“We will build the bridge together.” Said Minister Pell after the talks.")
    assert_statements(body, [("Dara Pell", "direct", "We will build the bridge together.")])


def test_a_capitalised_tag_after_words_with_no_stop():
    body = (_MEETING + "“We will build the bridge together” Said Minister Pell after the talks.")
    assert_statements(body, [("Dara Pell", "direct", "We will build the bridge together")])


_HOSTS = "Minister Arlo Venn of Kelvar met President Kaden Moss of Durrovia in Marr.\n\n"


def test_the_pronoun_after_a_participle_is_the_main_clauses_subject_past_a_time_clause():
    """"After Minister Venn left, President Moss toured …, and seeing …, he said …": "he" is Moss, the subject of the
    main clause, not Venn, named in the time clause before it (review hr60)."""
    body = (_HOSTS + "After Mr. Venn left, President Moss toured the port, and seeing the new cranes, he said trade "
            "would double.")
    assert_statements(body, [("Kaden Moss", "indirect", "seeing the new cranes, he said trade would double.")])


def test_the_pronoun_after_a_participle_is_the_sentences_opener():
    """The near shape kept: no time clause, the opener's."""
    body = _HOSTS + "President Moss toured the port, and seeing the new cranes, he said trade would double."
    assert_statements(body, [("Kaden Moss", "indirect", "seeing the new cranes, he said trade would double.")])
