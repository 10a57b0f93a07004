"""The matrix products of the entity model: numpy's BLAS, with the same result for a row whatever
rows are multiplied with it, on every BLAS kernel.

thinc's CPU backend multiplies with its bundled BLIS, which falls back to its generic C kernel on
CPUs it does not know: on this machine's AMD EPYC a product took 2.4x the time numpy's OpenBLAS
takes (docs/benchmark.md). thinc's own switch (`NumpyOps(use_blis=False)`) hands them to numpy.
But a BLAS kernel tiles a product, and some tiles may sum a row's terms in another order than
others. OpenBLAS 0.3.31's Haswell kernels (those of AVX2 CPUs, AMD Zen's too, or whatever
`OPENBLAS_CORETYPE=Haswell` names, as this project's machines set it) sum a row in one of two
orders by its position in the product (rows 0-5 and 6-11 of every 12: some tiles keep two partial
sums), and OpenBLAS takes other kernels again for small products. A paragraph's activations would
then depend in the last bits on the paragraphs batched before it, and an incremental build could
tag a paragraph otherwise than a full build. Two ways to a row's result that no neighbour changes:

- One product of the whole batch, small ones padded to MIN_ROWS rows, when the kernel sums every
  row in one order: checked once a process for each weight shape by `one_summation_order` (the
  same random row at every position of products of MIN_ROWS to MIN_ROWS + 35 rows must come out
  bit-identical). OpenBLAS's SkylakeX kernels (which it picks on this AVX-512 CPU when not told
  otherwise) and its Sandybridge and Nehalem ones pass; its Haswell, Zen and Prescott ones do not.
- Otherwise a product a row: numpy's `matmul` over a stack of 1-row matrices, which calls the
  BLAS once a row with the same shapes, so a row's result depends on that row and the weights
  alone, by construction, whatever the kernel. It costs ~2x the single product on the Haswell
  kernels (matrix-vector products read the weights once a row), ~1.2x the tagging CPU.

docs/quality.md "Determinism and the BLAS kernel" has the figures and what else was measured
(float64 products, BLIS, other layouts, choosing the kernel). Both ways hold for one process's
kernel: processes that load other OpenBLAS kernels (another `OPENBLAS_CORETYPE`, another numpy)
may differ in the last bits. The parser's state loop inside spaCy multiplies with BLIS, whose
generic kernel here gives a row the same bits at every position (checked as above). Imported only
when the entity model loads (it imports thinc).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from thinc.api import NumpyOps, registry

# Products with fewer rows are padded with zero rows to this many on the single-product path:
# OpenBLAS (0.3.31, SkylakeX kernels) takes its small-matrix kernels below 19 rows for the shapes
# of en_core_web_md's ner, and those sum otherwise (checked for 1-400 rows); 64 leaves a margin at
# no real cost.
MIN_ROWS = 64
# The probe's product sizes: MIN_ROWS to MIN_ROWS + 35 rows, so that every edge of row tiles up to
# 36 rows wide is met (OpenBLAS's Haswell kernels tile a product's rows by 12).
_PROBE_ROWS = range(MIN_ROWS, MIN_ROWS + 36)
# (inputs, weight shape, trans2, dtype) -> whether one product sums every row in one order.
_ONE_ORDER: dict[tuple[object, ...], bool] = {}


def one_summation_order(n_in: int, y: Any, trans2: bool) -> bool:
    """Whether one BLAS product of rows of `n_in` inputs by the weights `y` (2-D float32, as
    thinc's `gemm` takes it, transposed when `trans2`) gives each row the same bits at every
    position, in products of MIN_ROWS rows and more: the same seeded random row fills products of
    every size in _PROBE_ROWS, and every row of every product must be equal. Cached a process for
    each shape (a kernel's tiling depends on the shapes, not on the values): ~36 small products
    the first time. A kernel that sums some positions in another order fails it with all but
    certainty (random data: a different order changes the last bits of nearly every output)."""
    key = (n_in, y.shape, trans2, y.dtype.str)
    found = _ONE_ORDER.get(key)
    if found is None:
        row = np.random.default_rng(0).standard_normal((1, n_in)).astype(y.dtype)
        weights = y.T if trans2 else y
        reference = None
        found = True
        for rows in _PROBE_ROWS:
            product = np.dot(np.repeat(row, rows, axis=0), weights)
            if reference is None:
                reference = product[:1]
            if not np.array_equal(product, np.broadcast_to(reference, product.shape)):
                found = False
                break
        _ONE_ORDER[key] = found
    return found


@registry.ops("RowStableBlasOps")  # thinc's registry of backends: `use_ops(RowStableBlasOps.name)`
class RowStableBlasOps(NumpyOps):
    """thinc's NumpyOps with numpy's BLAS (`use_blis=False`) for `gemm`, a row's result never
    depending on the rows multiplied with it: one product (small ones padded to MIN_ROWS rows)
    where `one_summation_order` holds for the kernel and shape, else one product a row. Arrays are
    float32 2-D, as thinc's `gemm` takes them; `trans1` products (weight gradients, in training
    only) are thinc's own."""

    name = "numpy_row_stable"

    def __init__(self, device_type: str = "cpu", device_id: int = -1, **_: object) -> None:
        super().__init__(device_type, device_id, use_blis=False)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        rows = x.shape[0]
        if trans1:  # weight gradients in training, never tagging
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        if not one_summation_order(x.shape[1], y, trans2):
            # A stack of 1-row matrices: numpy's matmul calls the BLAS once for each, with the
            # same shapes, so no row's sum can depend on another row. Weights copied to (inputs,
            # outputs) C order: ~10% faster than the transposed view, and one layout always.
            weights = self.xp.ascontiguousarray(y.T if trans2 else y)
            product = self.xp.matmul(x[:, None, :], weights)[:, 0, :]
        elif rows >= MIN_ROWS:
            return super().gemm(x, y, out=out, trans2=trans2)
        else:
            padded = self.xp.zeros((MIN_ROWS, x.shape[1]), dtype=x.dtype)
            padded[:rows] = x
            product = super().gemm(padded, y, trans2=trans2)[:rows]
        if out is None:
            return product
        out[...] = product
        return out
