"""The release workflow: actionlint finds nothing, and its logic is what a release needs.

Read as GitHub reads it (parsed YAML), checked for what a release engineer
would notice too late on the day: a tag that names another version, a release
missing a system or its checksums, a token that can write in every job, a
checkout that leaves its token behind, an action that can change under us.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import release
import yaml

from mentordesk import __version__

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILE = WORKFLOWS / "release.yml"
TEXT = WORKFLOW_FILE.read_text()
WORKFLOW: dict[Any, Any] = yaml.safe_load(TEXT)
JOBS: dict[str, dict[str, Any]] = WORKFLOW["jobs"]
# The first major of each action that runs on Node 24 (Node 20 is past its end).
NODE24_MAJORS = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/upload-artifact": 6,
    "actions/download-artifact": 7,
}


def tool(name: str) -> str:
    """A program the test extra installs into this environment's scripts folder."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is missing: pip install -e '.[test]'"
    return found


def steps(job: str) -> list[dict[str, Any]]:
    return list(JOBS[job]["steps"])


def scripts(job: str) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


def test_actionlint_and_shellcheck_find_nothing_in_the_workflows() -> None:
    result = subprocess.run(
        [tool("actionlint"), "-shellcheck", tool("shellcheck"), "-color=false"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")
    assert list(WORKFLOWS.glob("*.yml")), "nothing was checked"


def test_every_action_is_pinned_to_a_commit_of_a_node24_release() -> None:
    uses = re.findall(r"uses:\s*([\w.-]+/[\w.-]+)@(\S+)\s*(?:#\s*v(\d+)\.\d+\.\d+)?", TEXT)
    assert uses
    for action, ref, major in uses:
        # A tag can be moved to other code; a commit cannot. The comment says which
        # release the commit is, for people and for Dependabot.
        assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{action}@{ref} is not a commit"
        assert major, f"{action}@{ref} has no '# vX.Y.Z' comment"
        assert int(major) >= NODE24_MAJORS[action], f"{action} v{major} runs on Node 20"


def test_every_checkout_leaves_no_token_behind() -> None:
    checkouts = [
        step
        for job in JOBS
        for step in steps(job)
        if step.get("uses", "").startswith("actions/checkout@")
    ]
    assert len(checkouts) >= 4
    assert all(step["with"]["persist-credentials"] is False for step in checkouts)


def test_only_the_publishing_job_may_write_and_only_contents() -> None:
    assert WORKFLOW["permissions"] == {"contents": "read"}
    writers = {name: job["permissions"] for name, job in JOBS.items() if "permissions" in job}
    assert writers == {"publish": {"contents": "write"}}


def test_a_tag_is_checked_against_the_version_before_anything_is_built() -> None:
    on: dict[str, Any] = WORKFLOW.get("on") or WORKFLOW[True]  # YAML 1.1 reads "on" as true
    assert on["push"]["tags"] == ["v*"]
    [check] = [step for step in steps("tag") if "check-tag" in step.get("run", "")]
    assert check["if"] == "github.ref_type == 'tag'"
    assert 'release.py check-tag "$GITHUB_REF_NAME"' in check["run"]
    # Nothing builds or tests before the check has passed.
    assert JOBS["core-tests"]["needs"] == "tag"
    assert JOBS["build"]["needs"] == "core-tests"


def test_the_core_tests_run_on_windows_and_macos_with_the_pinned_versions() -> None:
    systems = JOBS["core-tests"]["strategy"]["matrix"]["os"]
    assert "windows-2022" in systems and "macos-15" in systems
    run = scripts("core-tests")
    assert "python -m pytest" in run and "tests/db" in run and "tests/services" in run


def test_the_release_runs_the_core_tests_that_run_under_wine_on_every_change() -> None:
    """What CI proves on Windows under wine is what a release proves on the real ones."""
    import windows_wine

    command = next(line for line in scripts("core-tests").splitlines() if "pytest" in line)
    selected = [word for word in command.split() if word.startswith("tests/")]
    assert selected == list(windows_wine.CORE_TESTS)


@pytest.mark.parametrize("job", ["core-tests", "build"])
def test_every_install_holds_to_the_committed_constraints(job: str) -> None:
    assert WORKFLOW["env"]["CONSTRAINTS"] == "packaging/constraints-release.txt"
    installs = [line for line in scripts(job).splitlines() if "pip install" in line]
    assert installs
    for line in installs:
        assert '-c "$CONSTRAINTS"' in line, line
    project = [line for line in installs if '".[test]"' in line]
    # Without --build-constraint, the build of MentorDesk's own wheel takes any setuptools.
    assert project and all('--build-constraint "$CONSTRAINTS"' in line for line in project)


def test_the_deb_is_installed_in_bare_debian_and_ubuntu_containers() -> None:
    job = JOBS["deb-bare"]
    assert job["container"] == "${{ matrix.image }}"
    assert set(job["strategy"]["matrix"]["image"]) == {"debian:12", "ubuntu:22.04"}
    run = scripts("deb-bare")
    assert "apt-get install -y -q ./dist/mentordesk_*_amd64.deb" in run
    assert "mentordesk --self-test" in run and "env -i" in run
    assert "sudo" not in run and "python" not in run  # nothing the .deb should bring itself


def test_the_release_publishes_every_file_with_checksums_on_a_pushed_tag_only() -> None:
    job = JOBS["publish"]
    assert job["if"] == "github.event_name == 'push' && github.ref_type == 'tag'"
    assert set(job["needs"]) == {"build", "deb-bare"}
    [download] = [s for s in steps("publish") if "download-artifact" in s.get("uses", "")]
    assert download["with"] == {
        "pattern": "mentordesk-*",
        "merge-multiple": True,
        "path": "release",
    }
    run = scripts("publish")
    assert "python packaging/release.py checksums release" in run
    assert "sha256sum -c SHA256SUMS" in run
    assert re.search(r'gh release create "\$TAG" release/\* .*--verify-tag', run)
    # Every system's build uploads what the release expects from it.
    uploads = [s for s in steps("build") if "upload-artifact" in s.get("uses", "")]
    assert uploads[0]["with"]["name"] == "mentordesk-${{ matrix.os }}"
    for pattern in ("*.tar.gz", "*.deb", "*.AppImage", "*-setup.exe", "*.dmg"):
        assert f"dist/{pattern}" in uploads[0]["with"]["path"]


def test_macos_signs_from_a_temporary_keychain_that_is_always_removed() -> None:
    names = [step.get("name", "") for step in steps("build")]
    imported = names.index("Signing certificate into a temporary keychain (macOS)")
    built = names.index("Build, sign, notarize, package and smoke-test (macOS)")
    removed = names.index("Temporary keychain removed (macOS)")
    assert imported < built < removed
    assert steps("build")[removed]["if"] == "always() && runner.os == 'macOS'"


def test_windows_signing_finds_signtool_in_the_windows_sdk() -> None:
    sign = (ROOT / "packaging" / "windows" / "sign.cmd").read_text()
    assert r"%ProgramFiles(x86)%\Windows Kits\10\bin" in sign
    assert r"\x64\signtool.exe" in sign
    assert "%%~$PATH:i" in sign  # one on PATH wins


def test_a_tag_that_is_not_the_version_stops_the_release() -> None:
    script = str(ROOT / "packaging" / "release.py")
    good = subprocess.run(
        [sys.executable, script, "check-tag", f"v{__version__}"], capture_output=True, text=True
    )
    assert good.returncode == 0, good.stderr
    for tag in (f"v{__version__}.1", __version__, "v0.0.0"):
        bad = subprocess.run(
            [sys.executable, script, "check-tag", tag], capture_output=True, text=True
        )
        assert bad.returncode != 0
        assert f"does not name the version being built, {__version__}" in bad.stderr


def test_the_checksums_cover_every_systems_file_and_sha256sum_accepts_them(tmp_path: Path) -> None:
    for index, name in enumerate(release.expected_files()):
        (tmp_path / name).write_bytes(f"installer {index}".encode() * 1000)

    sums = release.write_checksums(tmp_path)

    lines = sums.read_text().splitlines()
    assert len(lines) == 6
    setup = f"MentorDesk-{__version__}-setup.exe"
    digest = hashlib.sha256((tmp_path / setup).read_bytes()).hexdigest()
    assert f"{digest}  {setup}" in lines
    check = subprocess.run(
        ["sha256sum", "-c", sums.name], cwd=tmp_path, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == 6


def test_a_release_missing_a_system_or_holding_a_stray_file_is_refused(tmp_path: Path) -> None:
    files = release.expected_files()
    for name in files:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / files[0]).unlink()
    (tmp_path / "MentorDesk.AppDir.squashfs").write_bytes(b"x")
    with pytest.raises(SystemExit, match=re.escape(files[0])) as refused:
        release.write_checksums(tmp_path)
    assert "MentorDesk.AppDir.squashfs" in str(refused.value)
    assert not (tmp_path / release.SUMS).exists()


def test_it_builds_on_the_four_release_systems_with_the_local_script() -> None:
    systems = [entry["os"] for entry in JOBS["build"]["strategy"]["matrix"]["include"]]
    assert systems == ["ubuntu-22.04", "windows-2022", "macos-15", "macos-15-intel"]
    assert scripts("build").count("packaging/build.py") == 3  # Linux, Windows, macOS


def test_the_appimage_tools_are_verified_before_use() -> None:
    sums = re.findall(r"_SHA256:\s*([0-9a-f]+)", TEXT)
    assert len(sums) == 2 and all(len(s) == 64 for s in sums)
    assert TEXT.count("sha256sum -c") == 3  # the two tools, and the release's SHA256SUMS
