"""Helper h1129 (eighthundredsixtieth, the Chairman of Ho Chi Minh City's People's Committee and those he meets), three
shapes of the Vietnamese news agency's pages: VNA's closing mark "/." after a closing tag ("…, he said./."); a name and
its lower-case office that open the sentence before "said" and a place set off by its own aside after it ("X, head of
the consular corps, said Dan Vor, one of …, has …"); "the city leader" for the city's Chairman. Invented readouts,
invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_RECEIVED = "Chairman of the People's Committee of Dan Vor City Tran Van Loc received Governor Lio Zhen of Qarland on May 3."
_LIO = "Lio, for his part, congratulated Dan Vor on its achievements."


def test_a_closing_tag_before_the_agencys_closing_mark_keeps_its_report():
    """"Qarland wishes to partner with …, he said./.": the report before the tag is Lio's whole; before, the country's
    own verb ("wishes") cut it and only "he said./." was his."""
    wishes = "Qarland wishes to partner with Dan Vor to implement cooperation programmes, he said."
    body = "\n\n".join([_RECEIVED, _LIO, wishes + "/."])
    result = run(body)
    assert [(s.speaker, s.text) for s in result.statements][-1] == ("Lio Zhen", wishes + "/.")


def test_the_closing_mark_alone_after_a_plain_full_stop_changes_nothing():
    """The guard: the same sentence with no country's verb in it was read whole before, and still is."""
    wants = "Qarland wants to partner with Dan Vor to implement cooperation programmes, he said."
    body = "\n\n".join([_RECEIVED, _LIO, wants + "/."])
    result = run(body)
    assert [(s.speaker, s.text) for s in result.statements][-1] == ("Lio Zhen", wants + "/.")


_CORPS = ("Consul General Arvo Kettunen Lind, head of the delegation of consulates general in the city, said Dan Vor, "
          "one of the most vibrant economies in the region, has potential to become a financial centre.")


def test_a_name_and_its_office_before_said_are_its_subject_not_a_place_after_it():
    """The place after "said", set off by an aside of its own, opens the reported clause: the words before the verb,
    a name and its lower-case office, are no clause a tag could close. Before, "Dan Vor" was read as a speaker
    inverted after the verb, and the sentence was no one's."""
    body = "\n\n".join(["Leaders of Dan Vor City met with consuls general on January 16.", _CORPS])
    assert_statements(body, [("Arvo Kettunen Lind", "indirect", _CORPS)])


def test_a_report_closed_by_an_inverted_tag_with_an_office_stays_the_tags():
    """The guard: "…, said X, head of the consular corps." is still the inverted tag's (a clause before it)."""
    tagged = ("Dan Vor has potential to become a financial centre, said Arvo Kettunen Lind, head of the consular "
              "corps.")
    body = "\n\n".join(["Leaders of Dan Vor City met with consuls general on January 16.", tagged])
    assert_statements(body, [("Arvo Kettunen Lind", "indirect", tagged)])


_HOSTED = ("Chairman of the People's Committee of Dan Vor City Tran Van Loc hosted on August 4 a reception for Pel "
           "Sorren, Mayor of Velm.")
_PLEDGED = ("The city leader pledged to create optimal conditions for Velm firms, while suggesting the Mayor of Velm "
            "encourage businesses to invest.")


def test_the_city_leader_is_the_host_chairman_not_the_visiting_mayor():
    """"The city leader" is the city's Chairman, the readout's host, though the visiting Mayor heads a city too;
    before, the sentence was no one's."""
    body = "\n\n".join([_HOSTED, "At the function, Loc expressed his pleasure with the growing relationship.", _PLEDGED,
                        "Pel Sorren, for his part, affirmed to encourage companies from Velm to invest."])
    result = run(body)
    assert [(s.speaker, s.text) for s in result.statements if s.text.startswith("The city")] == [("Tran Van Loc", _PLEDGED)]


def test_the_citys_leader_is_the_chairman_not_the_consul_named_last():
    """"The city's leader hoped …", read as the phrase "leader": the Chairman, not the Consul General named last."""
    hoped = "The city's leader hoped that Dan Vor will receive experience in urban management."
    body = "\n\n".join([
        "Chairman of the Dan Vor People's Committee Tran Van Loc hoped that the city and Qarland's localities will "
        "strengthen cooperation.",
        "Speaking at the receiving ceremony for Mr. Pel Sorren, the newly-appointed Consul General of Qarland, the "
        "city's chairman emphasized that Dan Vor treasures the friendship with Qarland.",
        "A delegation of the city's officials plans to visit Qarland in September.",
        hoped,
        "For his part, Mr. Pel Sorren pledged that the Consulate General will support the delegation."])
    result = run(body)
    assert [(s.speaker, s.text) for s in result.statements if s.text == hoped] == [("Tran Van Loc", hoped)]


def test_a_countrys_leader_is_not_read_as_the_city_leader():
    """The guard: "the Qarlander leader" (a country's adjective) is left to the country's reading, not to the city's
    Chairman."""
    body = "\n\n".join([
        "President Oskar Mell of Qarland received Chairman of the Dan Vor People's Committee Tran Van Loc on May 3.",
        "The Qarlander leader said his country values the ties with the city."])
    result = run(body)
    said = [s.speaker for s in result.statements if s.text.startswith("The Qarlander leader")]
    assert said == ["Oskar Mell"]


_AFFIRMED = ("Close coordination between the city and the diplomatic corps will be sustained to organise exchanges, "
             "the leader affirmed.")


def test_a_bare_leader_after_the_chairmans_report_is_the_chairman():
    """"…, the leader affirmed." right after the Chairman's own report is his; before, it was no one's."""
    body = "\n\n".join([
        "Leaders of Dan Vor City on January 16 met with consuls general and foreign businesses.",
        "Addressing the meeting, Tran Van Loc, Chairman of the municipal People's Committee, thanked the diplomatic "
        "agencies for their help.",
        "Loc pledged ensuring stability and a favourable living environment.",
        _AFFIRMED])
    result = run(body)
    assert [s.speaker for s in result.statements if s.text == _AFFIRMED] == ["Tran Van Loc"]


def test_a_bare_leader_after_a_guests_report_is_not_the_chairman():
    """The guard: after the Ambassador's report, "the leader" is not read as the Chairman named before him."""
    body = "\n\n".join([
        "Chairman of the Dan Vor People's Committee Tran Van Loc received Ambassador Pel Sorren of Qarland on May 3.",
        "Ambassador Pel Sorren thanked the city for its support to the embassy.",
        _AFFIRMED])
    result = run(body)
    assert "Tran Van Loc" not in [s.speaker for s in result.statements if s.text == _AFFIRMED]
