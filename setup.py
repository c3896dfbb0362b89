"""Setuptools shim: everything is declared in pyproject.toml except one thing pyproject cannot
say. `resources/` and `forms/` live at the repository root (beside `jamsos_desktop/`, as in
Picard, and where installer.spec and a source checkout read them), but an installed wheel must
carry them inside the package: `jamsos_desktop/resources/`, `jamsos_desktop/forms/`, which is
where `jamsos_desktop.paths` looks in an installed copy. `[tool.setuptools.package-dir]`
cannot map a folder into a package found by `packages.find`, so `build_py` adds them here.

Editable installs (`pip install -e .`) skip the copy: the package is imported from the
checkout and `paths` finds `<repo>/resources` directly.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED_DIRS = ("resources", "forms")


class BuildPyWithData(build_py):
    def _get_data_files(self):  # type: ignore[no-untyped-def]
        data_files = list(super()._get_data_files())
        if getattr(self, "editable_mode", False):
            return data_files
        for name in BUNDLED_DIRS:
            source = HERE / name
            if not source.is_dir():
                continue
            files = sorted(
                p.relative_to(source).as_posix() for p in source.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
            )
            build_dir = str(Path(self.build_lib, "jamsos_desktop", name))
            data_files.append(("jamsos_desktop", str(source), build_dir, files))
        return data_files


setup(cmdclass={"build_py": BuildPyWithData})
