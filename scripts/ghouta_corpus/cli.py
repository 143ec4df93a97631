"""The ``ghouta-corpus`` command: a thin typer layer over the library.

Each command parses its arguments, calls one library function and prints the result.
Errors are mapped to exit codes in one place, :func:`command`: every library error
derives from :class:`~ghouta_corpus.errors.GhoutaError` and carries its exit code
(0 success, 1 invalid data or a failed check, 2 a usage error such as a bad option or
a missing path). The options most commands share (``--dataset``, ``--format``) are
declared once below.

Library modules are imported inside the commands on purpose: ``ghouta-corpus --help``
and ``validate`` must not pay for ``datasets``, ``pyarrow`` or ``mlcroissant``, which
take seconds to import.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from . import ui
from .errors import GhoutaError, UsageError
from .model.version import VERSION
from .paths import dataset_dir, default_dataset, project_root

# size: one short function per command (the whole command table in one place); splitting it would scatter the CLI
if TYPE_CHECKING:
    from .io import Corpus

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build, check and use the ghouta-corpus annotated news corpus.")


class Fmt(str, Enum):  # noqa: UP042 (enum.StrEnum is Python 3.11+; pyproject still admits 3.10)
    text = "text"
    json = "json"


# Options shared by several commands, declared once.
DatasetOpt = Annotated[Path | None, typer.Option(
    "--dataset", exists=True, file_okay=False,
    help="Dataset folder: manifest, raw texts, annotations, entities (default: ./dataset in the repository).")]
FmtOpt = Annotated[Fmt, typer.Option("--format", help="text (lines or tables) or json.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes to check annotation files with.")]

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int, details: list[str] | None = None) -> NoReturn:
    for line in details or ():
        typer.echo(line, err=True)
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def command(fn: F, name: str | None = None) -> F:
    """Register ``fn`` as a command (named ``name``, else after the function) whose
    library errors become exit codes: the one place where errors are mapped (see
    :mod:`ghouta_corpus.errors`). An ``OSError`` that reaches it (a disk that filled,
    a permission the library could not check first) is one line and exit 1 too, never
    a traceback."""
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except GhoutaError as e:
            _fail(str(e), e.exit_code, e.details)
        except OSError as e:  # the system refused a read or write the library did not foresee: still one line
            where = f"{e.filename}: " if e.filename else ""
            _fail(f"{where}{e.strerror or e}", 1)
    app.command(name, short_help=ui.short_help(fn.__doc__))(run)
    return fn


def named(name: str) -> Callable[[F], F]:
    """:func:`command` under another name (``import`` is a Python keyword)."""
    return lambda fn: command(fn, name)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ghouta-corpus {VERSION}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version (of the package and the data it "
                                                             "builds) and exit.")] = False,
    max_file_mb: Annotated[int | None, typer.Option(
        "--max-file-mb", min=1,
        help="Largest file any command reads, in MiB (default 64, or $GHOUTA_CORPUS_MAX_FILE_MB); a JSON Lines "
             "file is limited per line.")] = None,
) -> None:
    """Build, check and use the ghouta-corpus annotated news corpus."""
    from .io import set_max_file_bytes
    set_max_file_bytes(max_file_mb << 20 if max_file_mb else None)


def _corpus(dataset: Path | None) -> Corpus:
    """The corpus of ``dataset`` (default dataset/); a corpus that cannot be read
    names the file and asks for ``validate``, which reports every problem."""
    from .io.corpus import CorpusError, load_corpus
    try:
        return load_corpus(dataset or default_dataset())
    except CorpusError as e:
        raise CorpusError(f"{e} (run ghouta-corpus validate first)") from None


def _emit_json(obj: object) -> None:
    typer.echo(json.dumps(obj, indent=2, ensure_ascii=False))


@command
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Dataset folder, annotation folder or files (default: ./dataset in the repository).")] = None,
    dataset: DatasetOpt = None,
    fmt: FmtOpt = Fmt.text,
    jobs: JobsOpt = 1,
) -> None:
    """Check annotation files against the JSON Schema and every semantic rule.

    Example: ghouta-corpus validate dataset/annotations/aljazeera-ghouta-evacuations.json
    """
    from .validate import validate_paths
    root = dataset or default_dataset()
    with ui.progress("validating") as advance:
        report = validate_paths(paths or [root], root, jobs, advance)
    if fmt is Fmt.json:
        _emit_json(report.to_json())
    else:
        for f in report.findings:
            typer.echo(f.line())
        typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


@command
def evaluate(
    gold: Annotated[Path, typer.Argument(
        exists=True, help="Gold annotation folder or file (e.g. dataset/annotations).")],
    pred: Annotated[Path, typer.Argument(
        exists=True, help="Predicted annotation folder or file, or a .jsonl file of spans.")],
    dataset: DatasetOpt = None,
    fmt: FmtOpt = Fmt.text,
    split: Annotated[str | None, typer.Option(
        "--split", help="Score only this split's documents (sealed ones are scored only when named).")] = None,
    doc: Annotated[list[str] | None, typer.Option(
        "--doc", help="Score only this document (repeat for several).")] = None,
) -> None:
    """Score predictions against gold, every layer: span P/R/F1 (exact, overlap,
    boundary), attributes (COUNT, TIME with anchors, EVENT), entity links mapped by
    alias, COUNT_OF, attribution records and tokens, EVENT_ARG, event coreference (MUC,
    B-cubed, CEAF-e, CoNLL), claims and claim-group verdicts. n/a: nothing to count.

    Example: ghouta-corpus evaluate dataset/annotations predictions/ --split test
    """
    from . import evaluate as ev
    root = dataset or default_dataset()
    if gold.resolve() == (root / "annotations").resolve():  # the dataset's own annotations as gold
        from .io import iter_documents
        from .validate.gate import refuse_drafts
        refuse_drafts(iter_documents(root), f"evaluate with {gold} as gold")
    with ui.progress("reading predictions") as advance:
        result = ev.evaluate_paths(gold, pred, root, advance,
                                   ev.Selection(split, tuple(doc or ())))
    missing = result["missing_documents"]
    if missing:
        typer.echo(f"warning: the predictions cover {len(result['documents']) - len(missing)} of "
                   f"{len(result['documents'])} gold documents; missing (scored as predicted empty): "
                   f"{', '.join(missing)}", err=True)
    if fmt is Fmt.json:
        _emit_json(result)
        return
    ui.table(ev.score_table(result), "scores", left=2)
    ui.table(ev.accuracy_table(result), "attribute accuracy")
    ui.table(ev.coreference_table(result), "event coreference")
    for line in ev.notes(result):
        typer.echo(line)


@command
def audit(
    dataset: DatasetOpt = None,
    allowlist: Annotated[Path | None, typer.Option(
        "--allowlist", help="Reviewed exceptions (default: <dataset>/audit_allowlist.json).")] = None,
    fmt: FmtOpt = Fmt.text,
) -> None:
    """Look for likely misses and inconsistencies: unannotated repeats and aliases,
    uncounted numbers, quotes outside content, uncovered cue words, NOM heads with
    mixed types. Exits 1 on any finding not in the reviewed allowlist.

    Example: ghouta-corpus audit --format json
    """
    from .validate.audit import audit as run_audit
    from .validate.audit import load_allowlist
    root = dataset or default_dataset()
    corpus = _corpus(root)
    allowed = load_allowlist(allowlist or root / "audit_allowlist.json", missing_ok=allowlist is None)
    with ui.progress("auditing") as advance:
        result = run_audit(corpus, allowed, advance)
    if fmt is Fmt.json:
        _emit_json(result.to_json())
    else:
        for s in result.suspects:
            typer.echo(s.line())
        for a in result.stale:
            typer.echo(f"{a.doc_id}: [stale-allowlist] {a.check} {a.text!r} in {a.context!r} matches nothing; "
                       "remove it")
        typer.echo(f"{'clean' if result.ok else 'suspects'}: {len(result.suspects)} unexplained, "
                   f"{len(result.stale)} stale allowlist entries, {result.allowed} explained by the allowlist")
    raise typer.Exit(0 if result.ok else 1)


@command
def build(
    dataset: DatasetOpt = None,
    max_shard_mb: Annotated[int, typer.Option(
        "--max-shard-mb", min=1, help="Largest Parquet shard, in MiB of uncompressed Arrow data.")] = 256,
    jobs: JobsOpt = 1,
    without_texts: Annotated[bool, typer.Option(
        "--without-texts", help="The text-free release: every article-text column left out, a SHA-256 per document "
                                "and HYDRATE.json kept, so that `hydrate` restores the texts.")] = False,
) -> None:
    """Validate, then write the Parquet configs, dataset card, croissant.json and
    SHA256SUMS into the dataset folder (atomically), and refresh the generated
    numbers in README.md and DATASHEET.md.

    Example: ghouta-corpus build --without-texts
    """
    from .build import core as build_mod
    from .io.guard import resolved
    root = dataset or default_dataset()
    # --dataset naming the project's own dataset (any spelling) is the plain build
    own = resolved(root) == resolved(dataset_dir())
    with ui.progress("building") as advance:
        result = build_mod.build(root, project_root() if own else None,
                                 max_shard_bytes=max_shard_mb << 20, jobs=jobs, progress=advance,
                                 without_texts=without_texts)
    for name, splits in result.rows.items():
        typer.echo(f"{name}: " + ", ".join(f"{s} {n} rows" for s, n in splits.items()))
    for p in result.updated_docs:
        typer.echo(f"updated generated numbers in {p}")
    typer.echo(f"built {len(result.files)} files in {result.dataset}"
               + (" (text-free: article texts left out; `ghouta-corpus hydrate TEXTS_DIR` restores them)"
                  if without_texts else ""))


@command
def hydrate(
    texts: Annotated[Path, typer.Argument(
        exists=True, file_okay=False, help="Folder with your own copies of the articles, named as HYDRATE.json's "
                                           "source_file.")],
    dataset: DatasetOpt = None,
) -> None:
    """Restore the article texts of a text-free build from your own copies, checking
    each document's SHA-256; the folder becomes byte-identical to the full build.

    Example: ghouta-corpus hydrate my-copies/ --dataset ghouta-corpus-download/
    """
    from .build.textfree import hydrate as run_hydrate
    with ui.progress("hydrating") as advance:
        written = run_hydrate(texts, dataset or default_dataset(), advance)
    typer.echo(f"restored the article texts: {len(written)} files written")


@command
def stats(dataset: DatasetOpt = None, fmt: FmtOpt = Fmt.text) -> None:
    """Counts per document, label, mention type, actor type, count category and
    modifier, attribution type, segment role and split.

    Example: ghouta-corpus stats --format json
    """
    from .build.stats import corpus_stats, stats_tables
    st = corpus_stats(_corpus(dataset))
    if fmt is Fmt.json:
        _emit_json(st)
    else:
        for title, rows in stats_tables(st):
            ui.table(rows, title)


@command
def claims(
    dataset: DatasetOpt = None,
    fmt: FmtOpt = Fmt.text,
    split: Annotated[str | None, typer.Option(
        "--split", help="Only this split's documents (sealed ones are read only when named).")] = None,
) -> None:
    """Claim groups: the figures documents give for the same event and count category,
    with who gives each (the attribution chain up to the outlet), consistent when their
    intervals overlap, else conflicting. JSON has every claim with every field.

    Example: ghouta-corpus claims --format json
    """
    from .derive import claim_groups, group_table
    from .derive import claims as derive_claims
    from .evaluate import Selection, chosen_documents
    from .io.corpus import CorpusError
    try:
        docs, left = chosen_documents(dataset or default_dataset(), Selection(split))
    except CorpusError as e:
        raise CorpusError(f"{e} (run ghouta-corpus validate first)") from None
    rows = derive_claims(docs)
    groups = claim_groups(rows)
    if fmt is Fmt.json:
        _emit_json({"groups": [g.to_json() for g in groups], "claims": [c.to_json() for c in rows], "left_out": left})
        return
    for g in groups:
        title, table = group_table(g)
        ui.table(table, title, left=4)
    conflicting = sum(1 for g in groups if g.verdict == "conflicting")
    typer.echo(f"{len(rows)} claims, {sum(1 for c in rows if c.event_id)} about a specific event; claim groups "
               f"across documents: {len(groups)} ({len(groups) - conflicting} consistent, {conflicting} conflicting)")
    for what, n in left.items():
        typer.echo(f"left out: {n} {what}")


@command
def publish(
    repo_id: Annotated[str, typer.Option("--repo-id", help="Hub dataset repository, ORG/NAME.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="List what would be uploaded; touch no network.")] = False,
    private: Annotated[bool, typer.Option("--private", help="Create the repository as private.")] = False,
    include_texts: Annotated[bool, typer.Option(
        "--include-texts", help="Upload the publishers' article texts too (default: the text-free release).")] = False,
    dataset: DatasetOpt = None,
) -> None:
    """Upload the built dataset folder to the Hugging Face Hub (after checking its
    checksums). Uses the token of `huggingface-cli login` or HF_TOKEN.

    Example: ghouta-corpus publish --repo-id my-org/ghouta-corpus --dry-run
    """
    from .build import hub as publish_mod
    items = publish_mod.publish(dataset or default_dataset(), repo_id, dry_run=dry_run, private=private,
                                include_texts=include_texts)
    for it in items:
        typer.echo(f"{it.size:>10}  {it.sha256[:12]}  {it.path}")
    total = sum(it.size for it in items)
    typer.echo(f"{'would upload' if dry_run else 'uploaded'} {len(items)} files, {total} bytes to {repo_id}: "
               + ("with the article texts, which belong to their publishers (LICENSE-DATA.md)" if include_texts else
                  "the text-free release (article texts left out; --include-texts uploads them)"))


@command
def export(
    fmt: Annotated[str, typer.Option("--format", help="Export format: brat, conll, jsonl or spacy (the spacy extra).")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write (created; must be empty unless --overwrite).")],
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing non-empty --out folder.")] = False,
    dataset: DatasetOpt = None,
) -> None:
    """Export the corpus for other tools: CoNLL BIO files per split and layer, brat
    standoff with annotation.conf, JSON Lines, or a spaCy DocBin.

    Example: ghouta-corpus export --format brat --out exports/brat
    """
    from .formats import export as export_corpus
    paths = export_corpus(_corpus(dataset), fmt, out, overwrite=overwrite)
    typer.echo(f"wrote {len(paths)} files to {out} ({fmt})")


ByOpt = Annotated[str | None, typer.Option(
    "--by", help="Who made the correction or the decision, for the document's review history.")]


@named("import")
def import_(
    path: Annotated[Path, typer.Argument(
        exists=True, help="What the annotation tool exported: a folder or file in --format.")],
    fmt: Annotated[str, typer.Option("--format", help="label-studio, inception, brat or jsonl.")],
    by: ByOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Import corrected annotations (the inverse of export): the documents must be in
    the manifest with the corpus text; the dataset as it would be is validated and
    nothing is written unless it is valid.

    Example: ghouta-corpus import --format label-studio export.json --by "A. Annotator"
    """
    from .curation.imports import import_documents
    if not path.exists():
        raise UsageError(f"{path}: no such file or directory")
    done = import_documents(fmt, path, dataset or default_dataset(), by)
    for d in done:
        typer.echo(f"{d.path}: {d.spans} spans" + ("" if d.changed else " (unchanged)"))
    typer.echo(f"imported {sum(d.changed for d in done)} changed of {len(done)} documents ({fmt})")


