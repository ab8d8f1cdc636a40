"""Smoke-test a built bundle: --version and analyze on the seed article, with no network.

The network is cut with `unshare -n` (a new, empty network namespace) where the system allows it;
otherwise the check still runs and says the network was not cut.
Usage: check_bundle.py dist/marsad
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "samples" / "dhale_bayda_2015.txt"


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(folder: str) -> int:
    bundle = Path(folder)
    binary = bundle / "marsad"
    prefix: list[str] = []
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        prefix = ["unshare", "-n"]
    env_note = "network cut (unshare -n)" if prefix else "network NOT cut (unshare unavailable)"
    version = subprocess.run(prefix + [str(binary), "--version"], capture_output=True, text=True, timeout=120)
    if version.returncode != 0 or "marsad" not in version.stdout:
        print(version.stdout, version.stderr)
        return 1
    result = subprocess.run(
        prefix + [str(binary), "analyze", str(SEED)], capture_output=True, text=True, timeout=300
    )
    if result.returncode != 0:
        print(result.stdout[-2000:], result.stderr[-4000:])
        return 1
    data = json.loads(result.stdout.splitlines()[0])
    print(f"bundle ok ({env_note}): {version.stdout.strip()}; seed article → "
          f"{len(data['entities'])} entities, {len(data['incidents'])} incidents; "
          f"bundle size {_size_mb(bundle):.0f} MB")
    if "torch" in {p.name for p in (bundle / "_internal").iterdir()} if (bundle / "_internal").is_dir() else False:
        print("torch found in the bundle")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/marsad"))
