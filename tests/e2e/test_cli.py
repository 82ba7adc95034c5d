"""The sopap command on small projects, as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopap.cli import main


@pytest.fixture()
def project(tmp_path, rootdir) -> Path:
    root = tmp_path / "proyek"
    shutil.copytree(rootdir / "test-valid", root)
    return root


def test_export_json(project, tmp_path, capsys):
    out = tmp_path / "korpus.json"
    assert main(["export", "json", "-o", str(out), "--project", str(project)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sops"]] == ["sop-lain", "sop-uji"]
    assert "2 SOP diekspor" in capsys.readouterr().out


def test_build_writes_html_and_json(project):
    assert main(["build", "--project", str(project)]) == 0
    assert (project / "_build" / "html" / "sop-uji.html").is_file()
    assert (project / "_build" / "json" / "sopap.json").is_file()


def test_broken_source_fails_and_writes_nothing(project, tmp_path, capsys):
    source = project / "sop-uji.md"
    source.write_text(source.read_text(encoding="utf-8").replace("waktu: 1 hari", "waktu: kapan-kapan", 1), encoding="utf-8")
    out = tmp_path / "korpus.json"
    assert main(["export", "json", "-o", str(out), "--project", str(project)]) == 2
    err = capsys.readouterr().err
    assert "sop-uji.md:" in err and "PERINGATAN: langkah 1: waktu 'kapan-kapan' tidak dapat dibaca" in err
    assert "sumber SOP bermasalah" in err
    assert not out.exists()
    assert main(["build", "--project", str(project)]) == 1
    assert "GAGAL" in capsys.readouterr().err
    assert not (project / "_build" / "json" / "sopap.json").exists()


def test_usage_errors_are_indonesian(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["ekspor"])
    assert exc.value.code == 2
    assert "pilihan tidak sah" in capsys.readouterr().err


def test_outside_a_project(tmp_path, capsys):
    assert main(["export", "json", "-o", "-", "--project", str(tmp_path)]) == 2
    assert "tidak menemukan conf.py" in capsys.readouterr().err


def test_console_script_is_installed(project):
    exe = Path(sys.executable).with_name("sopap")
    result = subprocess.run([str(exe), "export", "json", "-o", "-", "--project", str(project)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "sopap/1"


def test_a_command_loads_only_its_own_module():
    """`sopap conform` starts without loading Sphinx, BPMN or reportlab (the
    other commands' modules); `sopap --help` still lists every command."""
    code = (
        "import sys\n"
        "from sopap.cli import main\n"
        "try:\n"
        "    main(['conform', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in ('sphinx.application', 'sopap.render.bpmn', 'reportlab', 'sopap.cli.pdf') if m in sys.modules)\n"
        "print('DIMUAT', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pemakaian: sopap conform" in out and "DIMUAT []" in out
    listing = subprocess.run([sys.executable, "-m", "sopap", "--help"], capture_output=True, text=True, check=True)
    for command in ("bpmn", "build", "conform", "diff", "export", "features", "lint", "pdf", "serve", "serve-ref"):
        assert command in listing.stdout


def test_sphinx_build_and_sopap_build_write_the_same_corpus_outputs(rootdir, tmp_path):
    """Every corpus output is a Sphinx builder: ``sphinx-build -b NAME`` writes
    the files ``sopap build`` writes (sopap build only runs the builders)."""
    project = tmp_path / "proyek"
    shutil.copytree(rootdir / "test-keputusan", project)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run([str(Path(sys.executable).with_name("sopap")), "build", "--project", str(project)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    outputs = {
        "sopap-json": project / "_build" / "json",
        "lampiran": project / "_build" / "pdf",
        "bpmn": project / "_build" / "bpmn",
        "sopap-features": project / "features",
    }
    for builder, folder in outputs.items():
        out = tmp_path / "sphinx-build" / builder
        done = subprocess.run(
            [sys.executable, "-m", "sphinx", "-q", "-W", "-b", builder, str(project), str(out),
             "-d", str(tmp_path / "doctrees")],
            capture_output=True, text=True, env=env,
        )
        assert done.returncode == 0, builder + done.stdout + done.stderr
        ours = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        theirs = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        assert ours == theirs, (builder, sorted(set(ours) ^ set(theirs)))
        assert ours, builder
