"""The set-up a bare machine needs: scripts/setup/system_packages.sh and the warning filters.

The script runs as a real unprivileged user against a real dpkg database that it is
pointed to with DPKG_ADMINDIR (honoured by dpkg-query), so it never calls apt here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "setup" / "system_packages.sh"
NOBODY = 65534


@pytest.fixture
def dpkg_admindir() -> Iterator[Path]:
    """An empty dpkg database the unprivileged user can read (pytest's tmp_path is root-only)."""
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        (Path(folder) / "status").write_text("")
        os.chmod(Path(folder) / "status", 0o644)
        yield Path(folder)


def _run_unprivileged(admindir: Path) -> subprocess.CompletedProcess[str]:
    user = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    # A fresh clone may sit in a root-only folder (mktemp -d): the user runs a readable copy.
    script = admindir / SCRIPT.name
    shutil.copyfile(SCRIPT, script)
    os.chmod(script, 0o755)
    command = [*(user if os.geteuid() == 0 else []), str(script)]
    env = {"PATH": os.environ["PATH"], "DPKG_ADMINDIR": str(admindir)}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd="/", check=False)


def test_without_root_the_script_stops_with_the_one_install_line(dpkg_admindir: Path) -> None:
    result = _run_unprivileged(dpkg_admindir)
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "Es fehlen Debian-Pakete, die sketchproc braucht (Liste: scripts/setup/system_packages.sh)."
    )
    install = [line for line in lines if "apt-get" in line]
    assert len(install) == 1 and install[0].startswith("  sudo apt-get install -y --no-install-recommends ")
    packages = install[0].split()[5:]
    assert {"chromium", "libharfbuzz-subset0", "tesseract-ocr-deu", "libpango-1.0-0", "make"} <= set(packages)


def test_with_every_package_installed_the_script_is_silent(dpkg_admindir: Path) -> None:
    packages = _run_unprivileged(dpkg_admindir).stderr.splitlines()[-1].split()[5:]
    fields = "Status: install ok installed\nVersion: 1\nArchitecture: all\nMaintainer: x\nDescription: x\n"
    stanzas = [f"Package: {package}\n{fields}" for package in packages]
    (dpkg_admindir / "status").write_text("\n".join(stanzas))
    result = _run_unprivileged(dpkg_admindir)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")

    (dpkg_admindir / "status").write_text("\n".join(stanzas[1:]))  # one missing: only that one is named
    result = _run_unprivileged(dpkg_admindir)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].split()[5:] == packages[:1]


@pytest.mark.parametrize("target", ["demo", "test"])
def test_make_targets_run_the_script_first(target: str) -> None:
    assert shutil.which("make"), "make fehlt: scripts/setup/system_packages.sh installiert es"
    # Without the outer make's variables: under `make test` a nested make announces its directory.
    env = {key: value for key, value in os.environ.items() if key not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    planned = subprocess.run(
        ["make", "--no-print-directory", "-n", target],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.splitlines()
    assert planned[0] == "scripts/setup/system_packages.sh"


def test_ci_runs_the_script_before_make_test() -> None:
    commands = [line for line in (REPO / ".ci" / "run").read_text().splitlines() if re.match(r"^[a-z]", line)]
    assert commands[-2:] == ["scripts/setup/system_packages.sh", "make test"]


def test_weasyprints_warning_about_the_os_is_ignored_but_ours_stay_errors() -> None:
    message = "HarfBuzz-Subset will be required by future versions of WeasyPrint."
    warnings.warn_explicit(message, DeprecationWarning, "ffi.py", 1, module="weasyprint.text.ffi")
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit(message, DeprecationWarning, "cli.py", 1, module="sketchproc.cli")
    with pytest.raises(DeprecationWarning):  # other WeasyPrint modules are not excused
        warnings.warn_explicit(message, DeprecationWarning, "css.py", 1, module="weasyprint.css")
