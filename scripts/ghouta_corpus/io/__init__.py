"""Reading the corpus from disk (one reader, one error type) and writing into it atomically."""

from .corpus import (
    Corpus,
    annotation_path,
    iter_documents,
    iter_manifest,
    load_corpus,
    load_entities,
    manifest_entries,
    raw_text,
)
from .read import (
    MAX_DEPTH,
    CorpusError,
    decode_text,
    document_from_json,
    json_lines,
    load_json,
    load_text,
    max_file_bytes,
    open_input,
    parse_json,
    problem,
    read_bytes,
    read_json,
    read_text,
    set_max_file_bytes,
    too_deep,
)
from .write import atomic_write, dump_json, fsync_file, replace_path, sha256_file, staged_folder

__all__ = ["MAX_DEPTH", "Corpus", "CorpusError", "annotation_path", "atomic_write", "decode_text",
           "document_from_json", "dump_json", "fsync_file", "iter_documents", "iter_manifest", "json_lines",
           "load_corpus",
           "load_entities", "load_json", "load_text", "manifest_entries", "max_file_bytes", "open_input", "parse_json",
           "problem", "raw_text", "read_bytes", "read_json", "read_text", "replace_path", "set_max_file_bytes",
           "sha256_file", "staged_folder", "too_deep"]