@command
def gold(
    doc_ids: Annotated[list[str], typer.Argument(help="Documents to mark gold.")],
    by: ByOpt = None,
    dataset: DatasetOpt = None,
) -> None:
    """Mark documents gold once they are reviewed: sets their status and records the
    step in the manifest's review history, only if the gold gate then passes (nothing
    left origin auto, a review history, no placeholder, no unexplained audit finding).

    Example: ghouta-corpus gold reuters-new-article --by "A. Annotator"
    """
    from .curation.imports import mark_gold
    marked = mark_gold(dataset or default_dataset(), doc_ids, by)
    typer.echo(f"marked gold: {', '.join(marked)}")


@command
def view(
    out: Annotated[Path, typer.Option("--out", help="Folder for index.html and one page per document.")],
    dataset: DatasetOpt = None,
    split: Annotated[str | None, typer.Option(
        "--split", help="Only this split's documents (sealed ones are shown only when named).")] = None,
) -> None:
    """Write static HTML pages (no network needed) showing every span coloured by
    label, counts with their values, TIME spans with their resolved dates, EVENT
    triggers with their arguments, a timeline of each document's events, attribution
    records and entity links, and on the index the claim groups and the events.

    Example: ghouta-corpus view --out view/ && xdg-open view/index.html
    """
    from .view import render_view
    pages = render_view(_corpus(dataset), out, split=split)
    typer.echo(f"wrote {len(pages)} pages to {out}; open {out / 'index.html'}")


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


