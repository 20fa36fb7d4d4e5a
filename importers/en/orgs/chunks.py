"""The grammar of an organisation's name: capitalised runs, "and" between two names, head nouns.

A name is a run of capitalised words joined by connectors ("of", "and", "for", "de la"); it is
an organisation's when it has a head noun ("Office", "Ministry", "Institute") and it is cut
to that head and its complement ("Office of ... of France"). These are the token-level rules
the phrase finder applies; they know nothing of the document beyond the run.
"""

from __future__ import annotations

import re

from importers.en.orgs.acronym_pairs import acronyms_apart
from importers.en.orgs.courts import court_division
from importers.en.orgs.initial_glosses import past_gloss
from importers.en.orgs.legal_forms import comma_legal_form, ends_company
from importers.en.orgs.model import ACRONYM
from importers.en.orgs.owned_heads import OWNED_HEADS, POSSESSIVE_HEADS, owned_head, possessive
from importers.en.orgs.owners import (
    NAMED_ORGAN_HEADS,
    acronym_owns_complement,
    country_after_and,
    opens_with_country_owner,
)
from importers.en.orgs.romance import elided, head_first_end, joins, romance_acronym_end
from importers.en.orgs.run_breaks import (
    COMPLEMENT_JOINS,
    COMPLEMENT_OPENERS,
    after_inner_article,
    breaks_run,
    caps_breaker,
    dates_verb,
    joins_run,
    opens_no_run,
    region_goes_on,
)
from importers.en.orgs.shared_heads import ends_before_shared_head, split_before_owner
from importers.en.orgs.titled_holders import (
    ends_in_titled_person,
    head_opens_title,
    opens_titled_person,
    past_head_title,
    past_title_before_country,
    titled_owner_start,
)
from importers.en.orgs.tokens import Tok, is_head
from importers.en.orgs.under import joins_under, under_holder
from importers.en.places import country_prefix
from importers.en.words import (
    ACRONYM_ONLY_HEADS,
    COMPANY_HEADS,
    COUNTRY_OF,
    DIPLOMATIC_HEADS,
    DOCUMENT_NOUNS,
    FOR_ONLY_HEADS,
    INSTITUTION_CITY_MODIFIERS,
    LEADING_FUNCTION_WORDS,
    NAME_CONNECTORS,
    NAME_POSSESSIVES,
    ON_HEADS,
    ORG_HEADS,
    ORGAN_HEADS,
    ROMANCE_CONNECTORS,
    TITLE_CORE,
    UNIT_HEADS,
)
from store.text import lexicon
from store.text.dates import MONTH_NAMES, weekday_number

#: Heads that name a body only before "of" ("Delegation of X", "Cabinet of Ministers").
OF_ONLY_HEADS = lexicon.wordset("en_orgs.txt", "of_only_heads")
#: Heads that name a body only after "People's" ("People's Congress").
PEOPLES_HEADS = lexicon.wordset("en_orgs.txt", "peoples_heads")
CABINET_MODIFIERS = lexicon.wordset("en_orgs.txt", "cabinet_modifiers")
PARTY_NOUNS = lexicon.wordset("en_orgs.txt", "party_nouns")
#: Heads of units named by a field ("Directorate-General for Trade of X"), unit heads too.
FIELD_UNIT_HEADS = UNIT_HEADS | lexicon.wordset("en_orgs.txt", "field_unit_heads")

#: Whitespace that separates the columns of a plain-text table, not the words of a name.
_COLUMN_GAP = re.compile(r"\t| {3,}")


