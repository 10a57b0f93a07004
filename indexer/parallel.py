"""Entity tagging in worker processes, in order, with bounded memory.

spaCy's NER is the slow stage of a build (hundreds of paragraphs a second per core), so on a
large build it runs in worker processes while the main process reads, segments and writes the
index. Articles go out in chunks; at most a few chunks are in flight, so a corpus larger than
memory streams.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from .models import Article

CHUNK_ARTICLES = 32


def _init_worker() -> None:
    from .entities import load_pipeline

    load_pipeline()


def _tag_chunk(articles: list[Article]) -> list[Article]:
    from .entities import tag_articles

    return list(tag_articles(articles))


def tag_in_processes(articles: Iterable[Article], workers: int) -> Iterator[Article]:
    # spawn, not fork: the parent may hold Whoosh files and locks that a child must not inherit.
    context = multiprocessing.get_context("spawn")
    it = iter(articles)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker) as pool:
        in_flight: deque[Future[list[Article]]] = deque()
        try:
            while True:
                while len(in_flight) < workers * 2:
                    chunk = list(islice(it, CHUNK_ARTICLES))
                    if not chunk:
                        break
                    in_flight.append(pool.submit(_tag_chunk, chunk))
                if not in_flight:
                    return
                yield from in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()
