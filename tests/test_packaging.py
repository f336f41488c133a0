"""The installed package as a user and a packager meet it: one import name, seeds found
wherever it is installed, and a foreign `db` package beside it harmless.

These build the wheel once and install it (without dependencies, which the test run's
own environment lends through PYTHONPATH) into a fresh venv and a --user site.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
OWN_SITE = sysconfig.get_paths()["purelib"]  # where the dependencies are installed


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(REPO)],
                   check=True, capture_output=True, timeout=300)
    [built] = out.glob("onrecord-*.whl")
    return built


def run(python: Path | str, *args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), *args], capture_output=True, text=True, timeout=300,
                          env=env, **kwargs)


def test_the_wheel_has_one_top_level_import_name_and_its_seeds(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"onrecord"}
    assert "onrecord/seeds/000_81f8cacbb450965c.txt" in names
    assert any(name.endswith("licenses/LICENSE") for name in names)


def test_a_db_package_from_the_index_installed_beside_it_breaks_nothing(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    before = set(os.listdir(site))
    assert run(python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)).returncode == 0
    added = {name for name in set(os.listdir(site)) - before if not name.endswith(".dist-info")}
    assert added == {"onrecord"}
    # The index's `db` (a different project) takes the name `db`, as any user's db.py could.
    installed = run(python, "-m", "pip", "install", "-q", "--no-deps", "db")
    assert installed.returncode == 0, installed.stderr
    env = {**os.environ, "PYTHONPATH": OWN_SITE, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("ONRECORD_DB", None)
    stats = run(python, "-m", "onrecord", "stats", "--json", env=env, cwd=tmp_path)
    assert stats.returncode == 0, stats.stderr
    assert '"documents": 1' in stats.stdout  # the default database, made from the seeds
    version = run(env_dir / "bin" / "onrecord", "--version", env=env)
    assert version.stdout.startswith("onrecord ")


def test_a_user_install_finds_its_seeds(wheel, tmp_path):
    user_base = tmp_path / "userbase"
    env = {**os.environ, "PYTHONUSERBASE": str(user_base), "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PIP_BREAK_SYSTEM_PACKAGES": "1"}
    env.pop("ONRECORD_DB", None)
    base_python = Path(sys.base_prefix) / "bin" / "python3"
    installed = run(base_python, "-m", "pip", "install", "-q", "--user", "--no-deps",
                    "--no-warn-script-location", str(wheel), env=env)
    assert installed.returncode == 0, installed.stderr
    # The user site comes first; the dependencies from this run's environment after it.
    user_site = run(base_python, "-c", "import site; print(site.getusersitepackages())", env=env).stdout.strip()
    env["PYTHONPATH"] = os.pathsep.join([user_site, OWN_SITE])
    seeds = run(base_python, "-c", "from onrecord.db.paths import bundled_seeds; print(bundled_seeds())", env=env)
    assert seeds.returncode == 0, seeds.stderr
    assert seeds.stdout.strip().startswith(user_site)
