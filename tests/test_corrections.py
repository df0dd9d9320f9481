"""corrections.yml: merge, split, rename, drop, add or set a role; unmatched ones reported by line."""

import pytest

from generator.corrections import CORRECTED, CorrectionsError, apply, load

TEXT = ("Mayor Ana Ruiz opened the bridge. Ruiz said it cost little. "
        "Pedro Gil, a builder, agreed. Engineer Peter Gil checked the bolts.")


@pytest.fixture(scope="module")
def ann(annotate_text):
    return annotate_text(TEXT)


def run(tmp_path, ann, yml):
    path = tmp_path / "corrections.yml"
    path.write_text(yml, encoding="utf-8")
    (out,), notes = apply([ann], load(path))
    return out, notes


def names(a):
    return {p.name for p in a.people}


def test_merge_two_entries_into_the_first_name(tmp_path, ann):
    assert {"Pedro Gil", "Peter Gil"} <= names(ann)
    out, notes = run(tmp_path, ann, "- merge: [Pedro Gil, Peter Gil]\n")
    assert not notes
    gil = [p for p in out.people if "Gil" in p.name]
    assert [p.name for p in gil] == ["Pedro Gil"]
    assert {"Pedro Gil", "Peter Gil"} <= set(gil[0].aliases)


def test_rename_drop_and_roles(tmp_path, ann):
    out, notes = run(tmp_path, ann, "- rename: Ana Ruiz\n  to: Ana María Ruiz\n"
                                    "- drop: Peter Gil\n"
                                    "- role: Ana María Ruiz\n  add: bridge commissioner\n")
    assert not notes
    ruiz = next(p for p in out.people if "Ruiz" in p.name)
    assert ruiz.name == "Ana María Ruiz"
    assert "bridge commissioner" in ruiz.roles
    assert any(ev.kind == CORRECTED and ev.text == "bridge commissioner" for ev in ruiz.evidence)
    assert "Peter Gil" not in names(out)


def test_set_replaces_the_stated_roles(tmp_path, ann):
    out, _ = run(tmp_path, ann, "- role: Ana Ruiz\n  set: [city mayor]\n")
    assert next(p for p in out.people if p.name == "Ana Ruiz").roles == ("city mayor",)


def test_split_takes_the_listed_forms(tmp_path, ann):
    merged, _ = run(tmp_path, ann, "- merge: [Pedro Gil, Peter Gil]\n")
    (out,), notes = apply([merged], load(_write(tmp_path, "- split: Pedro Gil\n  into: {Peter Gil: [Peter Gil]}\n")))
    assert not notes
    assert {"Pedro Gil", "Peter Gil"} <= names(out)
    peter = next(p for p in out.people if p.name == "Peter Gil")
    assert all(out.document.text[s:e] == "Peter Gil" for s, e in peter.mentions)


def test_a_correction_that_matches_nothing_is_reported_with_its_line(tmp_path, ann):
    _, notes = run(tmp_path, ann, "# people\n- drop: Ana Ruiz\n- drop: Nobody Atall\n")
    assert notes == ["corrections line 3: drop Nobody Atall matches nothing"]


def test_briefing_scope(tmp_path, ann):
    out, notes = run(tmp_path, ann, "- drop: Ana Ruiz\n  briefing: other.txt\n")
    assert "Ana Ruiz" in names(out)
    assert notes and "line 1" in notes[0]


@pytest.mark.parametrize("yml, word", [
    ("- drop: A\n  merge: [A, B]\n", "exactly one"),
    ("- merge: [A]\n", "two or more"),
    ("- rename: A\n", "to:"),
    ("drop: A\n", "list"),
    ("- drop: A\n  kind: animals\n", "kind"),
])
def test_bad_corrections_name_the_line_and_the_fix(tmp_path, yml, word):
    with pytest.raises(CorrectionsError, match=word):
        load(_write(tmp_path, yml))


def test_missing_or_empty_file_is_no_corrections(tmp_path):
    assert load(tmp_path / "absent.yml") == []
    assert load(_write(tmp_path, "# nothing yet\n[]\n")) == []


def _write(tmp_path, yml):
    path = tmp_path / "c.yml"
    path.write_text(yml, encoding="utf-8")
    return path


def test_build_applies_corrections_after_the_cache(project):
    from generator.build import build_site

    (project / "corrections.yml").write_text("- drop: Hugo Chavez\n- drop: Nobody Atall\n", encoding="utf-8")
    kw = dict(cache_dir=project / ".cache", corrections=project / "corrections.yml")
    result = build_site(project / "seeds", project / "templates", **kw)
    page = next(v for k, v in result.pages.items() if k.startswith("briefings/") and "index" not in k)
    assert "Hugo Chavez" not in page.split("## Organisations")[0].split("## Who")[1]
    assert result.warnings == ["corrections line 2: drop Nobody Atall matches nothing"]
    assert not any(k.startswith("people/hugo-chavez") for k in result.pages)
    again = build_site(project / "seeds", project / "templates", **kw)
    assert again.extracted == 0 and again.warnings == result.warnings
