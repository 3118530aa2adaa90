"""Rules from the nine-hundred-fifty-seventh held-out set (the Governor of Bulacan, Philippines, and, widened, the
Governor of Bataan, with those at their meetings, 2020-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Maro Velik of Dorvan Province received Mayor Tamas Brill of Kelvar City at the Capitol on Monday. "


def test_profusely_between_the_subject_and_thanked():
    """"Bataan Gov. X profusely thanked Manila Mayor Y for extending assistance …" (bataangov 2021-11-10): the adverb of
    abundant thanks between the subject and its verb, as "warmly thanked". Before, the sentence was read as no one's."""
    body = _OPENING + "Velik profusely thanked Brill for extending assistance to the province during the floods."
    assert_statements(body, [
        ("Maro Velik", "indirect", "Velik profusely thanked Brill for extending assistance to the province during the "
                                   "floods."),
    ])


def test_bleeding_profusely_after_its_verb_is_no_speech():
    """The guard: "profusely" after a verb that is no speech ("the guard was bleeding profusely") makes no statement."""
    body = _OPENING + "A guard at the gate was bleeding profusely after the fall, and he was taken to the hospital."
    assert_statements(body, [])


def test_directed_a_named_officer_with_her_office_between_commas_to_act():
    """"Fernando directed Rowena Tiongson, head of the Provincial Social Welfare and Development Office, to prioritize the
    distribution …" (manilatimes, 2024): an order to a named person whose office stands between commas before "to" and a
    verb, as "directed X to prioritize …". Before, the sentence was read as no one's."""
    body = (_OPENING + "Velik directed Dana Orr, head of the Provincial Welfare Office, to prioritize the distribution "
            "to the elderly.")
    assert_statements(body, [
        ("Maro Velik", "indirect", "Velik directed Dana Orr, head of the Provincial Welfare Office, to prioritize the "
                                   "distribution to the elderly."),
    ])


def test_ordered_a_named_officer_with_his_office_between_commas_to_act():
    """The same order under "ordered": "X ordered Y, the province's engineer, to inspect …", his."""
    body = (_OPENING + "Velik ordered Ivo Ranst, the province's chief engineer, to inspect the damaged bridges at "
            "once.")
    assert_statements(body, [
        ("Maro Velik", "indirect", "Velik ordered Ivo Ranst, the province's chief engineer, to inspect the damaged "
                                   "bridges at once."),
    ])


def test_directed_a_named_guest_with_an_office_to_a_place_is_no_order():
    """The guard: "directed Y, head of the office, to the warehouse" (a way shown, "to the" and no verb): no statement."""
    body = (_OPENING + "An usher directed Dana Orr, head of the Provincial Welfare Office, to the warehouse behind the "
            "Capitol.")
    assert_statements(body, [])


def test_reminisced_is_a_memory_told_and_the_next_he_is_the_same_man():
    """"At one point, Moreno reminisced his younger days when he used to live …. He said, “…”" (tempo 2020-07-10):
    memories told, as "recalled"; the next "He said" is then the guest's. Before, the first sentence was no one's and
    the quotation went to the host, the last man read."""
    body = (_OPENING + "Velik explained to Brill that the Capitol “is a success story of the province.” At one point, "
            "Brill reminisced his younger days when he used to live in Dorvan working at a farm. He said, “I will always "
            "be a Dorvanian at heart.”")
    assert_statements(body, [
        ("Maro Velik", "indirect", "Velik explained to Brill that the Capitol “is a success story of the province.”"),
        ("Tamas Brill", "indirect", "At one point, Brill reminisced his younger days when he used to live in Dorvan "
                                    "working at a farm."),
        ("Tamas Brill", "direct", "I will always be a Dorvanian at heart."),
    ])


def test_reminiscences_the_noun_is_no_speech():
    """The guard: the noun "reminiscences" as a book's title makes no statement."""
    body = _OPENING + "The mayor's reminiscences of his farm years were printed in a small book last year."
    assert_statements(body, [])


def test_dir_before_a_name_ends_no_sentence():
    """"He expressed his gratitude to the DFA, led by Secretary X, Assistant Secretary Y, Dir. Z Jr., as well as …"
    (tribune 2024-11-16): "Dir.", Director, a style before a name, no sentence's end. Before, the statement was cut at
    "Dir." and the rest read as a sentence of no one."""
    body = (_OPENING + "He expressed his gratitude to the ministry, led by Secretary Oren Balt, Dir. Ilse Varn Jr., "
            "as well as other officials who helped open the office.")
    assert_statements(body, [
        ("Maro Velik", "indirect", "He expressed his gratitude to the ministry, led by Secretary Oren Balt, Dir. Ilse "
                                   "Varn Jr., as well as other officials who helped open the office."),
    ])


def test_dir_before_a_sentence_opener_still_ends_the_sentence():
    """The guard: "… named Y as Dir. The governor welcomed …": the next word opens a sentence, so "Dir." ends one."""
    body = _OPENING + "The council named Ilse Varn as its Dir. The visit ended with a lunch."
    assert_statements(body, [])