@command
def annotate(
    article: Annotated[Path, typer.Argument(exists=True, help="A plain-text article, or a folder of .txt articles.")],
    out: Annotated[Path | None, typer.Option(
        "--out", help="Output file (one article) or folder (default: next to the article, .draft.json); an existing "
                      "file is replaced only if it is an uncorrected draft annotate wrote.")] = None,
    doc_id: Annotated[str | None, typer.Option(
        "--doc-id", help="Document id (default: from the file name).")] = None,
    dct: Annotated[datetime | None, typer.Option(
        "--dct", formats=["%Y-%m-%d"],
        help="Document creation time (YYYY-MM-DD) to resolve TIME values against; without it each "
                      "value is the text-only value.")] = None,
) -> None:
    """Write a draft annotation (status draft, every span origin auto) of every layer
    for a new article, with draft entity rows, for a person to correct.

    Example: ghouta-corpus annotate new-article.txt --out new-article.json --dct 2018-03-22
    """
    from .curation.drafts import entities_path, write_drafts
    with ui.progress("annotating") as advance:
        written = write_drafts(article, out, doc_id, _day(dct), advance)
    for target, doc, entities in written:
        typer.echo(f"{target}: {len(doc.spans)} spans, {len(doc.relations)} COUNT_OF, "
                   f"{len(doc.attributions)} attributions, "
                   f"{len(entities)} draft entities in {entities_path(target)}")


