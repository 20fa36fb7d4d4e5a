"""What a user gets from English documents: organisations, officials with roles, agreements.

The fixtures under tests/fixtures/en/ are documents written for these tests in styles the
seeds do not have (a WIPO press release, an EPO news item, an office's annual report, a news
article wrapped in site chrome); the seed test checks the benchmark targets.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from importers import en
from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).parent / "fixtures" / "en"
_SHARED = ROOT.parent / "shared" / "benchmark"
SCORE = _SHARED if (_SHARED / "score.py").exists() else ROOT / "tests" / "benchmark"
GOLD = SCORE / "seeds_gold.json"


def facts_of(name: str, date: str | None = None) -> DocumentFacts:
    return en.extract(
        (FIX / name).read_text(encoding="utf-8"), date=date, reference=load_reference()
    )


def org_names(f: DocumentFacts) -> dict[str, str]:
    return {o.key: o.name for o in f.orgs}


def all_names(f: DocumentFacts, key: str) -> set[str]:
    o = next(o for o in f.orgs if o.key == key)
    return {o.name, *o.aliases}


def roles(f: DocumentFacts) -> set[tuple[str, str, str]]:
    people = {p.key: p.name for p in f.people}
    orgs = org_names(f)
    return {(people[r.person], r.title, orgs[r.org]) for r in f.roles if r.org}


def parties(f: DocumentFacts, i: int) -> set[str]:
    orgs = org_names(f)
    return {orgs[k] for k in f.agreements[i].parties}


def test_an_mou_signed_between_two_offices_has_both_as_parties() -> None:
    f = facts_of("wipo_press_release.txt")
    assert len(f.agreements) == 1
    a = f.agreements[0]
    assert a.kind == "mou"
    assert a.date == "2023-03-13"
    names = [all_names(f, k) for k in a.parties]
    assert any("WIPO" in n for n in names)
    assert any("INPI" in n for n in names)


def test_signatories_are_the_officials_who_signed() -> None:
    f = facts_of("wipo_press_release.txt")
    people = {p.key: p.name for p in f.people}
    assert {people[k] for k in f.agreements[0].signatories} == {"Daren Tang", "Júlio César Moreira"}


def test_a_witness_is_not_a_signatory() -> None:
    f = facts_of("epo_news.txt")
    people = {p.key: p.name for p in f.people}
    validation = next(a for a in f.agreements if "validation" in a.title)
    assert "Ith Sarann" not in {people[k] for k in validation.signatories}
    assert {people[k] for k in validation.signatories} == {"Benoît Battistelli", "Pan Sorasak"}


def test_title_before_and_after_a_name_gives_roles() -> None:
    f = facts_of("wipo_press_release.txt")
    r = roles(f)
    assert (
        "Júlio César Moreira",
        "President",
        "National Institute of Industrial Property of Brazil",
    ) in r
    assert any(p == "Daren Tang" and t == "Director General" for p, t, _ in r)


def test_a_minister_belongs_to_the_ministry_of_the_portfolio() -> None:
    f = facts_of("epo_news.txt")
    assert ("Pan Sorasak", "Minister of Commerce", "Ministry of Commerce of Cambodia") in roles(f)
    assert ("Benoît Battistelli", "President", "European Patent Office") in roles(f)


def test_pph_agreement_has_kind_pph() -> None:
    f = facts_of("epo_news.txt")
    pph = [a for a in f.agreements if a.kind == "pph"]
    assert len(pph) == 1
    assert {"European Patent Office", "Japan Patent Office"} == {
        org_names(f)[k] for k in pph[0].parties
    }


def test_aggregate_counts_and_negotiations_are_not_agreements() -> None:
    f = facts_of("epo_news.txt")
    assert len(f.agreements) == 2  # validation agreement + PPH; not "nine", not Georgia
    r = facts_of("office_annual_report.txt")
    assert not any("documents" in a.title for a in r.agreements)
    w = facts_of("wipo_press_release.txt")
    assert len(w.agreements) == 1  # "more than 40 cooperation agreements" is a count


def test_a_report_dates_items_by_paragraph_month_and_report_year() -> None:
    f = facts_of("office_annual_report.txt")
    by_kind = {a.kind: a for a in f.agreements}
    assert by_kind["mou"].date == "2019-03"
    assert by_kind["work_plan"].date == "2019"
    assert by_kind["record_of_discussion"].date == "2019-11"


def test_the_office_in_a_report_is_the_reporting_office() -> None:
    f = facts_of("office_annual_report.txt")
    mou = next(a for a in f.agreements if a.kind == "mou")
    assert {org_names(f)[k] for k in mou.parties} == {
        "Japan Patent Office",
        "Intellectual Property Office of the Philippines",
    }


def test_a_bare_title_in_a_report_belongs_to_the_reporting_office() -> None:
    f = facts_of("office_annual_report.txt")
    r = roles(f)
    assert ("Takahiro Matsunaga", "Commissioner", "Japan Patent Office") in r
    assert ("Hiroshi Tanaka", "Deputy Commissioner", "Japan Patent Office") in r
    assert (
        "Rowel Barba",
        "Director General",
        "Intellectual Property Office of the Philippines",
    ) in r


def test_defined_acronyms_are_aliases_of_one_organisation() -> None:
    f = facts_of("news_with_chrome.txt")
    kipo = [o for o in f.orgs if "KIPO" in o.aliases]
    assert len(kipo) == 1 and kipo[0].name == "Korean Intellectual Property Office"
    assert len(kipo[0].spans) >= 2


def test_teasers_and_contact_blocks_yield_nothing() -> None:
    f = facts_of("news_with_chrome.txt")
    names = {o.name for o in f.orgs}
    assert names == {
        "Korean Intellectual Property Office",
        "Intellectual Property Office of Singapore",
    }
    assert {p.name for p in f.people} == {"Sung Yun-mo"}
    assert len(f.agreements) == 1 and f.agreements[0].date == "2018-05-10"
    empty = facts_of("chrome_only.txt")
    assert (empty.orgs, empty.people, empty.roles, empty.agreements) == ([], [], [], [])


def test_spans_point_into_the_text_given() -> None:
    text = (FIX / "news_with_chrome.txt").read_text(encoding="utf-8")
    f = en.extract(text, date=None, reference=load_reference())
    for o in f.orgs:
        for s in o.spans:
            assert text[s.start : s.end] in {o.name, *o.aliases}
    for p in f.people:
        for s in p.spans:
            assert text[s.start : s.end] in p.name


def test_nbsp_is_treated_as_a_space() -> None:
    text = "Rui\u00a0Wenbiao, head of the Shanghai Intellectual Property Administration, said so."
    f = en.extract(text, date=None, reference=load_reference())
    assert [p.name for p in f.people] == ["Rui Wenbiao"]
    assert roles(f) == {("Rui Wenbiao", "head", "Shanghai Intellectual Property Administration")}


EN_SEEDS = [
    "000_0af177fc4d59d008.txt",
    "002_541aefc08e5fc8ba.txt",
    "003_5b9f4ff068226edb.txt",
    "004_167981811bc58707.txt",
]


@pytest.mark.skipif(not GOLD.exists(), reason="benchmark gold not available")
def test_english_seeds_meet_the_f1_targets(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import score_facts  # type: ignore[import-not-found]

    export = score_facts.export_for([ROOT / "seeds" / n for n in EN_SEEDS])
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    gold["documents"] = [d for d in gold["documents"] if d["file"] in EN_SEEDS]
    (tmp_path / "e.json").write_text(json.dumps(export), encoding="utf-8")
    (tmp_path / "g.json").write_text(json.dumps(gold), encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(SCORE / "score.py"),
            str(tmp_path / "e.json"),
            str(tmp_path / "g.json"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(out)
    assert result["organisations"]["f1"] >= 0.90
    assert result["people"]["f1"] >= 0.90
    assert result["roles"]["f1"] >= 0.80
    assert result["agreements"]["f1"] >= 0.75


# --- general patterns, each on sentences written for these tests -------------------------


def facts_text(text: str, date: str | None = None) -> DocumentFacts:
    return en.extract(text, date=date, reference=load_reference())


def people_names(f: DocumentFacts) -> set[str]:
    return {p.name for p in f.people}


def test_a_name_in_apposition_after_a_title_and_its_organisation() -> None:
    f = facts_text(
        "Mombasa, 4 June 2024 - The Executive Director of the Kenya Industrial Property "
        "Institute (KIPI), Margaret Wanjiru Otieno, opened the seminar."
    )
    assert (
        "Margaret Wanjiru Otieno",
        "Executive Director",
        "Kenya Industrial Property Institute",
    ) in roles(f)


def test_a_ministers_portfolio_may_hold_a_comma_and_the_country_a_possessive() -> None:
    f = facts_text(
        "The talks were opened by Peru's Minister of Production, Trade and Tourism, "
        "Ana Castro Villena. Officials of the Peruvian Ministry of Production, Trade and "
        "Tourism (PRODUCE) attended."
    )
    assert (
        "Ana Castro Villena",
        "Minister of Production, Trade and Tourism",
        "Ministry of Production, Trade and Tourism of Peru",
    ) in roles(f)
    ministry = [o for o in f.orgs if o.name == "Ministry of Production, Trade and Tourism of Peru"]
    assert len(ministry) == 1 and "PRODUCE" in ministry[0].aliases


def test_hyphenated_names_and_middle_initials() -> None:
    f = facts_text(
        "The memorandum was signed by Omar Al-Farouk, Chief Executive Officer of the Gulf "
        "Innovation Authority, and by Director General Pedro T. Santos of the National Patent "
        "Office of Ruritania."
    )
    assert "Omar Al-Farouk" in people_names(f)
    assert "Pedro T. Santos" in people_names(f)
    assert ("Pedro T. Santos", "Director General", "National Patent Office of Ruritania") in roles(
        f
    )


def test_a_long_title_naming_a_function_before_the_name() -> None:
    f = facts_text(
        "WIPO Deputy Director General Patents and Technology Sector Lisa Jorgenson spoke."
    )
    assert "Lisa Jorgenson" in people_names(f)
    r = roles(f)
    assert any(p == "Lisa Jorgenson" and o == "WIPO" for p, _, o in r)


def test_an_appointment_and_the_predecessor_share_the_title() -> None:
    f = facts_text(
        "The Intellectual Property Office of Ruritania (IPOR) has a new head. On 2 March the "
        "ministry said that Lena Fischer was appointed Registrar of Trade Marks and Designs, "
        "succeeding Peter Hallam. Ms Fischer was previously Director, Legal Services at the "
        "Ruritanian Competition Authority. IPOR expects more filings."
    )
    r = roles(f)
    office = "Intellectual Property Office of Ruritania"
    assert ("Lena Fischer", "Registrar of Trade Marks and Designs", office) in r
    assert ("Peter Hallam", "Registrar of Trade Marks and Designs", office) in r
    assert ("Lena Fischer", "Director, Legal Services", "Ruritanian Competition Authority") in r


def test_then_title_after_a_name() -> None:
    f = facts_text(
        "The Intellectual Property Office of Ruritania (IPOR) and the EPO met in 2019. The "
        "record was signed by Tomas Berg, then Commissioner of Patents, for IPOR."
    )
    assert (
        "Tomas Berg",
        "Commissioner of Patents",
        "Intellectual Property Office of Ruritania",
    ) in roles(f)


def test_a_unit_stays_in_the_title_and_the_parent_is_the_organisation() -> None:
    f = facts_text(
        "Karim Mansour, head of the Legal Affairs Division at Egypt's Ministry of Justice, "
        "chaired the panel."
    )
    assert (
        "Karim Mansour",
        "head of the Legal Affairs Division",
        "Ministry of Justice of Egypt",
    ) in roles(f)


def test_the_owner_of_a_sector_is_the_organisation() -> None:
    f = facts_text("Also present was Sofia Lind, Director of WIPO's Brands and Designs Sector.")
    r = roles(f)
    assert ("Sofia Lind", "Director", "WIPO") in r
    assert {o.name for o in f.orgs} == {"WIPO"}


def test_the_body_a_person_heads() -> None:
    f = facts_text(
        "The Kenya Industrial Property Institute (KIPI) hosted the visit. Filings will be "
        "handled by the Patent Examination Directorate of KIPI, headed by Director Samuel "
        "Kiprop, and by a delegation from the Japan Patent Office led by Commissioner Aiko Mori."
    )
    r = roles(f)
    assert ("Samuel Kiprop", "Director", "Patent Examination Directorate") in r
    assert ("Aiko Mori", "Commissioner", "Japan Patent Office") in r


def test_a_list_of_titled_names_does_not_lend_titles_across() -> None:
    f = facts_text(
        "Commissioner Tan Wei of the Ruritania Patent Office, EPO President António Campinos, "
        "Director Ortega and the heads of other offices attended."
    )
    assert not any(p == "António Campinos" and t == "Director" for p, t, _ in roles(f))


def test_a_bare_modified_title_in_an_office_report_belongs_to_the_office() -> None:
    f = facts_text(
        "The Ruritania Patent Office (RPO) reports on its year. RPO examiners trained abroad. "
        "In May, Deputy Director Maria Ortega led the RPO delegation to the Japan Patent Office."
    )
    assert ("Maria Ortega", "Deputy Director", "Ruritania Patent Office") in roles(f)


def test_generic_bodies_keep_their_country() -> None:
    f = facts_text(
        "Kenya's Ministry of Trade and the Ugandan Ministry of Trade met officials of the "
        "Kenyan Embassy in Tokyo and of the Permanent Mission of Kenya to the United Nations "
        "Office at Geneva."
    )
    names = {o.name for o in f.orgs}
    assert {"Ministry of Trade of Kenya", "Ministry of Trade of Uganda"} <= names
    assert "Embassy of Kenya in Tokyo" in names
    assert "Permanent Mission of Kenya to the United Nations Office at Geneva" in names
    assert "Ministry of Trade" not in {a for o in f.orgs for a in o.aliases}


def test_abbreviated_country_and_confederation_names() -> None:
    f = facts_text(
        "The office works with the U.K. Department for Business and Trade and the "
        "Confederation of Indian Industry (CII)."
    )
    names = {n for o in f.orgs for n in (o.name, *o.aliases)}
    assert "U.K. Department for Business and Trade" in names
    assert "United Kingdom Department for Business and Trade" in names
    assert "Confederation of Indian Industry" in names


def test_the_event_date_wins_over_the_dateline() -> None:
    f = facts_text(
        "NAIROBI, 3 July 2024 — The Kenya Industrial Property Institute (KIPI) and the "
        "Japan Patent Office signed a memorandum of understanding in Mombasa on 28 June.",
        date="2024-07-03",
    )
    assert [a.date for a in f.agreements] == ["2024-06-28"]


def test_a_weekday_takes_its_date_from_the_document() -> None:
    f = facts_text(
        "GENEVA, March 7 (Reuters) -- WIPO and the Japan Patent Office signed a letter of "
        "intent on Monday.",
        date="2024-03-07",
    )
    assert [a.date for a in f.agreements] == ["2024-03-04"]


def test_a_name_is_not_a_month() -> None:
    f = facts_text(
        "The Japan Patent Office signed a work plan with WIPO, witnessed by Wang Jun, "
        "deputy director of the Japan Patent Office."
    )
    assert [a.date for a in f.agreements] == [None]


def test_anaphora_and_negation_make_no_new_agreement() -> None:
    f = facts_text(
        "The EPO signed a validation agreement with the Japan Patent Office on 4 May 2022.\n\n"
        '"The agreement with the EPO will help our applicants," said the Commissioner. '
        "The validation agreement follows a work plan which both offices adopted in 2020. "
        "The offices are exploring a data-sharing arrangement, but no agreement has been reached."
    )
    kinds = sorted(a.kind for a in f.agreements)
    assert kinds == ["agreement", "work_plan"]


def test_a_relative_clause_in_the_subject_names_no_party() -> None:
    f = facts_text(
        "At the forum, which was held alongside the China-ASEAN Expo, the Japan Patent Office "
        "signed a memorandum of understanding with the Korean Intellectual Property Office."
    )
    assert parties(f, 0) == {"Japan Patent Office", "Korean Intellectual Property Office"}


def test_a_heading_line_is_not_the_subject_of_the_next_sentence() -> None:
    f = facts_text(
        "Cooperation with the Korean Intellectual Property Office\n"
        "In 2021 the Japan Patent Office (JPO) signed a work plan with the Korean "
        "Intellectual Property Office."
    )
    assert "Japan Patent Office" in {o.name for o in f.orgs}
    assert parties(f, 0) == {"Japan Patent Office", "Korean Intellectual Property Office"}


# --- second held-out patterns, on sentences written for these tests -------------------------


def facts_of_text(text: str, date: str | None = None) -> DocumentFacts:
    return en.extract(text, date=date, reference=load_reference())


def org_set(f: DocumentFacts) -> set[str]:
    return {n for o in f.orgs for n in (o.name, *o.aliases)}


@pytest.mark.parametrize(
    "count",
    ["a total of twelve", "more than a dozen", "15", "fifteen new", "dozens of"],
)
def test_a_count_of_agreements_is_no_agreement(count: str) -> None:
    f = facts_of_text(
        "The Mexican Institute of Industrial Property (IMPI) and the Spanish Patent and "
        f"Trademark Office (OEPM) met in Madrid. IMPI has concluded {count} cooperation "
        "documents with the OEPM since 2009.",
        date="2024-03-02",
    )
    assert f.agreements == []


def test_a_date_before_the_agreement_is_no_count() -> None:
    f = facts_of_text(
        "Director Ana Ruiz of the OEPM and Director General Luis Prado of the Mexican Institute "
        "of Industrial Property (IMPI) opened the meeting on 7 May and signed a Memorandum of "
        "Cooperation on Trademark Examination.",
        date="2024-05-09",
    )
    assert [a.kind for a in f.agreements] == ["mou"]
    assert f.agreements[0].date == "2024-05-07"


def test_a_generic_re_mention_is_the_agreement_found_before() -> None:
    f = facts_of_text(
        "Lisbon and Madrid offices sign action plan\n\n"
        "The Portuguese Institute of Industrial Property (INPI-PT) and the Spanish Patent and "
        "Trademark Office (OEPM) have adopted a new Action Plan on examiner training.\n\n"
        "The new Action Plan builds on the Memorandum of Understanding the two offices signed "
        "in Lisbon in 2018 and will run until 2026.",
        date="2024-02-01",
    )
    plans = [a for a in f.agreements if a.kind == "work_plan"]
    mous = [a for a in f.agreements if a.kind == "mou"]
    assert len(plans) == 1 and len(mous) == 1
    assert plans[0].date != "2018"
    assert mous[0].date == "2018"
    assert parties(f, f.agreements.index(mous[0])) == parties(f, f.agreements.index(plans[0]))
    assert len(mous[0].parties) == 2


def test_a_headline_mention_is_not_a_second_agreement() -> None:
    f = facts_of_text(
        "Spain and Mexico offices sign letter of intent\n\n"
        "The Spanish Patent and Trademark Office (OEPM) and the Mexican Institute of "
        "Industrial Property (IMPI) have signed a letter of intent on data exchange in Madrid "
        "on 3 April 2024.",
        date="2024-04-04",
    )
    assert len(f.agreements) == 1
    assert len(f.agreements[0].parties) == 2


def test_we_in_a_speech_is_the_speakers_office() -> None:
    f = facts_of_text(
        "Closing remarks of Director General Ana Ruiz, Spanish Patent and Trademark Office "
        "(OEPM), at the Ibero-American IP Forum\n\n"
        "Last year, we signed a Memorandum of Understanding with the Mexican Institute of "
        "Industrial Property on trademark examination, and we renewed our Patent Prosecution "
        "Highway arrangement with the Japan Patent Office. The Mexican Institute of Industrial "
        "Property and the Japan Patent Office are friends.",
        date="2024-05-01",
    )
    got = {(a.kind, frozenset(parties(f, i)), a.date) for i, a in enumerate(f.agreements)}
    assert got == {
        (
            "mou",
            frozenset(
                {"Spanish Patent and Trademark Office", "Mexican Institute of Industrial Property"}
            ),
            "2023",
        ),
        ("pph", frozenset({"Spanish Patent and Trademark Office", "Japan Patent Office"}), "2023"),
    }


def test_a_relative_clause_names_no_party() -> None:
    f = facts_of_text(
        "The Ministry of Economy, the Chilean Patent Office and the Santiago Chamber of Commerce "
        "concluded a Joint Declaration on IP Finance, which they will turn into loans with the "
        "State Bank of Chile.",
        date="2024-05-01",
    )
    assert "State Bank of Chile" not in parties(f, 0)


def test_a_role_at_a_delegation_and_a_unit_in_a_title() -> None:
    f = facts_of_text(
        "The ceremony was attended by Tomas Lindqvist, First Counsellor at the Delegation of the "
        "European Union to Japan. Sato Hiroshi, Director of the Design Examination Department "
        "of the Japan Patent Office (JPO), spoke."
    )
    got = roles(f)
    assert (
        "Tomas Lindqvist",
        "First Counsellor",
        "Delegation of the European Union to Japan",
    ) in got
    assert any(p == "Sato Hiroshi" and o == "Japan Patent Office" for p, _, o in got)
    assert "Design Examination Department" not in org_set(f)


def test_companies_associations_and_directorates_are_organisations() -> None:
    f = facts_of_text(
        'The Director said, "Japanese firms such as Toyota Motor and Panasonic rely on designs." '
        "The seminar is co-organised with the Japan Patent Attorneys Association (JPAA) and "
        "DigitalEurope. TechAlliance, the European industry federation, also joined. The "
        "Commission's Directorate-General for Enterprise (DG GROW) funds it."
    )
    names = org_set(f)
    assert {"Toyota Motor", "Panasonic", "DigitalEurope", "TechAlliance"} <= names
    assert {"Directorate-General for Enterprise", "DG GROW"} <= names


def test_chrome_addresses_units_and_leading_words_are_no_organisations() -> None:
    f = facts_of_text(
        "NEWS RELEASE\nIndonesian Patent Directorate\n"
        "Menara Tower Complex, 27 Jalan Sudirman, Jakarta 10220, Indonesia\n\n"
        "Within the APEC Intellectual Property Experts Group, the Indonesian Patent Directorate "
        "(IPD) will share practice.\n\n"
        "Office of the Director General, IPD | Communications Office\n"
    )
    names = org_set(f)
    assert not any(n.startswith("Within") for n in names)
    assert not any("Complex" in n or "Tower" in n for n in names)
    assert "Communications Office" not in names and "Office of the Director General" not in names


def test_a_minister_with_a_portfolio_only_keeps_the_person() -> None:
    f = facts_of_text(
        "The signing was witnessed by the Hon Mark Ellis MP, Minister for Trade and Tourism. "
        "Hon. Grace Mwale, Minister of Justice, Lands and Rural Affairs of Malawi, spoke."
    )
    people = {p.name for p in f.people}
    assert {"Mark Ellis", "Grace Mwale"} <= people
    assert not any(p == "Mark Ellis" for p, _, _ in roles(f))
    (role,) = [r for r in roles(f) if r[0] == "Grace Mwale"]
    assert role[1] == "Minister of Justice, Lands and Rural Affairs"
    assert "Ministry of Justice, Lands and Rural Affairs" in org_set(f)


def test_a_head_of_state_of_a_country_is_at_its_government() -> None:
    f = facts_of_text(
        "President Gabriel Moreno of Chile witnessed the signing. Canada's Minister for Trade "
        "Nora Bell attended."
    )
    got = roles(f)
    assert ("Gabriel Moreno", "President", "Government of Chile") in got
    assert any(p == "Nora Bell" and o == "Government of Canada" for p, _, o in got)


def test_table_rows_give_the_row_organisation() -> None:
    f = facts_of_text(
        "Also present\n\nDelegation, Represented by\n"
        "Swiss Federal Institute of Intellectual Property, Director Hans Keller\n"
        "Austrian Patent Office, Dr. Eva Gruber, Head of Legal Affairs\n"
    )
    got = roles(f)
    assert ("Hans Keller", "Director", "Swiss Federal Institute of Intellectual Property") in got
    assert any(p == "Eva Gruber" and o == "Austrian Patent Office" for p, _, o in got)


def test_a_romance_name_runs_to_its_acronym() -> None:
    f = facts_of_text(
        "The Instituto Nacional da Propriedade Industrial (INPI) and the Oficina Española de "
        "Patentes y Marcas (OEPM) met in Brasilia."
    )
    names = org_set(f)
    assert "Instituto Nacional da Propriedade Industrial" in names
    assert "Oficina Española de Patentes y Marcas" in names


def test_trade_press_lower_case_titles_after_an_acronym() -> None:
    f = facts_of_text(
        "The Tanzania Intellectual Property Agency (TIPA) and the Ghana Copyright Office (GCO) "
        "met in Accra. The talks were led by TIPA executive director Amani Mrisho and GCO "
        "registrar Kofi Boateng."
    )
    got = roles(f)
    assert ("Amani Mrisho", "executive director", "Tanzania Intellectual Property Agency") in got
    assert ("Kofi Boateng", "registrar", "Ghana Copyright Office") in got


def test_taking_office_served_as_and_a_predecessor() -> None:
    f = facts_of_text(
        "Lindiwe Dube has taken office as Registrar General of the Eswatini Intellectual "
        "Property Agency (EIPA). Dube, who replaces Sipho Nkosi of Eswatini, previously "
        "worked in Geneva. Earlier, Dube served for six years as Director of the Botswana "
        "Standards Institute (BSI)."
    )
    got = roles(f)
    assert ("Lindiwe Dube", "Registrar General", "Eswatini Intellectual Property Agency") in got
    assert ("Sipho Nkosi", "Registrar General", "Eswatini Intellectual Property Agency") in got
    assert ("Lindiwe Dube", "Director", "Botswana Standards Institute") in got


def test_undersecretary_superintendent_and_untitled_experts() -> None:
    f = facts_of_text(
        "The meeting was opened by Mr. Tomás Rivera, Undersecretary of the Ministry of "
        "Trade and Tourism (MTT) of Peru. Ms. Inés Solano, Deputy Superintendent for Patents "
        "of the Superintendency of Companies of Ecuador (SCE), spoke next. Eng. Omar Haddad, "
        "a senior software engineer, and Dr Rūta Vaitkutė, an independent researcher, "
        "presented studies."
    )
    got = roles(f)
    assert any(p == "Tomás Rivera" and t == "Undersecretary" for p, t, _ in got)
    assert ("Inés Solano", "Deputy Superintendent for Patents",
            "Superintendency of Companies of Ecuador") in got  # fmt: skip
    people = {p.name for p in f.people}
    assert {"Omar Haddad", "Rūta Vaitkutė"} <= people
    assert not any(p in ("Omar Haddad", "Rūta Vaitkutė") for p, _, _ in got)


def test_a_second_title_and_a_board_stay_with_the_organisation() -> None:
    f = facts_of_text(
        "The Egyptian Patent Office (EGPO) hosted the event. It was attended by Dr. Hany "
        "Mansour, Minister of Industry and Chairman of the EGPO Board of Directors."
    )
    got = roles(f)
    assert ("Hany Mansour", "Minister of Industry", "Ministry of Industry") in got
    assert (
        "Hany Mansour",
        "Chairman of the EGPO Board of Directors",
        "Egyptian Patent Office",
    ) in got
    assert not any("Board" in n or "Chairman" in n for n in org_set(f))


def test_law_firms_named_with_an_ampersand_and_table_headers() -> None:
    f = facts_of_text(
        "Naledi Khumalo, a partner at Adams & Adams in Pretoria, welcomed the move.\n\n"
        "Partner     Instrument     Date\nEPO         MoU            2023\n"
    )
    assert "Adams & Adams" in org_set(f)
    assert ("Naledi Khumalo", "partner", "Adams & Adams") in roles(f)
    assert "Instrument Date" not in {p.name for p in f.people}


def test_the_word_copyright_in_a_name_is_no_copyright_notice() -> None:
    f = facts_of_text("Officials of the Malawi Copyright Society (COSOMA) met in Lilongwe.")
    assert "Malawi Copyright Society" in org_set(f)


def _agreements(f: DocumentFacts) -> list[tuple[str, str, str | None, frozenset[str]]]:
    names = org_names(f)
    return [(a.title, a.kind, a.date, frozenset(names[k] for k in a.parties)) for a in f.agreements]


def test_renewals_with_the_verb_well_before_the_noun() -> None:
    f = facts_of_text(
        "The National Institute of Industrial Property (INAPI) of Chile reviews its year.\n\n"
        "In March, the Institute extended until 2027 the cooperation agreement with the "
        "Spanish Patent and Trademark Office (OEPM).\n\n"
        "In June, INAPI renewed for a further three years its memorandum of understanding "
        "with the Japan Patent Office (JPO), which has covered examiner training since 2018.\n\n"
        "A renewal of the MoU with the Korean Intellectual Property Office (KIPO) was signed "
        "in September.",
        date="2024-12-01",
    )
    got = _agreements(f)
    inapi = "National Institute of Industrial Property of Chile"
    assert any(
        k == "agreement" and d == "2024-03" and p == {inapi, "Spanish Patent and Trademark Office"}
        for _, k, d, p in got
    )
    assert any(
        k == "mou" and d == "2024-06" and p == {inapi, "Japan Patent Office"} for _, k, d, p in got
    )
    assert any(k == "mou" and "Korean Intellectual Property Office" in p for _, k, _, p in got)


def test_a_count_of_memoranda_listed_after_a_colon_is_one_per_counterpart() -> None:
    f = facts_of_text(
        "Intellectual Property Office Annual Report 2022\n\n"
        "In the fourth quarter, the Ghana Industrial Property Office signed three memoranda "
        "of understanding: with the University of Cape Coast on patent landscaping; with the "
        "Venture Capital Trust Fund (VCTF) on start-up support; and with the Council for "
        "Scientific and Industrial Research (CSIR) on research commercialisation."
    )
    got = _agreements(f)
    office = "Ghana Industrial Property Office"
    want = {
        ("memorandum of understanding on patent landscaping", "University of Cape Coast"),
        ("memorandum of understanding on start-up support", "Venture Capital Trust Fund"),
        (
            "memorandum of understanding on research commercialisation",
            "Council for Scientific and Industrial Research",
        ),
    }
    assert {(t, next(iter(p - {office}))) for t, k, _, p in got if k == "mou"} == want
    assert all(office in p and len(p) == 2 for _, _, _, p in got)


def test_heads_that_name_institutions_only_in_some_positions() -> None:
    f = facts_of_text(
        "The Korea Intellectual Property Office (KIPO) met the Mohammed bin Rashid City for "
        "Science and Innovation (MBRCSI), the Hungarian Academy of Sciences, the Lagos Chamber "
        "of Commerce, the Korea Venture Investment Fund, the Global Seed Alliance and the Asia "
        "Innovation Forum (AIF). The Seoul IP Forum 2024 closed. The City of Busan welcomed them."
    )
    names = org_set(f)
    assert {
        "Mohammed bin Rashid City for Science and Innovation",
        "Hungarian Academy of Sciences",
        "Lagos Chamber of Commerce",
        "Korea Venture Investment Fund",
        "Global Seed Alliance",
        "Asia Innovation Forum",
    } <= names
    assert not any("Seoul IP Forum" in n for n in names)


def test_headline_phrases_portfolio_commas_and_table_columns() -> None:
    f = facts_of_text(
        "Office and Ministry Agree to Promote Cultural Industries Abroad\n\n"
        "The Ministry of Youth, Arts and Heritage (MYAH) signed a memorandum of understanding "
        "with the Kenya Copyright Board (KECOBO) to promote cultural industries abroad. "
        "Officials of Kenya's Ministry of Youth, Arts and Heritage, Sports and Tourism "
        "attended.\n\n"
        "Partner   Instrument   Date\n"
        "Ghana Ministry of Trade   Memorandum of understanding   Mar 2023\n"
        "Ministry of Finance Agreement on data   Apr 2023\n"
    )
    names = org_set(f)
    assert not any("Cultural Industries" in n for n in names)
    assert not {"Arts", "Sports", "Heritage"} & names
    assert not any("Memorandum" in n or "Agreement" in n for n in names)
    assert "Ministry of Finance" in names


def test_an_acronym_after_a_native_name_belongs_to_the_english_name() -> None:
    f = facts_of_text(
        "The Estonian Patent Office and the Latvian Patent Office (Latvijas Republikas "
        "Patentu valde, LRPV) met in Riga. The LRPV hosted the talks."
    )
    names = {o.name: set(o.aliases) for o in f.orgs}
    assert "LRPV" in names["Latvian Patent Office"]
    assert "LRPV" not in names


def test_surnames_in_capitals_are_people_not_acronyms() -> None:
    f = facts_of_text(
        "The Protocol was signed for the Benin Patent Bureau (BPB) by Madam Awa K. NDIAYE, "
        "Registrar General, in the presence of His Excellency Mister KOFFI Jean AMOUZOU, "
        "Minister of Trade and Crafts of the Republic of Togo. Madam NDIAYE thanked the BPB "
        "team. Mr Olu ADEBAYO, Director of the Nigerian Copyright Commission (NCC), also spoke; "
        "Mr ADEBAYO praised the BPB."
    )
    people = {p.name for p in f.people}
    assert {"Awa K. NDIAYE", "KOFFI Jean AMOUZOU", "Olu ADEBAYO"} <= people
    names = org_set(f)
    assert not {"NDIAYE", "AMOUZOU", "ADEBAYO", "KOFFI"} & names
    assert "BPB" in names
    assert ("Olu ADEBAYO", "Director", "Nigerian Copyright Commission") in roles(f)


def test_an_acronym_before_a_name_is_not_part_of_it() -> None:
    f = facts_of_text(
        "The Korean Intellectual Property Office (KIPO) hosted the talks. The plan was signed "
        "by KIPO Kim Wan-gi, Commissioner of KIPO, on Monday."
    )
    assert "Kim Wan-gi" in {p.name for p in f.people}
    assert not any("KIPO" in p.name for p in f.people)


def test_a_unit_or_organ_of_a_body_stays_in_the_title() -> None:
    f = facts_of_text(
        "The Danish Patent and Trademark Office (DKPTO) met the Eurasian Patent Organization "
        "(EAPO). The notes were signed by Ms Lise Holm, Head of the Legal Services Division of "
        "DKPTO. Members of the Supervisory Council of EAPO attended."
    )
    names = org_set(f)
    assert not any("Division" in n or "Council" in n for n in names)
    assert (
        "Lise Holm",
        "Head of the Legal Services Division",
        "Danish Patent and Trademark Office",
    ) in roles(f)


def test_profession_and_clause_subjects_after_a_title() -> None:
    f = facts_of_text(
        "Six years into her term as Director General of the Patent Office of Ruritania (POR), "
        "Anna B. Kovacs still calls herself a clerk.\n\n"
        'Tomas Lind, a trademark examiner who joined in 2010, disagreed. "It is slow," said '
        "Mira Sol, an associate at Berg Lund Dahl & Moreno in Oslo."
    )
    assert ("Anna B. Kovacs", "Director General", "Patent Office of Ruritania") in roles(f)
    assert "Tomas Lind" in {p.name for p in f.people}
    assert "Berg Lund Dahl & Moreno" in org_set(f)


def test_a_country_names_which_national_body_it_is() -> None:
    f = facts_of_text(
        "The office runs work-sharing with Peru's National Institute of Industrial Property, "
        "Spain's National Institute of Industrial Property and the Portuguese National "
        "Institute of Industrial Property."
    )
    names = {o.name for o in f.orgs}
    assert {
        "National Institute of Industrial Property of Peru",
        "National Institute of Industrial Property of Spain",
        "National Institute of Industrial Property of Portugal",
    } <= names


def test_ambassadors_titles_and_places_are_not_people_or_roles() -> None:
    f = facts_of_text(
        "The Japan Patent Office (JPO) and the Indonesian patent office met. Ambassador Kenji "
        "Tanaka Mori, Japan's Ambassador to Indonesia, attended. The JPO advises the Prime "
        "Minister of the Republic of Korea, the Secretary of Trade, and U.K. partners."
    )
    people = {p.name for p in f.people}
    assert "Kenji Tanaka Mori" in people
    assert not any("Ambassador" in p or "Korea" in p for p in people)
    assert not f.roles or all("Ambassador" not in r.title for r in f.roles)
    assert not any(n.endswith(", and U") for n in org_set(f))


def test_a_combined_title_is_held_at_the_second_body() -> None:
    f = facts_of_text(
        "The plan was signed by Dana Whitfield, Assistant Secretary of Trade for Patents and "
        "Commissioner of the Canadian Intellectual Property Office, on Friday."
    )
    assert (
        "Dana Whitfield",
        "Assistant Secretary of Trade for Patents and Commissioner",
        "Canadian Intellectual Property Office",
    ) in roles(f)
    assert not any("Ministry" in n for n in org_set(f))


def test_a_body_under_a_ministry_and_a_country_description_of_it() -> None:
    f = facts_of_text(
        "The Patent Office and the Copyright Bureau under the Ministry of Culture of Georgia "
        "signed a work plan. Nino Beridze, head of the Georgian bureau, welcomed the plan."
    )
    names = {o.name for o in f.orgs}
    assert "Copyright Bureau under the Ministry of Culture of Georgia" in names
    assert (
        "Nino Beridze",
        "head",
        "Copyright Bureau under the Ministry of Culture of Georgia",
    ) in roles(f)


def test_observers_are_not_parties_and_renewal_is_not_dated_by_the_first_signing() -> None:
    f = facts_of_text(
        "The Accra Declaration on Patent Cooperation was adopted by the Ghana Patent Office "
        "(GPO) and the Kenya Industrial Property Institute (KIPI), with the European Patent "
        "Office (EPO) attending as an observer.\n\n"
        "The GPO and the Zambia Copyright Agency (ZCA) also renewed their cooperation "
        "agreement first signed in 2016.",
        date="2022-06-09",
    )
    names = [{org_names(f)[k] for k in a.parties} for a in f.agreements]
    assert {"Ghana Patent Office", "Kenya Industrial Property Institute"} in names
    assert not any("European Patent Office" in n for n in names)
    renewed = next(a for a in f.agreements if a.kind == "agreement")
    assert renewed.date != "2016"


def test_a_listed_portfolio_after_the_and_a_delegate_minister() -> None:
    f = facts_of_text(
        "The office reports to the Ministry of the Interior, Security and Urban and Rural "
        "Planning. The plan was launched in the presence of Amandine Roux, Minister Delegate "
        "for Trade. Guests included Paul Verne, head of the office, and Ines Moreau, a trademark "
        "attorney based in Lyon."
    )
    names = org_set(f)
    assert "Ministry of the Interior, Security and Urban and Rural Planning" in names
    assert "Ministry of the Interior" not in {o.name for o in f.orgs}
    assert {"Amandine Roux", "Ines Moreau"} <= {p.name for p in f.people}


def test_a_declaration_adopted_by_listed_participants_has_them_as_parties() -> None:
    f = facts_of_text(
        "At the conference, the Joint Declaration on Digital IP Services was adopted by "
        "participants from the Danish Patent and Trademark Office (DKPTO), the Norwegian "
        "Industrial Property Office (NIPO) and the Finnish Patent and Registration Office "
        "(PRH), with WIPO present."
    )
    assert len(f.agreements) == 1
    assert parties(f, 0) == {
        "Danish Patent and Trademark Office",
        "Norwegian Industrial Property Office",
        "Finnish Patent and Registration Office",
    }


def test_an_agreement_renewed_for_more_years_is_one_agreement() -> None:
    f = facts_of_text(
        "The Danish Patent and Trademark Office (DKPTO) and the Norwegian Industrial Property "
        "Office (NIPO) signed a cooperation agreement in Copenhagen on 4 May 2021. The "
        "agreement was renewed for another five years on 3 May 2024."
    )
    assert [a.kind for a in f.agreements] == ["agreement"]


def test_a_chair_of_an_organ_is_a_role_at_the_body_with_the_organ_in_the_title() -> None:
    f = facts_of_text(
        "The Eurasian Patent Organization (EAPO) met in Minsk. Mr Pavel K. ORLOV, Chairman of "
        "the Administrative Council of EAPO, opened the session."
    )
    assert (
        "Pavel K. ORLOV",
        "Chairman of the Administrative Council",
        "Eurasian Patent Organization",
    ) in roles(f)
    assert "Administrative Council" not in org_set(f)


def _facts_of_text(text: str) -> DocumentFacts:
    return en.extract(text, date=None, reference=load_reference())


def test_a_delegation_list_gives_each_head_the_organisation_named_in_the_item() -> None:
    text = (
        "THE 12TH MEETING OF THE REGIONAL PATENT EXAMINERS FORUM (RPEF)\n\n"
        "1. The Forum met in Penang. The heads of delegation were:\n\n"
        "   Malaysia      Dato' Kamarul Ariffin bin Yusof, Registrar, Malaysian Design "
        "Office (MDO)\n"
        "   Myanmar       Daw Su Myat Thwe, Director, Industrial Property Department\n"
        "   Indonesia     Mr. Bayu Adi Nugroho, Director of Examination, Directorate General "
        "of Intellectual Property (DGIP)\n"
        "   Singapore     Ms. Lim Hui Ling, Director (Patent Policy), Intellectual Property "
        "Office of Singapore (IPOS)\n"
        "   Secretariat Office   Mr. Joko Prasetyo, Head, Trade Facilitation Division\n"
    )
    f = _facts_of_text(text)
    got = roles(f)
    assert ("Kamarul Ariffin bin Yusof", "Registrar", "Malaysian Design Office") in got
    assert ("Su Myat Thwe", "Director", "Industrial Property Department") in got
    assert (
        "Bayu Adi Nugroho",
        "Director of Examination",
        "Directorate General of Intellectual Property",
    ) in got
    assert (
        "Lim Hui Ling",
        "Director (Patent Policy)",
        "Intellectual Property Office of Singapore",
    ) in got
    assert ("Joko Prasetyo", "Head, Trade Facilitation Division", "Secretariat Office") in got
    assert not any(o.endswith("FORUM") or o.endswith("Forum") for _, _, o in got)


def test_the_chair_of_a_board_holds_the_role_at_the_boards_organisation() -> None:
    text = (
        "The Zamrian Intellectual Property Authority (ZIPA) held a ceremony in the presence "
        "of the Minister of Trade and Chairman of ZIPA's Board of Directors, Dr. Faisal bin "
        "Hamad Al-Otaibi, and other guests."
    )
    f = _facts_of_text(text)
    assert (
        "Faisal bin Hamad Al-Otaibi",
        "Chairman of ZIPA's Board of Directors",
        "Zamrian Intellectual Property Authority",
    ) in roles(f)
    names = set(org_names(f).values())
    assert "Board of Directors" not in names
    assert "Ministry of Trade" not in names
