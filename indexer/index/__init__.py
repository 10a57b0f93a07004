"""The Whoosh index as this tool writes and reads it: the only package that imports Whoosh's
internals (its codec, file and writer classes).

- codec.py: `IndexerCodec`, a `W3Codec` subclass given to every writer and recorded by every
  segment: postings and mentions arrays written beside Whoosh's files, fast field lengths,
  stored fields as JSON, Whoosh's remaining pickles read through the restricted unpickler.
- arrays.py: the byte layout of the postings and mentions arrays (no Whoosh classes).
- storage.py: the index folder (`IndexStorage`), the index pinned at the manifest's generation
  (`PinnedIndex`), and Whoosh's multiprocess writer as builds run it.
- view.py: one typed view of a searcher's segments for ranking, facets and lengths.
- schema.py: the Whoosh Schema (field classes, analyzers, options) of every index.
- sorting.py: Whoosh's sort keys for the search's sort orders.
- collect.py: a query run by Whoosh: its top hits (collectors), its matches, a term's count.
- queries.py: the queries the search path builds (`term`, `any_of`, `gapped_phrase`...), as
  typed constructors, the rewrites of typo terms, patterns and date periods, and a query as
  the tree the numpy ranking evaluates (`rank_tree`).
- phrases.py: the query classes the analysis chain needs beyond Whoosh's (`GappedPhrase`,
  `StopWordPhrase`, `ExactWord`) and `typed_phrase`, the query of a typed phrase.
- parser.py: Whoosh's query parser with our syntax (phrases, `=word`, field aliases, typo terms),
  asking the search path what each word means (search/parser.py's `SearchMeanings`).
- types.py: names for the Whoosh objects the search path passes on (Searcher, Reader, Schema).
- words.py: the index's word list (`Vocabulary`), searched as a term dictionary.
- manifest.py: the signed manifest beside the index (no Whoosh); the build lock is lock.py.

Whoosh itself is never modified: everything here extends it through subclasses and the codec.
Modules here import Whoosh when imported; import them lazily from code that may not need it.
"""
