"""BuildOptions: one declaration of the build settings, from mkdocs.yml or the CLI."""

from pathlib import Path

import pytest

from generator.options import BuildOptions


def test_settings_from_a_plugin_config_resolve_paths_against_the_config_folder(tmp_path):
    opts = BuildOptions.from_settings({"seeds_dir": "seeds", "cache_dir": ".cache/b", "pipeline": None,
                                       "processes": 2, "unrelated": 1}, tmp_path)
    assert opts.seeds_dir == (tmp_path / "seeds").resolve() and opts.cache_dir == (tmp_path / ".cache/b").resolve()
    assert opts.processes == 2 and opts.pipeline is None and opts.executor == "local"
    assert Path(opts.templates_dir).is_absolute()  # defaults are resolved too


def test_dask_needs_a_scheduler_and_a_known_executor():
    with pytest.raises(ValueError, match="scheduler"):
        BuildOptions(executor="dask")
    with pytest.raises(ValueError, match="executor"):
        BuildOptions(executor="ray")
    assert BuildOptions(executor="dask", scheduler="tcp://host:8786").scheduler == "tcp://host:8786"
