"""Compiled Jinja templates kept beside the doctrees, also those Sphinx
renders from strings (the theme's static ``_t`` files)."""

from __future__ import annotations

import jinja2

from sopap.compat import _from_string_cached


def test_templates_from_strings_come_from_the_cache_unchanged(tmp_path):
    source = "{{ judul|upper }}: {% for x in daftar %}[{{ x }}]{% endfor %}"
    plain = jinja2.Environment().from_string(source).render(judul="sop", daftar=[1, 2])

    def environment():
        env = jinja2.Environment(bytecode_cache=jinja2.FileSystemBytecodeCache(str(tmp_path)))
        env.from_string = _from_string_cached(env)
        return env

    first = environment()
    assert first.from_string(source).render(judul="sop", daftar=[1, 2]) == plain
    assert len(list(tmp_path.iterdir())) == 1  # compiled once, stored

    second = environment()  # a later build: the code is read back, not compiled
    second.compile = lambda *a, **k: (_ for _ in ()).throw(AssertionError("dikompilasi ulang"))
    assert second.from_string(source).render(judul="sop", daftar=[1, 2]) == plain
    # another source is compiled, never confused with the stored one
    third = environment()
    assert third.from_string(source + "!").render(judul="sop", daftar=[]) == "SOP: !"
    assert len(list(tmp_path.iterdir())) == 2
