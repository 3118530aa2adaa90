"""Rules from the nine-hundred-forty-second held-out set (the Governor of Laikipia, Kenya, and those at or of his
meetings, 2016-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Tavo Merenka met traders and herders in Oskel town on Monday. "


def test_persuaded_someone_to_act_is_an_appeal():
    """"But Governor X who had convened the meeting persuaded them to remain calm as …" (KBC 2021-09-18): someone
    brought by his words to act, as "urged them to": his indirect statement. Before, no one's."""
    body = _OPENING + "Merenka persuaded them to remain calm as the talks went on."
    assert_statements(body, [
        ("Tavo Merenka", "indirect", "Merenka persuaded them to remain calm as the talks went on."),
    ])


def test_persuaded_in_the_passive_is_no_ones():
    """The guard: "The traders were persuaded to remain calm." (a passive with no agent): no statement."""
    body = _OPENING + "The traders were persuaded to remain calm."
    assert_statements(body, [])


def test_allayed_fears_is_an_assurance():
    """"Ms X allayed fears that residents had now started fleeing the region." (the Standard 2018-07-23): fears put
    to rest in words, as "assured": her indirect statement. Before, no one's."""
    body = _OPENING + "Senator Lida Ormen allayed fears that residents had started fleeing the district."
    assert_statements(body, [
        ("Lida Ormen", "indirect", "Senator Lida Ormen allayed fears that residents had started fleeing the district."),
    ])


def test_allayed_with_no_fears_is_no_ones():
    """The guard: "allayed" with no fear or concern after it ("allayed the pain of …"): not speech."""
    body = _OPENING + "Senator Lida Ormen allayed the pain of the wounded with a donation of medicine."
    assert_statements(body, [])


def test_place_after_in_before_a_bodys_participle_is_no_speaker():
    """"Nyandarua County Assembly’s intergovernmental committee has faulted Laikipia Governor X for launching an
    airstrip in Gatimu Ward, saying it is not in his county." (the Nation 2019-10-16): the name after "in" is a place,
    the object of "in", and the participle's subject is the committee, a body: no one's words. Before, the sentence was
    "Oskel Ward"'s, a ward read as a person."""
    body = (_OPENING + "The county assembly's committee has faulted the governor for launching an airstrip in "
            "Oskel Ward, saying it is not in his county.")
    assert_statements(body, [])


def test_person_before_a_place_after_in_still_speaks():
    """The guard: "Governor X met elders in Oskel Ward, saying …" (the person the clause's subject): his, unchanged."""
    body = _OPENING + "Governor Tavo Merenka met elders in Oskel Ward, saying peace is the key to trade."
    assert_statements(body, [
        ("Tavo Merenka", "indirect", "Governor Tavo Merenka met elders in Oskel Ward, saying peace is the key to trade."),
    ])


def test_pilgrims_word_ending_a_name_is_a_surname():
    """"Director of Public Prosecutions Noordin Haji paid a courtesy call on HE Governor X … Mr Haji said there’s need
    to …" (the county's page, 2018-05): "Haji" ending the name, after a given name or "Mr", is East Africa's surname,
    not the Malay pilgrim's style before a name. Before, the director was "Noordin" and "Mr Haji" no one."""
    body = ("Director of Public Prosecutions Dalmar Haji paid a courtesy call on Governor Tavo Merenka in his office. "
            "Mr Haji said there is need to find new laws on land.")
    assert_statements(body, [
        ("Dalmar Haji", "indirect", "Mr Haji said there is need to find new laws on land."),
    ])


def test_pilgrims_style_before_a_malay_name_is_still_a_style():
    """The guard: "Chief Minister Datuk Seri Haji X Y said …" (the style before the name, as Malaysia's releases print
    it): the speaker is X Y, unchanged."""
    body = "Chief Minister Datuk Seri Haji Rosli Omar said there is need to find new laws on land."
    assert_statements(body, [
        ("Rosli Omar", "indirect", "Chief Minister Datuk Seri Haji Rosli Omar said there is need to find new laws on land."),
    ])