@command
def add(
    article: Annotated[Path, typer.Argument(exists=True, help="The new article as a plain-text UTF-8 file.")],
    outlet: Annotated[str, typer.Option("--outlet", help="The publishing outlet, e.g. 'Reuters'.")],
    split: Annotated[str, typer.Option("--split", help="Split the document belongs to.")] = "train",
    doc_id: Annotated[str | None, typer.Option(
        "--doc-id", help="Document id (default: outlet and file name).")] = None,
    dct: Annotated[datetime | None, typer.Option(
        "--dct", formats=["%Y-%m-%d"],
        help="Document creation time (YYYY-MM-DD): resolves TIME values and is recorded in the "
                      "manifest.")] = None,
    dataset: DatasetOpt = None,
) -> None:
    """Add an article to the corpus: raw text, manifest entry and a draft annotation
    (validate accepts drafts; build refuses them until corrected and marked gold).

    Example: ghouta-corpus add new-article.txt --outlet Reuters --split test
    """
    from .curation.add import add_article
    from .model.vocab import vocab
    if split not in vocab("split"):
        raise UsageError(f"--split must be one of {', '.join(vocab('split'))}")
    entry = add_article(article, outlet, dataset or default_dataset(), split, doc_id, _day(dct))
    typer.echo(f"added {entry['doc_id']} ({entry['char_count']} characters, {split}) as a draft: "
               f"correct dataset/annotations/{entry['doc_id']}.json, set status to gold, then build")


