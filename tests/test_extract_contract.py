import json
import subprocess
import sys

from conftest import ROOT, SAMPLE


def test_offsets_slice_to_their_text(sample):
    from generator.export import contract

    out = contract(sample)
    text = sample.document.text
    for kind in ("people", "organizations", "places"):
        for e in out[kind]:
            assert e["mentions"], e
            for s, t in e["mentions"]:
                assert text[s:t] in e["aliases"] or text[s:t].rstrip("’'s") in e["aliases"], (e["name"], text[s:t])
    for c in out["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
        if c["speaker_start"] is not None:
            assert text[c["speaker_start"]:c["speaker_end"]]
        assert c["source_type"] in ("named", "organization", "anonymous", "document", "unattributed")
    for d in out["dates"]:
        assert text[d["start"]:d["end"]] == d["text"]
        assert d["granularity"] in ("year", "month", "week", "day", "range")


def test_cabello_is_one_person_not_an_organisation(sample):
    people = [p for p in sample.people if "Cabello" in p.name]
    assert len(people) == 1
    assert people[0].name == "Diosdado Cabello"
    assert "Cabello" in people[0].aliases
    assert len(people[0].mentions) >= 14
    assert not any("Cabello" in o.name for o in sample.organizations)


def test_byline_and_credits_are_not_people(sample):
    names = {p.name for p in sample.people}
    assert not names & {"Al Jazeera Staff", "Manaure Quintero", "Miraflores Press"}


def test_cli_extract_prints_json_lines():
    proc = subprocess.run([sys.executable, "-m", "generator", "extract", str(SAMPLE)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj["source"] == str(SAMPLE)
    assert obj["published"] == "2019-08-19" and obj["outlet"] == "Al Jazeera"
    for key in ("people", "organizations", "places", "claims", "dates"):
        assert isinstance(obj[key], list)


def test_cli_extract_reports_bad_file_and_goes_on(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "generator", "extract", str(bad), str(SAMPLE)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert "bad.txt" in proc.stderr and "empty" in proc.stderr
    assert len(proc.stdout.splitlines()) == 1


def test_each_object_carries_the_text_its_offsets_index(sample):
    from generator.export import contract

    out = contract(sample)
    assert out["text"] == sample.document.text and out["pages"] == []
    for c in out["claims"]:
        assert out["text"][c["start"]:c["end"]] == c["text"]


def test_a_pdf_seed_gives_its_extracted_text_and_pages(nlp, tmp_path):
    from formats import report_pdf

    from generator.export import contract
    from generator.nlp.annotate import annotate_doc, nlp_text
    from generator.seeds import read_seed

    (tmp_path / "r.pdf").write_bytes(report_pdf(2))
    doc = read_seed(tmp_path / "r.pdf", source="r.pdf")
    out = contract(annotate_doc(doc, nlp(nlp_text(doc)), "test"))
    assert out["text"].startswith("State of the River Basin\n\nThe regional water board")
    assert [p[2] for p in out["pages"]] == [1, 1, 1, 2, 2, 2]
    brandt = [p for p in out["people"] if p["name"].endswith("Brandt")]
    assert brandt, [p["name"] for p in out["people"]]
    for s, e in brandt[0]["mentions"]:
        assert out["text"][s:e] in brandt[0]["aliases"] or "Brandt" in out["text"][s:e]
    first = brandt[0]["mentions"][0][0]
    assert next(p for s, e, p in out["pages"] if s <= first < e) == 1


def test_a_role_read_from_a_plural_points_at_the_words_as_written(annotate_text):
    from generator.export import contract

    out = contract(annotate_text("The officials Ana Ruiz and Tomas Berg said the ferry would run."))
    ruiz = next(p for p in out["people"] if p["name"] == "Ana Ruiz")
    role = next(ev for ev in ruiz["evidence"] if ev["kind"] == "role")
    assert role["text"] == "official"  # one of the officials
    assert role["stated"] == out["text"][role["start"]:role["end"]] == "officials"
