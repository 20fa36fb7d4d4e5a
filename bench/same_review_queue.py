"""Whether a change left the review queue as it was: the whole queue of one knowledge base,
every item's id, kind, subjects, reason, p_wrong and visibility in order, written to a file,
and two such files compared.

    .venv/bin/python bench/same_review_queue.py build DB [--names 30000]   (bench/scale_kb.py)
    .venv/bin/python bench/same_review_queue.py dump DB OUT.json
    .venv/bin/python bench/same_review_queue.py compare A.json B.json

`dump` also reads the first 20 with their sources (as `ipx review --limit 20` does) and
keeps them, and the first 20 the pane reads (`pane_page`), so a change to either shows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _item(i: Any, *, sources: bool = False) -> dict[str, Any]:
    out = {
        "id": i.id,
        "kind": i.kind,
        "subjects": [[s.kind, s.id, s.name, s.show] for s in i.subjects],
        "reason": i.reason,
        "p_wrong": i.p_wrong,
        "visibility": i.visibility,
    }
    if sources:
        out["sources"] = [[x.document_id, x.sentence, x.start, x.end] for x in i.sources]
    return out


def dump(db_path: Path, out: Path) -> None:
    from store.db import open_database
    from store.review.queue import review_queue

    db = open_database(f"sqlite:///{db_path}")
    with db.session() as s:
        whole = [_item(i) for i in review_queue(s, with_sources=False)]
        first = [_item(i, sources=True) for i in review_queue(s, limit=20)]
    db.engine.dispose()
    out.write_text(json.dumps({"whole": whole, "first": first}, ensure_ascii=False, indent=0))
    print(f"{len(whole):,} items written to {out}")


def compare(a: Path, b: Path) -> int:
    da, db = (json.loads(p.read_text()) for p in (a, b))
    bad = 0
    for part in ("whole", "first"):
        x, y = da[part], db[part]
        if x == y:
            print(f"{part}: identical ({len(x):,} items)")
            continue
        bad += 1
        at = next((n for n, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), None)
        print(f"{part}: DIFFERENT ({len(x):,} / {len(y):,} items; first difference at {at})")
        if at is not None:
            print(" ", x[at], "\n ", y[at])
    return bad


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["build"] and len(args) >= 2:
        from scale_kb import build  # type: ignore[import-not-found]

        names = int(args[args.index("--names") + 1]) if "--names" in args else 30000
        build(Path(args[1]), names=names)
    elif args[:1] == ["dump"] and len(args) == 3:
        dump(Path(args[1]), Path(args[2]))
    elif args[:1] == ["compare"] and len(args) == 3:
        sys.exit(1 if compare(Path(args[1]), Path(args[2])) else 0)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
