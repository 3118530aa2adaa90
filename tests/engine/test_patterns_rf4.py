"""rf4's review of stop 70's merges fx74, h1222, h1221, h1223 and h1220: findings mended, each with the input that
showed it (invented readouts, invented people and states)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_appeal_made_at_an_occasion_with_its_participle_of_asking_is_a_statement():
    """h1221's "made this appeal" occasion (`reported_speech._WHERE_ONLY`) read "X made this appeal at the town hall
    meeting, urging the youth to register." as only where the appeal was made; the participle after the comma says
    what was asked, a statement of its own (as base read it)."""
    body = ("Governor Sam Udo has called on the people of Tarsk to register for the vote. "
            "Mr Udo made this appeal at the town hall meeting, urging the youth to register. "
            "Mr Udo made this appeal during the rally, calling on the chiefs to support the drive.")
    assert_statements(body, [
        ("Sam Udo", "indirect", "Governor Sam Udo has called on the people of Tarsk to register for the vote."),
        ("Sam Udo", "indirect", "Mr Udo made this appeal at the town hall meeting, urging the youth to register."),
        ("Sam Udo", "indirect", "Mr Udo made this appeal during the rally, calling on the chiefs to support the drive."),
    ])


def test_appeal_made_at_an_occasion_alone_stays_narrative():
    """The guard: with nothing after the occasion but its place and day, "made this appeal …" says only where the
    appeal told before was made."""
    body = ("Governor Sam Udo has called on the people of Tarsk to register for the vote. "
            "Mr Udo made this appeal at the rally in Tarsk on Friday.")
    assert_statements(body, [
        ("Sam Udo", "indirect", "Governor Sam Udo has called on the people of Tarsk to register for the vote."),
    ])


def test_given_name_and_house_name_is_the_same_man_named_by_his_father():
    """h1220's given name alone (`people._given_name_alone_before_another_surname`) parted "Sheikh Rami Al Varan"
    from "Emir Sheikh Rami bin Adel" ("Sheikh Rami"), a new man whose words were no longer the Emir's; a given name and
    a house's name only, after a full name of a given name and a father's name, is the same man by his dynasty's name
    (`_house_name_after_the_given_name`)."""
    body = ("Emir Sheikh Rami bin Adel of Velmora received the envoy of Norlandia on Monday. "
            "Sheikh Rami welcomed the guests.\n\n"
            "Sheikh Rami Al Varan said the talks were fruitful.\n\n"
            "The Emir thanked the envoy.")
    assert_statements(body, [
        ("Rami bin Adel", "indirect", "Sheikh Rami welcomed the guests."),
        ("Rami bin Adel", "indirect", "Sheikh Rami Al Varan said the talks were fruitful."),
        ("Rami bin Adel", "indirect", "The Emir thanked the envoy."),
    ])


def test_given_name_with_a_fathers_name_of_his_own_is_another_man():
    """The guard: "Sheikh Rami bin Khalid Al Varan", a father's name of his own, is another Rami than "Crown Prince
    Rami bin Adel" ("Crown Prince Rami"), as h1220 read him."""
    body = ("Crown Prince Rami bin Adel of Velmora received the envoy of Norlandia on Monday. "
            "Crown Prince Rami welcomed the guests.\n\n"
            "Sheikh Rami bin Khalid Al Varan, the Minister of Finance, said the budget was balanced.\n\n"
            "The Crown Prince thanked the envoy.")
    assert_statements(body, [
        ("Rami bin Adel", "indirect", "Crown Prince Rami welcomed the guests."),
        ("Rami bin Khalid Al Varan", "indirect",
         "Sheikh Rami bin Khalid Al Varan, the Minister of Finance, said the budget was balanced."),
        ("Rami bin Adel", "indirect", "The Crown Prince thanked the envoy."),
    ])
