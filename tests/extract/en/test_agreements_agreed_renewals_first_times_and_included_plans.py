"""A renewal only agreed to, a signing called the first of its kind, a memorandum of
cooperation signed again by a named head a paragraph later, and a plan a later sentence
counts among the documents signed (importers/en/agreements/said_again.py, afterwards.py,
included.py; the words in store/text/words/en_agreements.txt). Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, people_names

NORDIC = frozenset({"Norwegian Industrial Property Office", "Swedish Intellectual Property Office"})


def test_a_renewal_the_sides_agreed_to_make_by_a_later_accord_is_no_second_agreement() -> None:
    text = (
        "The Norwegian Industrial Property Office and the Swedish Intellectual Property Office "
        "signed a Memorandum of Understanding on examiner training in Bergen on 2 May 2031.\n\n"
        "The offices agreed to renew the memorandum after five years by way of a formal "
        "agreement between the two governments.\n"
    )
    got = agreements_of(facts_text(text, "2031-05-04"))
    assert [(k, p) for _t, k, _d, p in got] == [("mou", NORDIC)]


def test_a_signing_called_the_first_of_its_kind_is_the_one_told_and_gives_its_topic() -> None:
    text = (
        "On 9 June 2031 the Norwegian Industrial Property Office signed a memorandum of "
        "understanding (MoU) with the Swedish Intellectual Property Office at a meeting of "
        "Nordic offices.\n\n"
        "The offices have exchanged examiners for a decade, but it is the first time they "
        "have concluded an MoU on joint patent searches.\n"
    )
    got = agreements_of(facts_text(text, "2031-06-09"))
    assert len(got) == 1
    title, kind, date, parties = got[0]
    assert (kind, date, parties) == ("mou", "2031-06-09", NORDIC)
    assert "joint patent searches" in title


def test_a_memorandum_of_cooperation_signed_again_by_a_named_head_gains_his_office() -> None:
    text = (
        "Nordic offices and the Japan Patent Office (JPO) concluded a Memorandum of "
        "Cooperation (MoC) on 14 October 2031 in Reykjavik.\n\n"
        "Mr Lars Berg, Director General of the Swedish Intellectual Property Office, "
        "jointly with the heads of the other Nordic offices, signed the MoC with the JPO.\n"
    )
    facts = facts_text(text, "2031-10-15")
    got = agreements_of(facts)
    assert len(got) == 1
    _title, kind, date, parties = got[0]
    assert (kind, date) == ("mou", "2031-10-14")
    assert {"Japan Patent Office", "Swedish Intellectual Property Office"} <= parties
    keys = {p.key: p.name for p in facts.people}
    assert [keys[k] for k in facts.agreements[0].signatories] == ["Lars Berg"]
    assert "Lars Berg" in people_names(facts)


def test_a_plan_counted_among_the_documents_signed_before_is_an_agreement_of_the_pair() -> None:
    text = (
        "The Norwegian Industrial Property Office and the Swedish Intellectual Property Office "
        "signed bilateral cooperation agreements in Tromso on 20 August 2031.\n"
        "These documents, including a joint work plan for 2032, were prepared over a "
        "year of meetings between the two offices.\n"
    )
    got = agreements_of(facts_text(text, "2031-08-21"))
    plans = [g for g in got if g[1] == "work_plan"]
    assert len(plans) == 1
    title, _kind, date, parties = plans[0]
    assert title.endswith("work plan for 2032")
    assert (date, parties) == ("2031-08-20", NORDIC)


def test_an_item_not_among_the_signed_documents_makes_no_agreement() -> None:
    text = (
        "The Norwegian Industrial Property Office and the Swedish Intellectual Property Office "
        "met in Tromso on 20 August 2031 and discussed a joint work plan for 2032.\n"
    )
    assert agreements_of(facts_text(text, "2031-08-21")) == []
