"""How much the review queue is worth: for each set with gold annotations, how many of the
first 20 items are real errors, and how organisation and people precision rise as an oracle
that reads the gold works the whole queue.

    .venv/bin/python bench/bench_review.py [SET ...] [--left] [--together SET SET ...]
    .venv/bin/python bench/bench_review.py --scale NAMES    (30000: about 15,000 entities;
        prints the queue's read in a process, warm, whole, and `ipx review --limit 20` run
        as a user runs it: after a change, and again)

SET as in bench/evaluate.py (`seeds`, `dev`, `dev2`, `holdout` ... `holdout32`, `real1` ...);
with none, every development set (a measuring set, MEASURE_ONLY, only when named: its reasons and
names are never printed). `--together A B C` also imports the sets named after it into ONE
knowledge base (a queue long enough to judge its first 20) and scores it against their gold
together; each of them is also run on its own. It prints, last, how long the queue took to read.
A SET written `FILE=SET` loads FILE, an exchange export of SET (an older extractor's, on
texts it had never seen: bench/calibrate_review.py), instead of importing SET's documents,
with SET's texts put back (an export holds none; a user's knowledge base does).
`--left` prints, under each set's line, the organisations and people the oracle left wrong
(spurious against the gold, fragmented), each with its P(wrong), its signs and any judgement:
why the queue did not propose it.
The oracle judges each item as a careful reviewer would, from the gold alone: an
entity no gold entry names is rejected, else accepted; one document's mention of an entity
is rejected when that document's gold names no such entity, else accepted; a pair that one
gold entry names is merged, else marked distinct; a role or an agreement is fixed (its
organisation, date or parties) or rejected when the gold states no such fact; an agreement
holding fewer parties than the gold's is fixed even when a missing party is no entity of the
knowledge base (the extraction missed it: the fact is wrong all the same). An item counts as
a real error when the oracle does anything but accept it or mark it distinct. Figures are on
whatever machine runs it; extraction changes them.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from blind_texts import with_texts  # noqa: E402
from evaluate import MEASURE_ONLY, documents_of, gold_of, score, sets  # noqa: E402

FIRST = 20
#: items the Review pane makes at once (tui/widgets/review.py PAGE)
PANE_PAGE = 200
#: items judged and real errors among them, by kind of item and reason (printed at the end)
BY_KIND: dict[str, list[int]] = {}


def norm(text: str | None) -> str:
    import re
    import unicodedata

    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\s\W_]+", "", text)


def merged_gold(names: list[str], workdir: Path) -> Path:
    """One gold file for several sets: their documents and identities together."""
    docs: list[Any] = []
    identities: list[Any] = []
    for name in names:
        data = json.loads(gold_of(name).read_text(encoding="utf-8"))
        docs += data["documents"]
        identities += data.get("identities", [])
    out = workdir / ("gold-" + "+".join(names) + ".json")
    out.write_text(json.dumps({"documents": docs, "identities": identities}), encoding="utf-8")
    return out


class Gold:
    """The gold of one set, per document file and across documents (canonical names)."""

    def __init__(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.docs = {d["file"]: d for d in data["documents"]}
        self.canon: dict[str, dict[str, set[str]]] = {"organisations": {}, "officials": {}}
        for d in self.docs.values():
            for kind in self.canon:
                for e in d.get(kind, []):
                    names = {norm(e["name"]), *(norm(a) for a in e.get("aliases") or [])} - {""}
                    self.canon[kind].setdefault(norm(e["name"]), set()).update(names)
        for group in data.get("identities", []):  # one entity under names in two scripts
            kind = "organisations" if group.get("kind") == "organisation" else "officials"
            names = {norm(n) for n in group["names"]} - {""}
            self.canon[kind].setdefault("=".join(sorted(names)), set()).update(names)

    def entries(self, files: set[str], kind: str) -> list[dict[str, Any]]:
        return [e for f in files if f in self.docs for e in self.docs[f].get(kind, [])]


def _names(s: Any, kind: str, id: int) -> set[str]:
    from sqlmodel import select

    from store.models import Name

    rows = s.exec(select(Name.text).where(Name.entity_type == kind, Name.entity_id == id))
    return {norm(t) for t in rows} - {""}


def _files(s: Any, kind: str, id: int) -> set[str]:
    from sqlmodel import col, select

    from store.models import Document, Mention

    rows = s.exec(
        select(Document.path)
        .join(Mention, col(Mention.document_id) == col(Document.id))
        .where(Mention.target_type == kind, Mention.target_id == id)
    )
    return {Path(p).name for p in rows}


def _gold_kind(kind: str) -> str:
    return "organisations" if kind == "organisation" else "officials"


def _real(s: Any, gold: Gold, kind: str, id: int) -> bool:
    files = _files(s, kind, id)
    if not files:
        return True  # the reference data's: not the extraction's to doubt
    return _gold_names(s, gold, kind, id, files)


def _gold_names(s: Any, gold: Gold, kind: str, id: int, files: set[str]) -> bool:
    """Whether the gold of FILES names the entity (by its names and aliases)."""
    names = _names(s, kind, id)
    for e in gold.entries(files, _gold_kind(kind)):
        if names & ({norm(e["name"]), *(norm(a) for a in e.get("aliases") or [])}):
            return True
    return False


def mention_real(s: Any, gold: Gold, kind: str, id: int, document_id: int) -> bool:
    """One document's mention of an entity is right when that document's gold names the
    entity (by its names and aliases)."""
    from store.models import Document

    doc = s.get(Document, document_id)
    if doc is None:
        return True
    return _gold_names(s, gold, kind, id, {Path(doc.path).name})


def _org_of(s: Any, gold: Gold, name: str | None) -> int | None:
    """The stored organisation a gold organisation name names."""
    from store.queries import find

    if not name:
        return None
    names = gold.canon["organisations"].get(norm(name), {norm(name)})
    for n in sorted(names):
        for e in find(s, n, "organisation"):
            if e.kind == "organisation" and _names(s, "organisation", e.id) & names:
                return e.id
    return None


def verdict(s: Any, gold: Gold, item: Any) -> tuple[str, dict[str, Any] | None]:
    """What the oracle does with an item: (action, edit) ."""
    subjects = item.subjects
    if item.kind == "entity":
        real = _real(s, gold, subjects[0].kind, subjects[0].id)
        return ("accept" if real else "reject"), None
    if item.kind == "mention":  # that document's gold only
        real = mention_real(s, gold, subjects[0].kind, subjects[0].id, item.document[0])
        return ("accept" if real else "reject"), None
    if item.kind == "pair":
        a, b = (_names(s, x.kind, x.id) for x in subjects)
        same = any(
            a & names and b & names for names in gold.canon[_gold_kind(subjects[0].kind)].values()
        )
        return ("merge" if same else "distinct"), None
    if item.kind == "role":
        return _role_verdict(s, gold, subjects[0].id)
    return _agreement_verdict(s, gold, subjects[0].id)


def _role_verdict(s: Any, gold: Gold, role_id: int) -> tuple[str, dict[str, Any] | None]:
    from store.models import Role

    sys.path.insert(0, str(ROOT / "tests" / "benchmark"))
    from score import title_match  # type: ignore[import-not-found]

    role = s.get(Role, role_id)
    person = _names(s, "person", role.person_id)
    for official in gold.entries(_files(s, "role", role_id), "officials"):
        if not person & (
            {norm(official["name"]), *(norm(a) for a in official.get("aliases") or [])}
        ):
            continue
        for r in official.get("roles", []):
            if not title_match(r["title"], role.title):
                continue
            want = _org_of(s, gold, r.get("organisation"))
            if want == role.organisation_id:
                return "accept", None
            if r.get("organisation") is None or want is not None:
                return "edit", {"organisation": want}
    return "reject", None


def _agreement_verdict(s: Any, gold: Gold, aid: int) -> tuple[str, dict[str, Any] | None]:
    from store.models import Agreement

    sys.path.insert(0, str(ROOT / "tests" / "benchmark"))
    from score import title_match  # type: ignore[import-not-found]

    ag = s.get(Agreement, aid)
    for g in gold.entries(_files(s, "agreement", aid), "agreements"):
        if not title_match(g["title"], ag.title):
            continue
        change: dict[str, Any] = {}
        if g.get("date") and not ag.date:
            change["date"] = g["date"]
        parties = [_org_of(s, gold, p) for p in g.get("parties", [])]
        have = _parties_of(s, aid) if parties else set()
        if parties and all(p is not None for p in parties):
            if set(parties) != have:
                change["parties"] = parties
        elif len(known := {p for p in have if p is not None}) < len(parties):
            # a party the gold names is no entity here (the extraction missed it): the fact
            # is wrong all the same; a reviewer fixes what the knowledge base holds
            found = known | {p for p in parties if p is not None}
            return "edit", change | ({"parties": sorted(found)} if found != known else {})
        return ("edit", change) if change else ("accept", None)
    return "reject", None


def _parties_of(s: Any, aid: int) -> set[int | None]:
    from sqlmodel import select

    from store.models import AgreementParty

    rows = s.exec(
        select(AgreementParty.organisation_id).where(
            AgreementParty.agreement_id == aid, AgreementParty.role == "party"
        )
    )
    return set(rows)


def work_the_queue(db: Any, gold: Gold) -> tuple[int, int, int]:
    """The oracle works the queue to its end; returns (items judged, real errors among the
    first FIRST, items of the first queue)."""
    from store.review.items import ReviewError
    from store.review.judge import judge
    from store.review.queue import review_queue

    seen: set[str] = set()
    first_errors, judged, first_len = 0, 0, 0
    while True:
        with db.session() as s:
            queue = review_queue(s, with_sources=False)
            if not judged:
                first_len = len(queue)
            item = next((i for i in queue if i.id not in seen), None)
            if item is None:
                return judged, first_errors, first_len
            seen.add(item.id)
            action, change = verdict(s, gold, item)
            wrong = action not in ("accept", "distinct")
            if judged < FIRST and wrong:
                first_errors += 1
            kind = item.kind + ":" + item.reason.split(":", 1)[-1].split("(")[0].strip()
            BY_KIND.setdefault(kind, [0, 0])[0] += 1
            BY_KIND[kind][1] += wrong
            try:
                judge(s, item.id, action, by="oracle", change=change)
                s.commit()
            except ReviewError:
                s.rollback()
            judged += 1


def run(names: list[str], workdir: Path) -> dict[str, Any]:
    """Import the sets into one knowledge base, let the oracle work its queue, score it."""
    from importers.pipeline import import_paths
    from store.db import open_database
    from store.exchange import export_data

    exports = [n.rpartition("=")[0] for n in names]
    names = [n.rpartition("=")[2] for n in names]
    name = "+".join(names)
    db = open_database(f"sqlite:///{workdir / f'{name}.db'}")
    import_paths(
        db, [p for n, e in zip(names, exports, strict=True) if not e for p in documents_of(n)]
    )
    _load_exports(db, [(e, n) for n, e in zip(names, exports, strict=True) if e])
    gold_path = gold_of(names[0]) if len(names) == 1 else merged_gold(names, workdir)
    gold = Gold(gold_path)

    def scored(tag: str) -> dict[str, Any]:
        with db.session() as s:
            data = export_data(s, with_text=False)
        out = workdir / f"{name}-{tag}.json"
        out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return json.loads(score(out, gold_path, "--json"))

    before = scored("before")
    QUEUE_SECONDS.append(_timed_queue(db))
    judged, errors, length = work_the_queue(db, gold)
    after = scored("after")
    if LEFT and not any(n in MEASURE_ONLY for n in names):
        left_over(db, score(workdir / f"{name}-after.json", gold_path, "--verbose"))
    db.engine.dispose()
    return {
        "set": name,
        "queue": length,
        "judged": judged,
        "errors_first": errors,
        "before": before,
        "after": after,
    }


def _load_exports(db: Any, files: list[tuple[str, str]]) -> None:
    """Load exchange exports (`FILE=SET`: an older extractor's reading of SET, the errors
    unseen texts bring) into the knowledge base instead of importing SET's documents. An
    export holds no texts, and a user's knowledge base holds them: the signs the queue reads
    from a document's text (a body named within an event's name, the form of a mention)
    need them. So each exported document gets SET's document of the same file and bytes,
    read as import reads it (blind_texts.py)."""
    from store.exchange.load import import_data

    for file, name in files:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
        with_texts(data, name)
        with db.session() as s:
            import_data(s, data, jobs=1)
            s.commit()


def _timed_queue(db: Any) -> float:
    """Seconds to read the whole queue as `ipx review` does (sources of the first 20)."""
    import time

    from store.review.queue import review_queue

    with db.session() as s:
        t = time.perf_counter()
        review_queue(s, limit=FIRST)
        return time.perf_counter() - t


QUEUE_SECONDS: list[float] = []
#: --left: print what the oracle left wrong (spurious organisations and people, fragments)
#: and what the queue knew of each (its confidence, its signs, a judgement)
LEFT = False


def left_over(db: Any, report: str) -> None:
    """Each wrong organisation or person left after the oracle, with why the queue did not
    propose it: its P(wrong), its signs, and whether it was judged."""
    from store.review.confidence import confidences, signs_of
    from store.text import fold

    kinds = {"spurious organisation": "organisation", "spurious person": "person"}
    for line in report.splitlines():
        kind = next((k for t, k in kinds.items() if f": {t} " in line), None)
        if kind is None:
            if line.startswith(("fragmented", "identity")):
                print("   ", line)
            continue
        name = line.split(f": spurious {kind} ", 1)[1]
        with db.session() as s:
            table = "organisation" if kind == "organisation" else "person"
            rows = s.connection().exec_driver_sql(
                f"SELECT id, name FROM {table} WHERE merged_into IS NULL"
            )
            ids = [i for i, n in rows if fold(n) == fold(name)]
            conf = confidences(s, kind, ids)
            signs = signs_of(s, kind, ids)
            for i in ids:
                c = conf.get(i)
                judged = (
                    s.connection()
                    .exec_driver_sql(
                        "SELECT action FROM judgement WHERE target_type = ? AND target_id = ?"
                        " AND undone_at IS NULL",
                        (kind, i),
                    )
                    .all()
                )
                print(
                    f"    {line.split(':')[0]}: {kind[0]}{i} {name!r} p_wrong="
                    f"{1 - c.value if c else float('nan'):.2f} judged={[j[0] for j in judged]}"
                    f" signs={signs.get(i)}"
                )


def _line(r: dict[str, Any]) -> str:
    b, a = r["before"], r["after"]
    first = min(FIRST, r["queue"])
    return (
        f"{r['set']:10} {r['queue']:>5} {r['errors_first']:>4} of {first:<3}  "
        f"{b['organisations']['precision']:.3f}→{a['organisations']['precision']:.3f}  "
        f"{b['people']['precision']:.3f}→{a['people']['precision']:.3f}  "
        f"{b['fragmented']:>7}→{a['fragmented']:<7}"
    )


def scale(names: int, workdir: Path) -> None:
    """The queue on a synthetic knowledge base (bench/scale_kb.py): seconds to read it."""
    import time

    from scale_kb import build  # type: ignore[import-not-found]

    from store.db import open_database
    from store.review.queue import ranked_queue, review_queue

    path = workdir / "scale.db"
    build(path, names=names)
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        counts = [
            s.connection().exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar()
            for t in ("organisation", "person", "agreement", "role")
        ]
        took = []
        for _ in range(3):
            t = time.perf_counter()
            queue = review_queue(s, limit=FIRST)
            took.append(time.perf_counter() - t)
        t = time.perf_counter()
        whole = review_queue(s, with_sources=False)
        every = time.perf_counter() - t
        t = time.perf_counter()
        ranked_queue(s).items(0, PANE_PAGE)
        pane = time.perf_counter() - t
    db.engine.dispose()
    print(
        f"synthetic base: {counts[0]:,} organisations, {counts[1]:,} people, {counts[2]:,}"
        f" agreements, {counts[3]:,} roles: queue ({len(queue)} shown) read in"
        f" {took[0]:.2f} s the first time in a process, then"
        f" {min(took[1:]):.2f}–{max(took[1:]):.2f} s; the whole queue ({len(whole):,} items)"
        f" in {every:.2f} s, ranked with its first {PANE_PAGE} items made (as the pane reads"
        f" it after a verdict) in {pane:.2f} s"
    )
    first, again, verdict = _cli(path)
    print(
        f"`ipx review --limit 20` in a new process (imports included): {first:.2f} s after"
        f" the store changed, {again:.2f} s again, {verdict:.2f} s after a verdict (the"
        " first pair said distinct)"
    )


def _cli(path: Path) -> tuple[float, float, float]:
    """Seconds `ipx review --limit 20` takes as a user runs it: the first time after the
    store changed (the queue ranked, and kept: store/review/kept.py), the best of two
    more (the queue kept read), and after the first pair is said distinct (the kept queue
    caught up: store/review/catchup.py)."""
    import os
    import subprocess
    import time

    took = []
    env = {**os.environ, "IPX_CACHE_DIR": str(path.parent / "cache")}

    def ipx(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "ipx", *args, "--db", str(path)],
            capture_output=True,
            cwd=ROOT,
            env=env,
            text=True,
        )
        if done.returncode:
            sys.exit(f"`ipx {args[0]}` failed:\n{done.stderr}")
        return done.stdout

    for _ in range(3):
        t = time.perf_counter()
        shown = ipx("review", "--limit", "20")
        took.append(time.perf_counter() - t)
    pair = next(line.split("\t")[0] for line in shown.splitlines() if "\tpair\t" in line)
    ipx("judge", pair, "distinct")
    t = time.perf_counter()
    ipx("review", "--limit", "20")
    return took[0], min(took[1:]), time.perf_counter() - t


def main() -> None:
    global LEFT
    args = sys.argv[1:]
    if "-h" in args or "--help" in args:
        print(__doc__)
        return
    LEFT = "--left" in args
    if "--scale" in args:
        with tempfile.TemporaryDirectory() as tmp:
            scale(int(args[args.index("--scale") + 1]), Path(tmp))
        return
    together: list[str] = []
    if "--together" in args:
        at = args.index("--together")
        together, args = args[at + 1 :], args[:at]
    every = [n for n in sets() if n not in MEASURE_ONLY]  # measuring sets only when named
    names = [a for a in args if not a.startswith("-")] or ([] if together else every)
    names += [n for n in together if n not in names]
    if any(n.rpartition("=")[2] in MEASURE_ONLY and "=" in n for n in names):
        sys.exit("an export of a set for measuring only is never read here")
    head = f"{'set':10} {'queue':>5} {'real/first':>10}  {'org P':>13}  {'people P':>13}"
    print(f"{head}  {'fragmented':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            print(_line(run([name], Path(tmp))), flush=True)
        if together:
            r = run(together, Path(tmp))
            print(f"together: {r['set']}")
            print(_line({**r, "set": "together"}))
    print(f"queue read in {min(QUEUE_SECONDS):.2f}–{max(QUEUE_SECONDS):.2f} s per knowledge base")
    if any(n in MEASURE_ONLY for n in names):
        return  # the reasons name what the documents say: never printed for these sets
    print("\nreal errors by kind of item (all sets):")
    for kind, (n, wrong) in sorted(BY_KIND.items(), key=lambda x: -x[1][0]):
        print(f"  {wrong:>3} of {n:<3} {kind}")


if __name__ == "__main__":
    main()
