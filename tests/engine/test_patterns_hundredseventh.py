"""Rules from the hundred-seventh held-out set (en.kremlin.ru, 2016-2019): invented readouts, invented people
and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

CONDOLENCE_TITLE = "Condolences on the death of Ruritanian writer Anton Vell"


def test_a_mourned_man_described_in_the_title_is_not_its_host():
    """"Condolences on the death of German politician Helmut Kohl" (54801): the mourned man's name comes after
    words that say who he was; he is mourned, not the host. Before, only a name right after "death of" was
    read so: the dead man became the host and took "the President noted in his message" with its quotation."""
    body = ("President of Borduria Ivan Dorn sent a message of condolence to Prime Minister of Ruritania Karl Tamm "
            "on the death of Anton Vell, an outstanding writer.\n\n"
            "“I was lucky enough to meet Anton Vell. I sincerely admired his talent and his wisdom,” "
            "the President noted in his message.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "President of Borduria Ivan Dorn sent a message of condolence to Prime Minister of "
                                  "Ruritania Karl Tamm on the death of Anton Vell, an outstanding writer."),
        ("Ivan Dorn", "direct", "I was lucky enough to meet Anton Vell. I sincerely admired his talent and his wisdom"),
    ], title=CONDOLENCE_TITLE)


def test_a_sentence_about_the_mourned_man_carries_on_the_message():
    """"In his message … Putin emphasised, in particular, that major events … are associated with the name of
    this outstanding man. Having occupied the position of the Federal Chancellor for many years, Mr Kohl played
    a key role in …" (54801): the dead man named as the subject of a sentence with no speech verb does not act
    in the readout; the sentence goes on with the message's report. Before, it was given to no one."""
    body = ("President of Borduria Ivan Dorn sent a message of condolence to Prime Minister of Ruritania Karl Tamm "
            "on the death of Anton Vell.\n\n"
            "In his message Ivan Dorn emphasised, in particular, that the revival of Ruritanian literature is "
            "associated with the name of this outstanding man. Having led the Writers' Academy for many years, "
            "Mr Vell played a key role in the friendship between our peoples.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "President of Borduria Ivan Dorn sent a message of condolence to Prime Minister of "
                                  "Ruritania Karl Tamm on the death of Anton Vell."),
        ("Ivan Dorn", "indirect", "In his message Ivan Dorn emphasised, in particular, that the revival of Ruritanian "
                                  "literature is associated with the name of this outstanding man."),
        ("Ivan Dorn", "indirect", "Having led the Writers' Academy for many years, Mr Vell played a key role in the "
                                  "friendship between our peoples."),
    ], title="Condolences on the death of Anton Vell")


def test_a_guest_named_in_a_later_sentence_still_ends_the_report():
    """The guard of the rule above: a living person named as the subject (here the recipient of the message)
    still acts, and the report is not carried over his sentence."""
    body = ("President of Borduria Ivan Dorn sent a message of condolence to Prime Minister of Ruritania Karl Tamm "
            "on the death of Anton Vell.\n\n"
            "In his message Ivan Dorn emphasised that the revival of Ruritanian literature is associated with the "
            "name of this outstanding man. Karl Tamm will attend the funeral on Friday.")
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "President of Borduria Ivan Dorn sent a message of condolence to Prime Minister of "
                                  "Ruritania Karl Tamm on the death of Anton Vell."),
        ("Ivan Dorn", "indirect", "In his message Ivan Dorn emphasised that the revival of Ruritanian literature is "
                                  "associated with the name of this outstanding man."),
    ], title=CONDOLENCE_TITLE)
