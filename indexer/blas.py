"""The matrix products of the entity model: numpy's BLAS, with the same result for a row however
many rows are multiplied with it.

thinc's CPU backend multiplies with its bundled BLIS, which falls back to its generic C kernel on
CPUs it does not know: on this machine's AMD EPYC (Zen 4) a product took 2.4x the time numpy's
OpenBLAS takes (docs/benchmark.md). thinc's own switch (`NumpyOps(use_blis=False)`) hands them
to numpy. OpenBLAS, though, takes other kernels for very small products (here up to 18 rows
for the model's shapes), whose sums differ from the large-product ones in the last bits: a
paragraph tagged alone could then score differently from the same paragraph in a batch of a
build. Padding those products to MIN_ROWS rows keeps every row's result the one of a large batch
(tests/test_ner_weights.py), as BLIS's generic kernel did.

Imported only when the entity model loads (it imports thinc).
"""

from __future__ import annotations

from typing import Any

from thinc.api import NumpyOps, registry

# Products with fewer rows are padded with zero rows to this many: OpenBLAS (0.3.31, SkylakeX
# kernels) gave a row the large-batch result from 19 rows up for every shape of en_core_web_md's
# ner (checked for 1-400 rows: tests/test_ner_weights.py); 64 leaves a margin at no real cost.
MIN_ROWS = 64
# The OpenBLAS kernels on which that padding was checked to give every row its large-batch result
# (tests/test_ner_weights.py; OPENBLAS_CORETYPE picks one). On others it does not: the Haswell
# kernels (which OpenBLAS 0.3.31.188 in numpy 2.4.6 chose on an AMD EPYC with AVX-512, 2026-12)
# sum a row in one of two orders by its position in the product (rows 0-5 and 6-11 of every 12),
# so there a paragraph's activations may differ in the last bits with the paragraphs batched
# beside it. Not fixed yet: see docs/quality.md "Determinism and the BLAS kernel".
ROW_STABLE_KERNELS = frozenset({"SkylakeX", "Sandybridge"})


@registry.ops("RowStableBlasOps")  # thinc's registry of backends: `use_ops(RowStableBlasOps.name)`
class RowStableBlasOps(NumpyOps):
    """thinc's NumpyOps with numpy's BLAS (`use_blis=False`) for `gemm`, small products padded
    to MIN_ROWS rows so a row's result does not depend on how many rows come with it. Arrays are
    float32 2-D, as thinc's `gemm` takes them; a padded product costs one MIN_ROWS-row product."""

    name = "numpy_row_stable"

    def __init__(self, device_type: str = "cpu", device_id: int = -1, **_: object) -> None:
        super().__init__(device_type, device_id, use_blis=False)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        rows = x.shape[0]
        if trans1 or rows >= MIN_ROWS:  # trans1: weight gradients in training, never tagging
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        padded = self.xp.zeros((MIN_ROWS, x.shape[1]), dtype=x.dtype)
        padded[:rows] = x
        product = super().gemm(padded, y, trans2=trans2)[:rows]
        if out is None:
            return product
        out[...] = product
        return out