@command
def baseline(
    dataset: DatasetOpt = None,
    sealed: Annotated[bool, typer.Option(
        "--sealed", help="Also score the development set's sealed documents, the honest estimate: run once, at "
                         "the end of the annotator work; records the date and commit.")] = False,
) -> None:
    """Score the rule-based annotator on the gold articles (a fit, with and without a
    gold-derived lexicon, leave-one-document-out) and on the development set's dev
    documents (developed against), and record it in dataset/baseline/ for the card.
    The sealed documents are read only with --sealed; otherwise their last recorded
    row is kept.

    Example: ghouta-corpus baseline && ghouta-corpus build
    """
    from .curation.baseline import baseline_table, run_baseline
    from .io.corpus import CorpusError
    try:
        scores = run_baseline(dataset or default_dataset(), sealed)
    except CorpusError as e:
        raise CorpusError(f"{e} (run ghouta-corpus validate first)") from None
    typer.echo(baseline_table(scores))


def main(argv: list[str] | None = None) -> None:
    """The console-script entry point. The app runs in click's non-standalone mode so
    that the argument parser's own usage errors (a missing argument, a path that does
    not exist, a bad option value) print as every other usage error does, one line
    ``error: ...`` and exit 2, instead of the parser's boxed message. Typer vends its
    own copy of click, so the exception is recognised by what it carries (an exit code
    and a message), not by a private class."""
    try:
        rv = app(args=argv, prog_name="ghouta-corpus", standalone_mode=False)
    except Exception as e:  # noqa: BLE001 (only the parser's errors are handled; anything else re-raises)
        code, message = getattr(e, "exit_code", None), getattr(e, "format_message", None)
        if not isinstance(code, int) or not callable(message):
            if type(e).__name__ == "Abort":  # Ctrl-C at a prompt
                sys.exit(1)
            raise
        ctx = getattr(e, "ctx", None)
        where = f" (see: {ctx.command_path} --help)" if ctx is not None else ""
        typer.echo(f"error: {message()}{where}", err=True)
        sys.exit(code)
    sys.exit(rv if isinstance(rv, int) else 0)


if __name__ == "__main__":
    main()
