"""Council decisions with lettered points, highlights pages in bullet notes, and a chief
executive's email to staff: who was elected, what was signed or only authorised, and where."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, people_names, roles

_DECISIONS = (
    "NORDIC PATENT INSTITUTE (NPI)\n"
    "GOVERNING COUNCIL\n"
    "Document NPI/GC/XXIV/Decisions\n"
    "\n"
    "Decision XXIV/2: Officers\n"
    "The Governing Council elected by acclamation:\n"
    "(a) Chairperson: Ms. Ingrid Halvorsen, Director General, Norwegian Industrial Property "
    "Office (NIPO);\n"
    "(b) Vice-Chairperson: Mr. Petri Lahtinen, Director General of the Finnish Patent and "
    "Registration Office (PRH).\n"
    "\n"
    "Decision XXIV/5: Cooperation\n"
    "The Council:\n"
    "(a) noted that the Nordic Patent Institute and the Danish Patent and Trademark Office "
    "signed a Memorandum of Understanding on 3 March 2024;\n"
    "(b) welcomed the Joint Work Plan 2025–2026 of the Nordic Patent Institute and the "
    "Swedish Intellectual Property Office, adopted and signed on 14 October 2024;\n"
    "(c) authorized the Director to sign the Cooperation Agreement with the Icelandic "
    "Intellectual Property Office when its text is ready.\n"
)


def test_officers_a_council_elects_from_a_list_hold_their_office_at_that_council() -> None:
    f = facts_text(_DECISIONS, "2024-11-20")
    got = roles(f)
    council = next(o.name for o in f.orgs if o.name.casefold() == "governing council")
    assert ("Ingrid Halvorsen", "Chairperson", council) in got
    assert ("Petri Lahtinen", "Vice-Chairperson", council) in got


def test_a_roman_numeral_in_a_decision_number_is_no_body() -> None:
    assert not {"XXIV", "GC"} & org_set(facts_text(_DECISIONS, "2024-11-20"))


def test_each_lettered_point_of_a_decision_is_dated_by_its_own_day() -> None:
    got = {a[0]: a[2] for a in agreements_of(facts_text(_DECISIONS, "2024-11-20"))}
    assert got.get("Memorandum of Understanding") == "2024-03-03"
    plan = next(title for title in got if "Work Plan" in title)
    assert got[plan] == "2024-10-14"


def test_a_power_to_sign_given_to_an_official_is_no_signing() -> None:
    titles = [a[0] for a in agreements_of(facts_text(_DECISIONS, "2024-11-20"))]
    assert not any("Cooperation Agreement" in t for t in titles)
    f = facts_text(
        "The Board authorised its President to conclude a memorandum with the Austrian "
        "Patent Office.\n",
        "2024-05-02",
    )
    assert agreements_of(f) == []


_HIGHLIGHTS = (
    "HIPO | About > Partnerships > Highlights\n"
    "\n"
    "Partnerships: highlights, 2025\n"
    "\n"
    "- 12 Mar 2025 — renewed MoU with the Mexican Institute of Industrial Property (IMPI); "
    "signed by Director General Anna Kovacs and IMPI Director General Santiago Nieto\n"
    "- Apr. 9 — PPH with the Korean Intellectual Property Office (KIPO) extended by exchange "
    "of letters, to 30.09.2029; letters signed by Laszlo Toth, Head of Patents\n"
    "- 21.05.2025 — Joint Statement on Search Quality signed by Ms Kovacs and Commissioner "
    "Gerard Li of the Canadian Intellectual Property Office (CIPO)\n"
    "- Jun–Jul — IMPI DG Santiago Nieto and Ms Kovacs: two calls on training\n"
)


def test_a_bullet_note_dates_its_signing_by_the_date_that_opens_it() -> None:
    got = {a[1]: a[2] for a in agreements_of(facts_text(_HIGHLIGHTS, "2025-08-01"))}
    assert got.get("joint_statement") == "2025-05-21"
    assert got.get("pph") == "2025-04-09"  # the term's end ("to 30.09.2029") is no signing day


def test_a_highway_extended_in_a_note_without_an_auxiliary_is_signed_by_the_page_owner() -> None:
    f = facts_text(_HIGHLIGHTS, "2025-08-01")
    pph = next(a for a in agreements_of(f) if a[1] == "pph")
    assert any("KIPO" in p or "Korean" in p for p in pph[3])
    assert any("HIPO" in p or "Hungarian" in p for p in pph[3])


def test_the_site_name_opening_a_page_is_the_body_its_bare_titles_belong_to() -> None:
    got = roles(facts_text(_HIGHLIGHTS, "2025-08-01"))
    assert any(p == "Laszlo Toth" and "HIPO" in o or "Hungarian" in o for p, _, o in got)


def test_dg_before_a_name_is_a_title() -> None:
    f = facts_text(_HIGHLIGHTS, "2025-08-01")
    assert "Santiago Nieto" in people_names(f)


def test_a_title_of_a_body_named_in_the_possessive_keeps_its_department_as_a_unit() -> None:
    f = facts_text(
        "The letters were signed by Oskar Berg, Head of Trade Marks, and the KIPO's "
        "Director-General of the Trademark Examination Policy Department.\n",
        "2025-08-01",
    )
    assert not any("Department" in o for o in org_set(f))


_EMAIL = (
    "From: Marta Lind, Director General, Estonian Patent Office\n"
    "To: All staff\n"
    "\n"
    "Dear colleagues,\n"
    "\n"
    "On Thursday Sofia Ek, our Head of Legal Affairs, and the CIPO's Director of "
    "International Affairs, Paul Roy, signed the annex on trainee placements; Ambassador "
    "Grace Hill of the British Embassy Ottawa watched, and the British Embassy Ottawa "
    "hosted a lunch afterwards.\n"
)


def test_a_british_embassy_named_with_its_city_keeps_the_city_before_a_verb() -> None:
    f = facts_text(_EMAIL, "2025-06-13")
    assert "British Embassy Ottawa" in {a for o in f.orgs for a in [o.name, *o.aliases]}
    assert any(p == "Grace Hill" and "Ottawa" in o for p, _, o in roles(f))


def test_an_annex_named_by_its_topic_in_lower_case_is_an_instrument_when_signed() -> None:
    got = agreements_of(facts_text(_EMAIL, "2025-06-13"))
    assert any(a[0].startswith("annex on trainee placements") and a[1] == "other" for a in got)
