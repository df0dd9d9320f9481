"""The Dask executor on a real LocalCluster of 2 worker processes: same pages as a local build."""

import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason='the [dask] extra: pip install -e ".[dask]"')

ROOT = Path(__file__).resolve().parent.parent
# short seeds written for this test (not from any corpus)
SEEDS = {
    "harbour.txt": "Harbour board delays vote – By Test Author (Test Outlet) / Mar 3 2021\n\n"
                   "Mayor Lena Okafor said on Monday that the harbour board would delay its vote. "
                   "\"We need more time,\" Okafor told reporters in Tellbridge.\n",
    "bridge.txt": "Bridge repairs begin – By Test Author (Test Outlet) / Apr 9 2021\n\n"
                  "Engineers from the Northern Transit Authority began repairs on the Tellbridge crossing. "
                  "Lena Okafor, the city's mayor, said the work would end in June.\n",
    "school.txt": "School opens new wing – By Test Author (Test Outlet) / May 2 2021\n\n"
                  "Principal Samuel Ortiz opened a science wing on Friday, according to a statement "
                  "from the district.\n",
}


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture()
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(ROOT / "seeds" / "000_1ba701c77f26d7f4.txt", folder)
    for name, text in SEEDS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_dask_build_gives_the_pages_of_a_local_build(cluster, seeds, tmp_path):
    from generator.build import build_site
    from generator.options import BuildOptions

    common = dict(seeds_dir=seeds, templates_dir=ROOT / "templates", corrections=None)
    local = build_site(BuildOptions(**common, cache_dir=tmp_path / "local", processes=1))
    seen = []
    remote = build_site(BuildOptions(**common, cache_dir=tmp_path / "shared", executor="dask",
                                     scheduler=cluster.scheduler_address), progress=lambda d, t: seen.append((d, t)))
    assert not local.errors and not remote.errors
    assert remote.extracted == len(SEEDS) + 1 and seen[0] == (0, 4) and seen[-1] == (4, 4)
    assert remote.pages == local.pages  # byte-identical Markdown, every page
    assert len(list((tmp_path / "shared").glob("*/*.json"))) == len(SEEDS) + 1  # the workers wrote the cache
    again = build_site(BuildOptions(**common, cache_dir=tmp_path / "shared", executor="dask",
                                    scheduler=cluster.scheduler_address))
    assert again.extracted == 0 and again.pages == local.pages  # all cached: nothing sent to the cluster


def test_one_bad_seed_is_reported_and_the_rest_of_its_batch_is_cached(cluster, seeds, tmp_path):
    from generator.build import read_all
    from generator.cache import Cache
    from generator.distributed import extract_on_cluster
    from generator.model import Document
    from generator.nlp import pipeline

    docs, _ = read_all(sorted(seeds.iterdir()), seeds)
    broken = Document("broken.txt", "broken", "short", "Broken", masked=((0, 10_000),))  # masks past the end
    jobs = [(doc, f"{i:02d}" + "a" * 62) for i, (doc, _) in enumerate(docs)] + [(broken, "ff" + "b" * 62)]
    name = pipeline.pipeline_name(None)
    ident = f"{name}@{pipeline.installed_version(name)}"
    failed = extract_on_cluster(jobs, None, ident, tmp_path / "cache", cluster.scheduler_address)
    assert list(failed) == ["broken.txt"] and "IndexError" in failed["broken.txt"]
    store = Cache(tmp_path / "cache")
    assert all(store.get(key) is not None for _, key in jobs[:-1])


def test_the_cli_sends_misses_to_the_scheduler_it_is_given(cluster, seeds, tmp_path):
    from click.testing import CliRunner

    from generator.cli import main

    out = tmp_path / "out"
    args = ["build", "--seeds", str(seeds), "--templates", str(ROOT / "templates"), "--out", str(out),
            "--cache-dir", str(tmp_path / "cache"), "--scheduler", cluster.scheduler_address]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "cache").glob("*/*.json"))) == len(SEEDS) + 1
    assert (out / "briefings").is_dir()


def test_the_workers_write_to_a_cache_given_as_an_fsspec_url(cluster, seeds, tmp_path):
    from generator.build import build_site
    from generator.options import BuildOptions

    common = dict(seeds_dir=seeds, templates_dir=ROOT / "templates", corrections=None)
    local = build_site(BuildOptions(**common, cache_dir=tmp_path / "local", processes=1))
    url = (tmp_path / "bucket").as_uri()  # file:///…: fsspec's local filesystem, the object-store code path
    remote = build_site(BuildOptions(**common, cache_dir=url, executor="dask", scheduler=cluster.scheduler_address))
    assert not remote.errors and remote.extracted == len(SEEDS) + 1
    assert remote.pages == local.pages
    assert len(list((tmp_path / "bucket").glob("*/*.json"))) == len(SEEDS) + 1  # written by the workers
    assert not list((tmp_path / "bucket").rglob("*.tmp"))  # each entry written whole, no leftovers
