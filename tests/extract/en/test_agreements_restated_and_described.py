"""Agreements a story names again or describes (importers/en/agreements/restated.py,
signings.py): parties a headline gives by country restated by the bodies, a participle that
belongs to the later of two agreements, a generic noun set off by a comma that says what the
agreement just named is, a signing only supposed ("to be extended"), and agreements whose
only sides are described ("with the offices of A and B"), which name no party."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set


def test_bodies_named_later_replace_the_parties_a_headline_gives_by_country() -> None:
    text = (
        "Ministers approve Memorandum of Understanding between Brazil and Japan on patents\n\n"
        "Cabinet ministers endorsed the Memorandum of "
        "Understanding (MoU) between "
        "the Department of Industrial Policy, Ministry of Development, Government of Brazil, "
        "and the Japan Patent Office on cooperation in patent examination.\n\n"
        "The MoU was signed in Tokyo on 3 March 2025 by the heads of the two offices."
    )
    got = agreements_of(facts_text(text, "2025-04-02"))
    assert [(k, p) for _t, k, _d, p in got] == [
        ("mou", frozenset({"Department of Industrial Policy", "Japan Patent Office"}))
    ]


def test_bodies_a_later_sentence_signs_between_replace_the_countries_of_a_headline() -> None:
    text = (
        "Peru, Norway ink MoUs on IPR, tourism\n\n"
        "Peru and Norway have signed two memorandums of understanding (MoUs) covering IPR "
        "and tourism. The IPR MoU was inked between the Inventions and Marks Department "
        "(DIM) and the Intellectual Property Office of Norway (IPON)."
    )
    f = facts_text(text, "2025-04-02")
    assert [p for _t, _k, _d, p in agreements_of(f)] == [
        frozenset({"Inventions and Marks Department", "Intellectual Property Office of Norway"})
    ]
    assert "IP authority of Peru" not in org_set(f)


def test_a_participle_right_after_a_later_agreement_signs_that_one_only() -> None:
    text = (
        "The new memorandum extends a Letter of Intent signed by the Danish Patent and "
        "Trademark Office and the Korean Intellectual Property Office in May 2016."
    )
    got = agreements_of(facts_text(text, "2025-01-20"))
    assert [(k, d) for _t, k, d, _p in got] == [("letter_of_intent", "2016-05")]


def test_an_agreement_and_a_plan_joined_by_and_share_the_participle_after_them() -> None:
    text = (
        "The memorandum of understanding and the work plan signed by the Danish Patent and "
        "Trademark Office and the Korean Intellectual Property Office in May 2016 were renewed."
    )
    kinds = {k for _t, k, _d, _p in agreements_of(facts_text(text, "2025-01-20"))}
    assert {"mou", "work_plan"} <= kinds


def test_a_generic_noun_after_a_comma_describes_the_agreement_just_named() -> None:
    text = (
        "The Danish Patent and Trademark Office (DKPTO) has signed a Memorandum of Cooperation "
        "with the Korean Intellectual Property Office (KIPO), the first such agreement between "
        "the two offices, in Seoul on 8 April 2025."
    )
    got = agreements_of(facts_text(text, "2025-04-10"))
    assert [k for _t, k, _d, _p in got] == ["mou"]


def test_an_agreement_whose_effect_is_only_supposed_is_not_signed() -> None:
    text = (
        "A recognition agreement, which would allow Danish patents to be extended to Korea, "
        "was not discussed by the Danish Patent and Trademark Office and the Korean "
        "Intellectual Property Office."
    )
    assert agreements_of(facts_text(text, "2025-04-10")) == []


def test_a_relative_passive_after_a_later_agreement_signs_that_one_only() -> None:
    text = (
        "The present memorandum replaces the Letter of Intent that was signed by the Danish "
        "Patent and Trademark Office and the Korean Intellectual Property Office in May 2016."
    )
    got = agreements_of(facts_text(text, "2025-01-20"))
    assert [(k, d) for _t, k, d, _p in got] == [("letter_of_intent", "2016-05")]


def test_bodies_a_re_mention_signs_between_replace_a_state_and_a_country() -> None:
    text = (
        "Chile and Korea join forces on design rights\n\n"
        "The Government of Chile and the Republic of Korea have signed a Memorandum of "
        "Understanding (MoU) on industrial designs. This historic MoU, signed between "
        "Chile's Ministry of Economy and Tourism and the Korean Intellectual Property "
        "Office, opens a new stage of their work together."
    )
    got = agreements_of(facts_text(text, "2024-10-02"))
    assert len(got) == 1
    assert got[0][3] == frozenset(
        {"Ministry of Economy and Tourism of Chile", "Korean Intellectual Property Office"}
    )


def test_agreements_with_offices_only_described_and_no_named_side_are_none() -> None:
    text = (
        "The Kenya Industrial Property Institute (KIPI) signed a Memorandum of Understanding "
        "with the Danish Patent and Trademark Office in Geneva yesterday.\n\n"
        "KIPI is the first office in East Africa to sign such a memorandum with the Danish "
        "office, and the third worldwide, following its earlier signature of agreements "
        "with the offices of Chile and Peru."
    )
    f = facts_text(text, "2025-01-20")
    assert [p for _t, _k, _d, p in agreements_of(f)] == [
        frozenset({"Kenya Industrial Property Institute", "Danish Patent and Trademark Office"})
    ]
    assert not any(o.startswith("IP authority of") for o in org_set(f))


def test_a_described_counterpart_beside_a_named_side_leaves_the_named_side_alone() -> None:
    """The signing stands; the counterpart the text only describes is no body of it
    (importers/en/output.py)."""
    text = (
        "In May, the Danish Patent and Trademark Office signed a cooperation plan with the "
        "IP authority of Kenya."
    )
    f = facts_text(text, "2025-01-20")
    got = agreements_of(f)
    assert [p for _t, _k, _d, p in got] == [frozenset({"Danish Patent and Trademark Office"})]
    assert not any(o.startswith("IP authority of") for o in org_set(f))
