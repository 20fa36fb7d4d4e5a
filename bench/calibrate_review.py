"""Count, on sets with gold, how often names showing each review sign were wrong, and write
the counts to store/text/words/review_signals.tsv (store/review/calibration.py reads them).

    .venv/bin/python bench/calibrate_review.py [SET ...] [--export FILE=SET ...] [--write]
        (--write: names and mentions)
        [--write-mentions]   (only the rows of one document's mention, store/review/mentions.py)
        [--write-facts]      (only the rows of roles and agreements, store/review/fact_signs.py)
        [--add]              (with a --write option: add the counts to the rows' own, which
                              sets no longer on this machine wrote, rather than replace them)

SET is imported through today's pipeline, as in bench/evaluate.py. `--export FILE=SET` loads
an exchange export of SET instead (through the store's exchange import): an export written by
an older extractor on a set it had never seen shows the errors unseen texts bring, which
today's extractor, tuned on the development sets, no longer makes on them. A name is wrong
when no gold entry of the documents that state it shares one of its names (the oracle of
bench/bench_review.py). Reference entities and names no document states are left out.
One document's mention of an entity (the pairs store/review/mentions.py proposes) is wrong when
that document's gold names no such entity; its counts are kinds `mention:organisation` and
`mention:person`.
A role or an agreement (the signs store/review/fact_signs.py gives: a role's organisation
stated or not, an agreement's parties and date, a doubt of its parties) is wrong when the
oracle would fix or reject it; its counts are kinds `role` and `agreement`. They are written
from the real read sets only (fact_signs.py says why):

    .venv/bin/python bench/calibrate_review.py real84 real86 real89 real90 real92 --write-facts

Without --write, the counts are printed only. Never run it on a measure-only set.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_review import MEASURE_ONLY, Gold, _load_exports, _real  # noqa: E402
from evaluate import documents_of, gold_of  # noqa: E402

TSV = ROOT / "store" / "text" / "words" / "review_signals.tsv"
KINDS = ("organisation", "person")
#: one document's mention of an entity (store/review/mentions.py)
MENTION_KINDS = ("mention:organisation", "mention:person")
#: a role or an agreement (store/review/fact_signs.py)
FACT_KINDS = ("role", "agreement")


def _database(source: str, workdir: Path) -> tuple[Any, str]:
    from store.db import open_database

    file, _, name = source.rpartition("=")
    db = open_database(f"sqlite:///{workdir / (Path(file or name).stem + '.db')}")
    if file:
        _load_exports(db, [(file, name)])  # as bench_review.py reads an export: with its texts
    else:
        from importers.pipeline import import_paths

        import_paths(db, documents_of(name))
    return db, name


def count(db: Any, gold: Gold, counts: dict[str, Counter[tuple[str, bool]]]) -> None:
    from sqlalchemy import text

    from store.review.confidence import signs_of

    with db.session() as s:
        for kind in KINDS:
            table = "organisation" if kind == "organisation" else "person"
            ids = [
                r[0]
                for r in s.connection().execute(
                    text(
                        f"SELECT id FROM {table} WHERE merged_into IS NULL AND ref_id IS NULL"
                        " AND id IN (SELECT target_id FROM mention WHERE target_type = :k)"
                    ),
                    {"k": kind},
                )
            ]
            for eid, signs in signs_of(s, kind, ids).items():
                wrong = not _real(s, gold, kind, eid)
                for sign in ("*", *signs):
                    counts[kind][(sign, wrong)] += 1
        count_mentions(s, gold, counts)
        count_facts(s, gold, counts)


def count_facts(s: Any, gold: Gold, counts: dict[str, Counter[tuple[str, bool]]]) -> None:
    """A role or an agreement is wrong when the oracle would fix or reject it."""
    from bench_review import _agreement_verdict, _role_verdict

    from store.review.fact_signs import signs_of_facts

    for kind, verdict in (("role", _role_verdict), ("agreement", _agreement_verdict)):
        for fid, signs in signs_of_facts(s, kind).items():
            wrong = verdict(s, gold, fid)[0] != "accept"
            for sign in ("*", *signs):
                counts[kind][(sign, wrong)] += 1


def count_mentions(s: Any, gold: Gold, counts: dict[str, Counter[tuple[str, bool]]]) -> None:
    """One document's mention is wrong when that document's gold names no such entity."""
    from bench_review import mention_real

    from store.review.mentions import calibration_kind, mention_signs
    from store.review.queue import live_entities

    found, _ = mention_signs(s, live_entities(s))
    for (kind, eid, did), signs in found.items():
        wrong = not mention_real(s, gold, kind, eid, did)
        for sign in ("*", *signs):
            counts[calibration_kind(kind)][(sign, wrong)] += 1


def write(
    counts: dict[str, Counter[tuple[str, bool]]], kinds: tuple[str, ...], add: bool = False
) -> None:
    """The rows of KINDS with COUNTS; ADD: each row's counts plus COUNTS (a few new sets
    join the many that wrote the row, whose exports may be gone), else COUNTS alone."""
    lines = TSV.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        cells = line.split("\t")
        if line.startswith("#") or cells[0] not in kinds:
            out.append(line)
            continue
        kind, sign, prior, had_wrong, had_right, about = cells
        c = counts[kind]
        wrong, right = c[(sign, True)], c[(sign, False)]
        if add:
            wrong, right = wrong + int(had_wrong or 0), right + int(had_right or 0)
        out.append("\t".join([kind, sign, prior, str(wrong), str(right), about]))
    from store.review.calibration import Profile, structure_signs
    from store.review.fact_signs import fact_signs

    known = {tuple(line.split("\t")[:2]) for line in out}
    for kind in kinds:
        every = {s for s, _ in counts[kind]}
        if kind in FACT_KINDS:
            every |= set(fact_signs(kind))
        if kind in KINDS:
            every |= set(structure_signs(kind, Profile(pattern=0.9)))
            every |= set(structure_signs(kind, Profile(2, 2, 1, True, True, 0.5)))
        for sign in sorted(every):
            if (kind, sign) not in known:
                c = counts[kind]
                out.append(f"{kind}\t{sign}\t\t{c[(sign, True)]}\t{c[(sign, False)]}\t{sign}")
    TSV.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    args = sys.argv[1:]
    sources = [a.split("=", 1)[1] if a.startswith("--export=") else a for a in args]
    sources = [a for a in sources if not a.startswith("-")]
    measuring = [s for s in sources if s.rpartition("=")[2] in MEASURE_ONLY]
    if measuring:
        sys.exit(f"{', '.join(measuring)}: a set for measuring only, never for calibrating")
    every = (*KINDS, *MENTION_KINDS, *FACT_KINDS)
    counts: dict[str, Counter[tuple[str, bool]]] = {k: Counter() for k in every}
    with tempfile.TemporaryDirectory() as tmp:
        for source in sources:
            db, name = _database(source, Path(tmp))
            count(db, Gold(gold_of(name)), counts)
            db.engine.dispose()
    for kind in every:
        c = counts[kind]
        print(f"{kind}: sign, wrong, right")
        for sign in sorted({s for s, _ in c}, key=lambda s: -c[(s, True)]):
            print(f"  {sign:16} {c[(sign, True)]:>4} {c[(sign, False)]:>5}")
    # facts are counted on the real read sets only (fact_signs.py): a plain --write, run on
    # development sets, must not replace their rows
    written = {
        "--write": (*KINDS, *MENTION_KINDS),
        "--write-mentions": MENTION_KINDS,
        "--write-facts": FACT_KINDS,
    }
    for flag, kinds in written.items():
        if flag in args:
            write(counts, kinds, add="--add" in args)
            print(f"written: {TSV.relative_to(ROOT)}")
            break


if __name__ == "__main__":
    main()
