"""Helper h1142 (stop 67, one reader where the last stop left two): "the city leader", "the city's leader", "the
municipal leader", "the provincial leader" read by one reader (`local_leaders`), which does what h1127's mayor-first
reading and h1129's host-first reading each did, and decides the cases only one of them saw. Invented readouts,
invented people and places."""

from __future__ import annotations

from .test_patterns import run

_THANKED = "thanked the consulate for its help during the floods."


def _speakers_of(body: str, opening: str) -> list[str | None]:
    return [s.speaker for s in run(body).statements if s.text.startswith(opening)]


def test_the_citys_leader_with_a_mayor_and_his_deputy_is_the_mayor():
    """"The city's leader", read as the phrase "leader", where the guest is named first and a mayor and his deputy both
    hold a local chair: the mayor (the host-first reading saw the phrase but found two chairs and no host among them;
    the mayor-first reading never saw the phrase); before, the sentence was no one's."""
    body = "\n\n".join([
        "Consul General of Kessia Ada Morrow on Tuesday called on Mayor of Bresk Tomas Vellin. Deputy Mayor Lina Harsk "
        "also attended.",
        "The city's leader " + _THANKED])
    assert _speakers_of(body, "The city's leader") == ["Tomas Vellin"]


def test_the_provincial_leader_is_the_governor_not_the_vice_chairman():
    """"The provincial leader" where the guest is named first, then a province's Governor and a Vice Chairman of its
    committee: the Governor, the province's own head (before, no one's; a reading by the one chair only would have
    taken the Vice Chairman)."""
    body = "\n\n".join([
        "Ambassador of Kessia Ada Morrow on Monday called on Governor of Orsk Province Emil Vantreck and Vice Chairman "
        "of the Orsk Provincial People's Committee Lin Dao.",
        "The provincial leader said the province would open a trade office in Kessia."])
    assert _speakers_of(body, "The provincial leader") == ["Emil Vantreck"]


def test_the_city_leader_is_the_host_mayor_not_the_visiting_chairman():
    """A mayor who receives a city's Chairman: "the city leader" is the host, the mayor, though the guest chairs a
    city's committee too."""
    body = "\n\n".join([
        "Mayor of Velm Pel Sorren on May 3 received Chairman of the People's Committee of Dan Vor City Tran Van Loc.",
        "The city leader said Velm firms were ready to invest in Dan Vor."])
    assert _speakers_of(body, "The city leader") == ["Pel Sorren"]


def test_two_mayors_and_no_host_among_them_leave_the_city_leader_unread():
    """The guard: two mayors met by a guest named first, neither the host: "the city leader" is neither of them."""
    body = "\n\n".join([
        "Consul General of Kessia Ada Morrow on Tuesday met Mayor of Bresk Tomas Vellin and Mayor of Orsk Lina Harsk.",
        "The city leader " + _THANKED])
    assert not {"Tomas Vellin", "Lina Harsk"} & set(_speakers_of(body, "The city leader"))


def test_a_party_leader_is_not_read_as_the_city_leader():
    """The guard: "the party leader" is no local description; the mayor named is not read into it."""
    body = "\n\n".join([
        "Consul General of Kessia Ada Morrow on Tuesday called on Mayor of Bresk Tomas Vellin. Deputy Mayor Lina Harsk "
        "also attended.",
        "The party leader " + _THANKED])
    assert "Tomas Vellin" not in _speakers_of(body, "The party leader")
