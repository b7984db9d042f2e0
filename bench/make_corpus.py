"""Write N synthetic agreements (valid data files) for scale runs.

Usage: python bench/make_corpus.py N DIR
Ids are SYN00001...; statuses, exceptions, dispute settlement and parties vary with a fixed seed.
"""

import datetime as dt
import random
import sys
from pathlib import Path

import tomli_w

from tradecmp.vocab import EXCEPTION_KINDS, PROVISION_KEYS

PARTIES = ["AUS", "CAN", "CHL", "JPN", "KOR", "MEX", "NZL", "PER", "SGP", "USA", "VNM", "GBR", "EU", "CHN", "IND"]


def agreement(number: int, rng: random.Random) -> dict:
    signed = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
    provisions = {}
    for key in PROVISION_KEYS:
        status = rng.choice(["binding", "best-endeavour", "absent"])
        if status == "absent":
            provisions[key] = {"status": "absent", "checked": "unchecked"}
            continue
        kinds = rng.sample(EXCEPTION_KINDS, rng.randrange(3))
        provisions[key] = {
            "status": status,
            "article": f"{rng.randrange(1, 30)}.{rng.randrange(1, 20)}",
            "title": key.replace("-", " ").title(),
            "text": f"Each Party shall {key.replace('-', ' ')} (synthetic {number})",
            "exceptions": [{"kind": k, "article": f"{rng.randrange(1, 30)}.1"} for k in kinds],
            "dispute_settlement": rng.random() > 0.2,
            "checked": "unchecked",
        }
    return {
        "schema": 1,
        "id": f"SYN{number:05d}",
        "name": f"Synthetic agreement {number}",
        "signed": signed,
        "in_force": signed + dt.timedelta(days=rng.randrange(30, 900)),
        "status": "in-force",
        "dispute_settlement": True,
        "source": "bench/make_corpus.py",
        "checked": "unchecked",
        "parties": {p: {"in_force": signed + dt.timedelta(days=400)} for p in rng.sample(PARTIES, rng.randrange(2, 6))},
        "provisions": provisions,
    }


def main() -> None:
    count, folder = int(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2026)
    for number in range(1, count + 1):
        (folder / f"syn{number:05d}.toml").write_bytes(tomli_w.dumps(agreement(number, rng)).encode())


if __name__ == "__main__":
    main()
