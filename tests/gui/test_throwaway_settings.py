"""The GUI tests' settings folder (XDG_CONFIG_HOME) is removed when the test run ends: each run once
left its «marsad-gui-settings-*» folder in /tmp."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_settings_folder_and_what_was_written_in_it_are_removed_at_exit() -> None:
    script = ("from pathlib import Path\n"
              "from tests.throwaway_settings import throwaway_settings\n"
              "folder = Path(throwaway_settings('marsad-test-throwaway-'))\n"
              "(folder / 'Marsad').mkdir()\n"
              "(folder / 'Marsad' / 'Marsad.conf').write_text('[General]\\nlanguage=ar\\n')\n"
              "print(folder)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True)
    folder = Path(done.stdout.strip())
    assert folder.name.startswith("marsad-test-throwaway-") and folder.parent == Path(tempfile.gettempdir())
    assert not folder.exists()


def test_this_session_writes_its_settings_in_a_throwaway_folder() -> None:
    folder = Path(os.environ["XDG_CONFIG_HOME"])
    assert folder.name.startswith("marsad-gui-settings-") and folder.parent == Path(tempfile.gettempdir())


def test_the_robustness_suite_never_writes_in_the_settings_folder_the_environment_names(tmp_path: Path) -> None:
    """A developer's own XDG_CONFIG_HOME (~/.config) was kept by tests/robustness (it replaced only a
    missing one): its damaged-settings check then wrote and removed keys in the developer's settings.
    A folder this interpreter made (tests/gui's conftest, loaded first) is kept."""
    script = ("import os\n"
              "from tests.robustness.conftest import pytest_configure\n"
              "from tests.throwaway_settings import throwaway_settings\n"
              "pytest_configure(None)\n"
              "print(os.environ['XDG_CONFIG_HOME'])\n"
              "os.environ['XDG_CONFIG_HOME'] = made = throwaway_settings('marsad-test-throwaway-')\n"
              "pytest_configure(None)\n"
              "print(os.environ['XDG_CONFIG_HOME'] == made)\n")
    own = tmp_path / "developer-config"
    own.mkdir()
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True, env={**os.environ, "XDG_CONFIG_HOME": str(own)})
    used, kept = done.stdout.split()
    assert Path(used) != own and Path(used).name.startswith("marsad-robustness-settings-")
    assert not Path(used).exists() and kept == "True"
    assert own.exists() and not any(own.iterdir())