def chunks(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Runs of capitalised words joined by name connectors and inline "(ACR)" groups.

    A run may cross a line break only right after a connector ("Committee on\\n\\nDevelopment"
    is one name broken by a PDF), never after a capitalised word (a heading followed by a
    sentence is two things).
    """
    out: list[list[Tok]] = []
    i = 0
    n = len(toks)
    while i < n:
        if opens_no_run(text, toks[i]) or caps_breaker(toks[i]):
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < n:
            prev, tok = run[-1], toks[j]
            gap = text[prev.end : tok.start]
            if "\n" in gap and prev.low not in NAME_CONNECTORS:
                break
            if gap.strip() or _COLUMN_GAP.search(gap) or caps_breaker(tok):
                break
            if past_gloss(toks, j) > j:  # "of BRSA (Board of Registered ...) Surveyors"
                run.extend(toks[j : past_gloss(toks, j)])
                j = past_gloss(toks, j)
                continue
            if tok.text == "(" and j + 2 < n and toks[j + 2].text == ")" and toks[j + 1].cap:
                run.extend(toks[j : j + 3])
                j += 3
                continue
            if breaks_run(text, tok.start, tok.low):
                break  # "X Authority and Mr. Kim", "X Council Resolution No. 5": no word of X
            if tok.cap or joins_run(text, tok):
                run.append(tok)
                j += 1
                continue
            if formed := comma_legal_form(text, toks, j):  # "Acme Global, Inc."
                run.extend(toks[j : j + formed])
                j += formed
                continue
            if tok.low == "under" and joins_under(toks, j, run):
                run.append(tok)  # "Intellectual Property Agency under the Ministry of Justice"
                j += 1
                continue
            if tok.low in ROMANCE_CONNECTORS and joins(toks, j) or elided(tok):
                run.append(tok)  # "Instituto Nacional da Propriedade", "Centre d'Arbitrage"
                j += 1
                continue
            break
        while run and (run[-1].low in NAME_CONNECTORS or run[-1].text in "()"):
            if run[-1].text == ")" and len(run) >= 3 and run[-3].text == "(":
                break
            run.pop()
        out.extend(_split_at_owner(run))
        i = max(j, i + 1)
    return out


def _split_at_owner(run: list[Tok]) -> list[list[Tok]]:
    """'the Philippine Embassy's Commercial Counsellor': a head noun with a possessive ends
    the body's name (without the "'s"); what follows is what the body owns, a run of its own.
    So does the possessive of a head's complement ("the Law Society of Singapore's IP
    Committee"): the owner is the name up to it."""
    out: list[list[Tok]] = []
    start = 0
    for k, t in enumerate(run):
        stem = t.text[:-2]
        if (
            k > start
            and t.low.endswith(("'s", "’s"))
            and t.low.replace("’", "'") not in (NAME_POSSESSIVES)
            and not country_after_and([w.text for w in run], k)  # "A and Brazil's B"
            and not acronym_owns_complement(
                [w.text for w in run[start:k]], stem, [w.text for w in run[k + 1 :]]
            )  # "the X Center of the ABC's Patent Office": one name
            and (
                stem.casefold() in ORG_HEADS
                or (
                    _complement_of_head(run[start:k])
                    and (_owned_part(run[k + 1 :]) or not _country_owner(run[start:k], stem))
                )
            )
        ):
            out.append([*run[start:k], Tok(t.start, t.end - 2, stem)])
            start = k + 1
    if start < len(run):
        out.append(run[start:])
    return [r for r in out if r]


def _complement_of_head(before: list[Tok]) -> bool:
    """The words before a possessive are a head and its "of" complement ("Law Society of")."""
    heads = [k for k, t in enumerate(before) if is_head(t)]
    return bool(heads) and any(t.low == "of" for t in before[heads[0] + 1 :])


def _country_owner(before: list[Tok], stem: str) -> bool:
    """'X of Indonesia's Ministry of Law': a country after "of" qualifies the body that
    follows, one name; a field there ("Department of Commerce's Patent Office") ends its
    own body's name, and the body owned is a second one."""
    k = max(i for i, t in enumerate(before) if t.low == "of")
    words = [t.text for t in before[k + 1 :] if t.low != "the"] + [stem]
    return " ".join(words).casefold() in COUNTRY_OF


def _owned_part(rest: list[Tok]) -> bool:
    """What follows the possessive is a part of the owner (a committee, a council) or no
    body at all (a title), not a body that the owner's country qualifies ("X of
    Indonesia's Ministry of Law" is one name)."""
    heads = [t for t in rest if is_head(t)]
    return not heads or heads[-1].low in NAMED_ORGAN_HEADS


def _words(run: list[Tok]) -> list[Tok]:
    return [t for t in run if t.text not in "()"]


def has_head(run: list[Tok]) -> bool:
    return any(is_head(t) for t in run)


def split_and(run: list[Tok]) -> list[list[Tok]]:
    """Split at "and"/"&" where both sides are names of their own: "the Danish Patent and
    Trademark Office" stays one; "the Polish Patent Office and the Swedish Patent Office" is
    two. "and the" always separates two names."""
    parts: list[list[Tok]] = [[]]
    for k, tok in enumerate(run):
        if tok.low in ("and", "&") and parts[-1] and not region_goes_on(parts[-1], run[k + 1 :]):
            nxt = run[k + 1 :]
            right_until_and: list[Tok] = []
            for t in nxt:
                if t.low in ("and", "&", "under"):
                    break  # "... and Innovation under the Cabinet": the parent is no side
                right_until_and.append(t)
            hard = bool(nxt) and nxt[0].low == "the" and not _second_field(parts[-1], nxt[1:])
            hard = hard or ends_in_titled_person([t.text for t in _words(parts[-1])])
            # "X Office| and Finance and Planning Department": two fields of the next head
            hard = hard or ends_before_shared_head(parts[-1], run, k)
            if (
                hard
                or _ends_in_country(parts[-1], right_until_and)
                and right_until_and[:1]
                and (right_until_and[0].cap)
            ):
                parts.append([])  # "the X Institute (XI) of Brazil and IP Australia"
                continue
            if _names_body(parts[-1]) and opens_with_country_owner([t.text for t in nxt]):
                parts.append([])  # "the X Office and Zambia's Patents and Y Agency"
                continue
            if has_head(right_until_and) and acronyms_apart(
                [t.text for t in parts[-1]], [t.text for t in right_until_and]
            ):
                parts.append([])  # "the KIPO and WIPO Singapore Office"
                continue
            if split_before_owner(parts, tok, right_until_and):
                continue  # "the X Office of the Energy| and Industry Department"
            if (
                _names_body(_own_words(parts[-1]))
                and _names_body(right_until_and)
                and not _continues_field(parts[-1], right_until_and)
                and not _company_word_in_field(parts[-1], right_until_and)
            ):
                parts.append([])
                continue
        parts[-1].append(tok)
    return [p for p in parts if p]


def _names_body(run: list[Tok]) -> bool:
    """A head anywhere, or one that makes a name only where it stands ("Accelerator for
    Technology and Innovation (X)"), so that "and" after such a name starts the next one."""
    return any(is_head(t) or _late_head(run, k) for k, t in enumerate(run))


def _continues_field(left: list[Tok], right: list[Tok]) -> bool:
    """'Directorate-General for Fisheries| and Maritime Affairs of the European
    Commission': when the words before "and" end in their head's field ("for X", "of X")
    and the words after it have no head before their own "of" (nor open with a title), they
    are more of that field, and the head after "of" is the body that owns the unit."""
    heads = [k for k, t in enumerate(left) if is_head(t)]
    if not heads or not any(t.low in ("of", "for") for t in left[heads[-1] + 1 :]):
        return False
    words = " ".join(t.text for t in right)
    if not right or not right[0].cap or re.match(TITLE_CORE, words, re.IGNORECASE):
        return False
    for k, t in enumerate(right):
        if t.low == "of":
            return True
        if is_head(t) or _late_head(right, k):
            return False
    return False


def _company_word_in_field(left: list[Tok], right: list[Tok]) -> bool:
    """'Directorate of Inventions| and New Technologies': after a unit's head and its field
    ("of X"), words that name a body only by a company word at their end ("Technologies",
    "Industries") are more of the unit's field, not a firm."""
    heads = [k for k, t in enumerate(left) if is_head(t)]
    if not heads or left[heads[-1]].low not in FIELD_UNIT_HEADS - {"department"}:
        return False  # "Department of Commerce| and Samsung Electronics": a ministry and a firm
    if len(right) > 3:
        return False
    if not any(t.low in ("of", "for") for t in left[heads[-1] + 1 :]):
        return False
    return not any(is_head(t) for t in right)


def _second_field(left: list[Tok], right: list[Tok]) -> bool:
    """'Institute for the Defense of Competition| and the Protection of Intellectual
    Property': after a head's "for the <field>", "and the <field> of Y" with no head of its
    own is a second part of the same remit, so the name goes on (a state's style, "and the
    Republic of X", is a second party)."""
    heads = [k for k, t in enumerate(left) if is_head(t)]
    if not heads or heads[-1] + 1 >= len(left) or left[heads[-1] + 1].low != "for":
        return False
    if country_prefix([t.text for t in right if t.text not in "()"]) is not None:
        return False
    return _continues_field(left, right)


def _ends_in_country(left: list[Tok], right: list[Tok]) -> bool:
    """A name with a head that ends "of <country>": complete, so "and" after it starts the
    next name, unless the country's name goes on past "and" ("of Bosnia| and Herzegovina")."""
    words = [t.text for t in left if t.text not in "()"]
    more = [" ".join(["and"] + [t.text for t in right[:k]]) for k in (1, 2)]
    for n in (1, 2, 3):
        if (
            len(words) > n + 1
            and words[-n - 1] == "of"
            and " ".join(words[-n:]).casefold() in COUNTRY_OF
            and not any(f"{' '.join(words[-n:])} {m}".casefold() in COUNTRY_OF for m in more)
        ):
            return has_head(left)
    return False


def _own_words(left: list[Tok]) -> list[Tok]:
    """The words before "and" that may end a name of their own: after "Board of Directors of
    the", only the body's name ("Board of Directors of the Spanish Patent| and Trademark
    Office" is one organ of one body, not two names)."""
    lows = [t.low for t in left]
    organ = next((k for k, w in enumerate(lows) if w in ORGAN_HEADS), None)
    if organ is None:
        return left
    of = [k for k in range(organ + 1, len(lows)) if lows[k] == "of"]
    return left[of[-1] + 1 :] if of else left


def trim(seg: list[Tok]) -> list[Tok]:
    """The organisation name inside a segment: leading articles, ordinals, possessive
    qualifiers ("China's") and title-or-event words before "of" are dropped; the name ends
    at its last head noun or at the end of its "of/for ..." complement."""
    texts = [t.text for t in seg]
    heads = [
        k
        for k, t in enumerate(seg)
        if (is_head(t) or _late_head(seg, k)) and not head_opens_title(texts, k)
    ]
    if not heads:
        return []
    first = heads[0]
    start = 0
    for k in range(first - 1, -1, -1):
        if seg[k].low in ("of", "for", "on") and not any(is_head(t) for t in seg[:k]):
            if k > 0 and seg[k].low == "of" and seg[k - 1].low in PARTY_NOUNS:
                continue  # "the X Party of Y Central Committee": the party's own name
            if court_division([t.low for t in seg]):
                break  # "General Division of the High Court": a court of its own
            start = k + 1
            break
    titled = titled_owner_start([t.text for t in seg], first)  # "Registrar-General's Office"
    titled = None if titled is None or titled < start else titled
    for k in range(first - 1, start - 1, -1):
        if possessive(seg[k]):
            start = k + 1  # "Viet Nam's Ministry of ...": the owner of two words goes too
            break
    start = after_inner_article(seg, start, first) if titled is None else titled
    while start < len(seg) and titled != start:
        t = seg[start]
        if (
            t.low in ("the", "a", "an")
            or t.low in NAME_CONNECTORS
            or t.low in LEADING_FUNCTION_WORDS
            or possessive(t)
            or t.text[:1].isdigit()
            or t.low.endswith("-based")  # "the Geneva-based X Organization": where it sits
            or weekday_number(t.text) is not None  # "On Wednesday the X Office renewed"
            or (t.low in MONTH_NAMES and start + 1 < len(seg))  # "in October X Office"
        ):
            start += 1
        else:
            break
    if titled is None:  # "Commissioner Japan Patent Office": the holder's title
        start = past_title_before_country([t.text for t in seg], start, first)
        start = past_head_title([t.text for t in seg], start, first)  # "Agency Director X of"
    last = heads[-1]
    if last < start:
        return []
    end = last
    if _general_after(seg, end):
        end += 1  # "Directorate General of Intellectual Property": one head of two words
    k = len(seg) if ends_company(seg[end]) else end + 1  # "Acme Ltd| of Basel"
    # "Office of Singapore", "Institute of Industrial Property of France", "Union for ..."
    while k < len(seg):
        t = seg[k]
        if t.low in COMPLEMENT_OPENERS or (t.low == "on" and seg[end].low in ON_HEADS):
            m = k + 1
            while m < len(seg) and seg[m].low in ("the",):
                m += 1
            if m < len(seg) and seg[m].cap and seg[m].text[:1].isalpha():  # not "for 2024"
                first = m
                while m < len(seg) and (
                    seg[m].cap or seg[m].low in COMPLEMENT_JOINS or past_gloss(seg, m) > m
                ):
                    if past_gloss(seg, m) > m:
                        m = past_gloss(seg, m)
                        continue
                    if seg[m].low in DOCUMENT_NOUNS or opens_titled_person(seg, m, first):
                        break  # "of Industrial Property Director General Jane Roe": hers
                    if seg[m].low in COMPLEMENT_JOINS and not (
                        m + 1 < len(seg) and (seg[m + 1].cap or seg[m + 1].low == "the")
                    ):
                        break
                    m += 1
                if dates_verb(t.low, [x.text for x in seg[first:m]]):
                    break  # "the Office on World IP Day launched": when, no field
                end = m - 1
                k = m
                continue
        if t.text == "(" and k + 2 < len(seg) and seg[k + 2].text == ")":
            k += 3
            continue
        holder = under_holder(seg, k) if t.low == "under" else None
        if holder is not None:  # "X Academy under the President of the Republic of Y"
            end = k = holder
            k += 1
            continue
        break
    head_first = head_first_end(seg, start, first)  # "Université de Lomé"
    end = max(end, head_first or end)
    end = romance_acronym_end(seg, start, end)
    while end > start and seg[end].low in NAME_CONNECTORS:
        end -= 1
    name = seg[start : end + 1]
    if name and name[-1].text == "(":
        name = name[:-1]
    words = _words(name)
    if len(words) < 2 and not (words and words[0].low in ("ltd", "llc")):
        return []
    if words[0].low in ORG_HEADS and len(words) == 1:
        return []
    return name


#: Heads whose second word is "General": "Directorate General", "Consulate General".
GENERAL_HEADS = lexicon.wordset("en_orgs.txt", "general_heads")


def _general_after(seg: list[Tok], k: int) -> bool:
    """'Directorate General of ...', 'Secretariat General of ...': a head whose second word
    "General" comes before its complement; a mission's ("the German Consulate General") also
    where the name ends with it, and so does any such head after its owner's name ("the
    X Secretariat General": "General" is no word of the sentence after it)."""
    if seg[k].low not in GENERAL_HEADS or k + 1 >= len(seg) or seg[k + 1].text != "General":
        return False
    if k + 2 == len(seg):
        return seg[k].low in DIPLOMATIC_HEADS or (k > 0 and seg[k - 1].cap)
    return seg[k + 2].low in ("of", "for")


def _late_head(seg: list[Tok], k: int) -> bool:
    """Heads that make a name only in one position: a company word that ends the run
    ("Hyundai Motor", "Samsung Electronics", not "Motor Show"), and "Delegation" or
    "Cabinet" before "of" ("Delegation of the European Union to China", "the Cabinet of
    Ministers", not "the Delegation arrived"), or a federation's cabinet ending the run ("the
    Federal Cabinet")."""
    low = seg[k].low
    if low in OF_ONLY_HEADS:
        if low == "cabinet" and 0 < k == len(seg) - 1 and seg[k - 1].low in CABINET_MODIFIERS:
            return True  # "the Union Cabinet approved": a federation's cabinet
        return k + 1 < len(seg) and seg[k + 1].low == "of"
    if low == "city" and k > 0 and seg[k - 1].cap and seg[k - 1].low in INSTITUTION_CITY_MODIFIERS:
        return True  # "X Medical City": a hospital complex, no town
    if low in PEOPLES_HEADS:  # "X Provincial People's Congress": a legislature, no event
        return k > 0 and seg[k - 1].low.replace("’", "'") == "people's"
    if low in POSSESSIVE_HEADS or low in OWNED_HEADS:  # "the Attorney-General's Chambers"
        return owned_head(seg, k)
    if low in FOR_ONLY_HEADS:
        return k + 2 < len(seg) and seg[k + 1].low == "for" and seg[k + 2].cap
    if low in ACRONYM_ONLY_HEADS:
        return k + 3 < len(seg) and seg[k + 1].text == "(" and seg[k + 3].text == ")"
    if low not in COMPANY_HEADS:
        return False
    rest = [t for t in seg[k + 1 :] if t.text not in "()"]
    return not rest or (len(rest) == 1 and ACRONYM.match(rest[0].text) is not None)


def span_name(text: str, name: list[Tok]) -> tuple[str, str, list[str]]:
    """(surface as written, name without inline acronyms, the inline acronyms)."""
    surface = text[name[0].start : name[-1].end]
    acr = [
        name[k + 1].text
        for k in range(len(name) - 2)
        if name[k].text == "(" and name[k + 2].text == ")"
    ]
    plain = re.sub(r"\s*\([^()]*\)", "", surface)
    return surface, re.sub(r"\s+", " ", plain).strip(), acr
