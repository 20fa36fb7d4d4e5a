"""How news stories report signings: generic mentions titled from their kind and parties,
each once; statements issued and programmes approved; list items with no subject; the date
of the event a story leads with."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def _signers(f, i: int) -> set[str]:
    people = {p.key: p.name for p in f.people}
    return {people[k] for k in f.agreements[i].signatories}


def test_generic_agreements_signed_with_a_list_are_one_per_counterpart() -> None:
    f = facts_text(
        "The 9th Meeting of Heads of Offices was held in Kunming on October 12. Before the "
        "meeting, Commissioner Zhao Ming of the CNIPA held talks and signed relevant "
        "cooperation documents with Dewi Lestari, Director General of the Directorate "
        "General of Intellectual Property (DGIP), and Ko Ko Oo, Director General of the "
        "Intellectual Property Department of Myanmar, respectively.",
        date="2021-11-02",
    )
    got = agreements_of(f)
    assert len(got) == 2
    for title, _kind, date, parties in got:
        assert title.startswith("cooperation document between CNIPA and ")
        assert "relevant" not in title
        assert "CNIPA" in {n for n in parties} or any("CNIPA" in n for n in parties)
        assert date is None  # "before the meeting": not the meeting's date
    assert _signers(f, 0) == {"Zhao Ming", "Dewi Lestari"}
    assert _signers(f, 1) == {"Zhao Ming", "Ko Ko Oo"}


def test_a_generic_agreement_mentioned_again_is_reported_once_and_only_when_signed() -> None:
    f = facts_text(
        "The Hellenic Industrial Property Organisation (OBI) and the Cyprus registry signed "
        "a cooperation agreement in Nicosia on 5 April 2022. The cooperation agreement "
        "covers training. Both offices will also discuss a new agreement on data exchange."
    )
    assert len(f.agreements) == 1


def test_a_statement_issued_and_a_work_programme_approved_are_agreements() -> None:
    f = facts_text(
        "The 7th Meeting of the Heads of the Offices of Country A and Country B was held in "
        "Geneva on June 14, 2022, with the Swiss Federal Institute of Intellectual Property "
        "(IPI) as host. The meeting reviewed and approved the IPI-OEPM Cooperation Work "
        "Programme 2022-2024. The IPI and the OEPM issued a Joint Communiqué on June 15.",
        date="2022-07-01",
    )
    got = {(k, d) for _, k, d, _ in agreements_of(f)}
    assert ("work_plan", "2022-06-14") in got
    assert ("joint_statement", "2022-06-15") in got


def test_list_items_without_a_subject_are_signed_by_the_person_the_story_leads_with() -> None:
    f = facts_text(
        "Director General Amara Nwosu of the African Regional Intellectual Property "
        "Organization (ARIPO) ended a visit to Accra on 9 March 2023, where she met "
        "officials.\n\nHighlights of the visit:\n"
        "- Signed an MoU with the Ghana Investment Promotion Centre (GIPC) on investment.\n"
        "- Signed an MoU with the University of Ghana, marking a step for research in Ghana.\n"
    )
    got = agreements_of(f)
    assert len(got) == 2
    for _, kind, date, parties in got:
        assert kind == "mou" and date == "2023-03-09"
        assert "African Regional Intellectual Property Organization" in parties
        assert len(parties) == 2
    assert _signers(f, 0) == {"Amara Nwosu"}


def test_a_signing_takes_the_date_of_the_event_the_story_leads_with() -> None:
    f = facts_text(
        "Offices meet\n\n"
        "On September 8, a video meeting was held between the President of the Eurasian "
        "Patent Office (EAPO) Irina Sokolova and Director General Hans Keller of the Swiss "
        "Federal Institute of Intellectual Property (IPI).\n\n"
        "The parties exchanged statistics and discussed training.\n\n"
        "Summing up, the heads of the offices agreed to extend the PPH pilot programme "
        "and signed a work plan on examiner training. The offices had signed a PPH "
        "agreement in recent years.\n",
        date="2021-10-01",
    )
    dates = {k: d for _, k, d, _ in agreements_of(f)}
    assert dates["work_plan"] == "2021-09-08"


def test_in_a_speech_we_and_our_are_the_speakers_office_and_last_month_is_dated() -> None:
    f = facts_text(
        "Remarks by Mr Jonas Berg, Director General, Norwegian Industrial Property Office, "
        "at the Nordic IP Day\n\n"
        "Good morning. This year we signed a memorandum of understanding with the Israel "
        "Patent Office and renewed our PPH agreement with the Japan Patent Office. Last "
        "month, we also concluded a work plan with the Danish Patent and Trademark Office.",
        date="2023-09-12",
    )
    got = {k: (d, p) for _, k, d, p in agreements_of(f)}
    for kind in ("mou", "pph", "work_plan"):
        assert "Norwegian Industrial Property Office" in got[kind][1]
        assert len(got[kind][1]) == 2
    assert got["mou"][0] == "2023" and got["work_plan"][0] == "2023-08"
