"""English agreements between governments, with hosts, with chapters, and under a headline
that sums them up: the governments a title joins are its parties, a body named as the host
of the agreement's work signs nothing, a chapter the agreement has is not its topic, and a
headline's "Signs Agreements on A and B" is the story's agreements on A and on B."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_title_joining_two_governments_makes_them_the_parties_not_the_ministries() -> None:
    got = agreements_of(
        facts_text(
            "Lima, 12 May 2026 - The Minister of Economy of Peru, Rosa Diaz, and the Minister "
            "of Commerce of Thailand, Somchai Wong, signed the Agreement between the Government "
            "of the Republic of Peru and the Government of the Kingdom of Thailand on Trade in "
            "Goods on 11 May.",
            "2026-05-12",
        )
    )
    assert [p for *_, p in got] == [
        frozenset({"Government of the Republic of Peru", "Government of the Kingdom of Thailand"})
    ]


def test_two_governments_that_sign_are_the_parties() -> None:
    got = agreements_of(
        facts_text(
            "On 5 May 2025 the Government of Canada and the Government of the Republic of Korea "
            "signed an investment protection agreement.",
            "2025-05-06",
        )
    )
    assert [p for *_, p in got] == [
        frozenset({"Government of Canada", "Government of the Republic of Korea"})
    ]


def test_a_body_named_as_the_host_of_the_agreements_work_signs_nothing() -> None:
    got = agreements_of(
        facts_text(
            "On 3 June 2025, WIPO and the Patent Office of Ghana signed a cooperation agreement "
            "establishing a network of innovation centres, with the University of Ghana as its "
            "first host institution.",
            "2025-06-04",
        )
    )
    assert [p for *_, p in got] == [frozenset({"WIPO", "Patent Office of Ghana"})]


def test_a_chapter_an_agreement_has_does_not_title_it() -> None:
    got = agreements_of(
        facts_text(
            "On 5 May 2025 the Government of Canada and the Government of the Republic of Korea "
            "signed an investment protection agreement with a chapter on intellectual property.",
            "2025-05-06",
        )
    )
    assert [t for t, *_ in got] == ["investment protection agreement"]


def test_a_headline_summing_up_two_signings_names_the_storys_agreements() -> None:
    text = (
        "WIPO Director General Visits Kenya, Signs Agreements on Patent Training and "
        "Innovation Support\n\n"
        "Nairobi, Kenya - Daren Tang, who heads the World Intellectual Property Organization "
        "(WIPO), left Kenya on 14 March after three days there.\n\n"
        "On 12 March, Mr Tang and the Attorney General of Kenya, Jane Otieno, signed a "
        "Memorandum of Understanding between WIPO and the Office of the Attorney General "
        "on patent training for judges.\n\n"
        "Mr Tang also called at the Kenya Industrial Property Institute (KIPI). On 13 March, "
        "WIPO Deputy Director General Lisa Jorgenson and the Managing Director of KIPI, "
        "John Mwangi, signed an agreement on innovation support, with the University of "
        "Nairobi as its first host institution."
    )
    got = agreements_of(facts_text(text, "2026-03-15"))
    assert sorted((k, d) for _t, k, d, _p in got) == [
        ("agreement", "2026-03-13"),
        ("mou", "2026-03-12"),
    ]
    assert frozenset(
        {"World Intellectual Property Organization", "Kenya Industrial Property Institute"}
    ) in [p for *_, p in got]


def test_a_trade_agreement_named_by_two_countries_is_between_their_governments() -> None:
    got = agreements_of(
        facts_text(
            "Santiago, 9 April 2026 - Trade Minister Pablo Reyes and Malaysia's Minister of "
            "Investment, Trade and Industry, Aziz Rahman, signed the Chile-Malaysia Free Trade "
            "Agreement on behalf of their governments on 8 April.",
            "2026-04-09",
        )
    )
    assert [(t, p) for t, _k, _d, p in got] == [
        (
            "Chile-Malaysia Free Trade Agreement",
            frozenset({"Government of Chile", "Government of Malaysia"}),
        )
    ]


def test_the_bodies_signers_act_for_are_the_parties() -> None:
    got = agreements_of(
        facts_text(
            "On 2 May 2025 the two ministers signed, on behalf of the Government of Australia "
            "and the Government of India, the Economic Cooperation and Trade Agreement.",
            "2025-05-03",
        )
    )
    assert [(t, p) for t, _k, _d, p in got] == [
        (
            "Economic Cooperation and Trade Agreement",
            frozenset({"Government of Australia", "Government of India"}),
        )
    ]
