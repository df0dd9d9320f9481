"""The annotation cache: keyed by content, safe to delete, a damaged entry is a miss."""

from generator.cache import DOWNSTREAM, Cache, code_fingerprint, key_for


def test_round_trip_gives_equal_annotations(sample, tmp_path):
    store = Cache(tmp_path)
    store.put("ab" + "0" * 62, sample)
    assert store.get("ab" + "0" * 62) == sample


def test_missing_or_damaged_entry_is_a_miss(sample, tmp_path):
    store = Cache(tmp_path)
    key = "cd" + "1" * 62
    assert store.get(key) is None
    store.put(key, sample)
    next(tmp_path.rglob("*.json")).write_text("{not json", encoding="utf-8")
    assert store.get(key) is None


def test_no_folder_means_no_cache(sample):
    store = Cache(None)
    store.put("x" * 64, sample)
    assert store.get("x" * 64) is None


def test_key_depends_on_bytes_path_pipeline_and_corrections():
    base = key_for(b"text", "a.txt", "en_core_web_sm@3.8.0")
    assert base == key_for(b"text", "a.txt", "en_core_web_sm@3.8.0")
    others = {key_for(b"text!", "a.txt", "en_core_web_sm@3.8.0"), key_for(b"text", "b.txt", "en_core_web_sm@3.8.0"),
              key_for(b"text", "a.txt", "en_core_web_sm@3.8.1"),
              key_for(b"text", "a.txt", "en_core_web_sm@3.8.0", extra="correction")}
    assert base not in others and len(others) == 4


def test_rendering_code_is_not_part_of_the_fingerprint():
    assert {"render.py", "plugin.py", "corpus.py"} <= DOWNSTREAM
    assert len(code_fingerprint()) == 16
