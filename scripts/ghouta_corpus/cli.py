"""The ``ghouta-corpus`` command: a thin typer layer over the library.

Each command parses its arguments, calls one library function, prints the result and
maps the library's typed errors to exit codes: 0 success, 1 invalid data or a failed
check, 2 a usage error (bad option, missing path).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .validate import core as validate_mod
from .paths import dataset_dir

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build, check and use the ghouta-corpus annotated news corpus.")


class Fmt(str, Enum):
    text = "text"
    json = "json"


@app.callback()
def _root() -> None:
    """Build, check and use the ghouta-corpus annotated news corpus."""


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _corpus(dataset: Path | None):
    """The corpus of ``dataset`` (default dataset/), or exit 1 with the reason."""
    from .io.corpus import CorpusError, load_corpus
    try:
        return load_corpus(dataset or dataset_dir())
    except CorpusError as e:
        _fail(f"{e} (run ghouta-corpus validate first)", 1)


def _emit_json(obj: object) -> None:
    typer.echo(json.dumps(obj, indent=2, ensure_ascii=False))


@app.command()
def validate(
    paths: Optional[List[Path]] = typer.Argument(None, help="Dataset folder, annotation folder or files (default: the project's dataset/)."),
    dataset: Path = typer.Option(None, "--dataset", help="Dataset whose manifest, raw texts and entities annotation files are checked against."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", help="text (one line per finding) or json."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes to check annotation files with."),
) -> None:
    """Check annotation files against the JSON Schema and every semantic rule.

    Example: ghouta-corpus validate dataset/annotations/aljazeera-ghouta-evacuations.json
    """
    root = dataset or dataset_dir()
    try:
        report = validate_mod.validate_paths(paths or [root], root, jobs)
    except validate_mod.UsageError as e:
        _fail(str(e), 2)
        return
    if fmt is Fmt.json:
        _emit_json(report.to_json())
    else:
        for f in report.findings:
            typer.echo(f.line())
        typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


class _progress:
    """A rich progress bar on stderr for long library calls, which report
    ``(done, total)`` through a callback and never print themselves."""

    def __init__(self, what: str):
        self.what = what

    def __enter__(self):
        from rich.console import Console
        from rich.progress import Progress
        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        self.task = self.bar.add_task(self.what, total=None)

        def advance(done: int, total: int) -> None:
            self.bar.update(self.task, completed=done, total=total)
        return advance

    def __exit__(self, *exc) -> None:
        self.bar.stop()


def _table(rows: list[list[str]], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    t = Table(title=title, show_lines=False)
    for h in rows[0]:
        t.add_column(h, justify="left" if not rows[0].index(h) else "right")
    for r in rows[1:]:
        t.add_row(*r)
    Console(width=200).print(t)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold annotation folder or file (e.g. dataset/annotations)."),
    pred: Path = typer.Argument(..., help="Predicted annotation folder or file, or a .jsonl file of spans."),
    dataset: Path = typer.Option(None, "--dataset", help="Dataset holding the manifest and raw texts (default: dataset/)."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", help="text (tables) or json."),
) -> None:
    """Score predictions against gold: span P/R/F1 (exact, overlap, boundary), COUNT
    attributes, COUNT_OF, attribution records and tokens.

    Example: ghouta-corpus evaluate dataset/annotations predictions/
    """
    from .evaluate import core as ev
    try:
        with _progress("reading predictions") as advance:
            result = ev.evaluate_paths(gold, pred, dataset or dataset_dir(), advance)
    except ev.PredictionError as e:
        _fail(str(e), 1)
        return
    if fmt is Fmt.json:
        _emit_json(result)
    else:
        _table(ev.score_table(result), "scores")
        _table(ev.accuracy_table(result), "attribute accuracy")


@app.command()
def audit(
    dataset: Path = typer.Option(None, "--dataset", help="Dataset folder (default: dataset/)."),
    allowlist: Path = typer.Option(None, "--allowlist", help="Reviewed exceptions (default: <dataset>/audit_allowlist.json)."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", help="text or json."),
) -> None:
    """Look for likely misses and inconsistencies: unannotated repeats and aliases,
    uncounted numbers, quotes outside content, uncovered cue words, NOM heads with
    mixed types. Exits 1 on any finding not in the reviewed allowlist.

    Example: ghouta-corpus audit --format json
    """
    from .curation import audit as audit_mod
    root = dataset or dataset_dir()
    corpus = _corpus(root)
    try:
        result = audit_mod.audit(corpus, audit_mod.load_allowlist(allowlist or root / "audit_allowlist.json"))
    except audit_mod.AllowlistError as e:
        _fail(str(e), 1)
        return
    if fmt is Fmt.json:
        _emit_json(result.to_json())
    else:
        for s in result.suspects:
            typer.echo(s.line())
        for a in result.stale:
            typer.echo(f"{a.doc_id}: [stale-allowlist] {a.check} {a.text!r} in {a.context!r} matches nothing; remove it")
        typer.echo(f"{'clean' if result.ok else 'suspects'}: {len(result.suspects)} unexplained, "
                   f"{len(result.stale)} stale allowlist entries, {result.allowed} explained by the allowlist")
    raise typer.Exit(0 if result.ok else 1)


@app.command()
def build(
    dataset: Path = typer.Option(None, "--dataset", help="Dataset folder to publish in place (default: dataset/)."),
    max_shard_mb: int = typer.Option(256, "--max-shard-mb", min=1, help="Largest Parquet shard, in MiB of uncompressed Arrow data."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes for the validation that precedes the build."),
) -> None:
    """Validate, then write the Parquet configs, dataset card, croissant.json and
    SHA256SUMS into the dataset folder (atomically), and refresh the generated
    numbers in README.md and DATASHEET.md.

    Example: ghouta-corpus build
    """
    from .build import core as build_mod
    from .paths import project_root
    root = dataset or dataset_dir()
    try:
        with _progress("building") as advance:
            result = build_mod.build(root, project_root() if dataset is None else None,
                                     max_shard_bytes=max_shard_mb << 20, jobs=jobs, progress=advance)
    except build_mod.BuildError as e:
        for f in e.findings:
            typer.echo(f.line(), err=True)
        _fail(str(e), 1)
        return
    for name, splits in result.rows.items():
        typer.echo(f"{name}: " + ", ".join(f"{s} {n} rows" for s, n in splits.items()))
    for p in result.updated_docs:
        typer.echo(f"updated generated numbers in {p}")
    typer.echo(f"built {len(result.files)} files in {result.dataset}")


@app.command()
def stats(
    dataset: Path = typer.Option(None, "--dataset", help="Dataset folder (default: dataset/)."),
    fmt: Fmt = typer.Option(Fmt.text, "--format", help="text (tables) or json."),
) -> None:
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
            _table(rows, title)


@app.command()
def publish(
    repo_id: str = typer.Option(..., "--repo-id", help="Hub dataset repository, ORG/NAME."),
    dry_run: bool = typer.Option(False, "--dry-run", help="List what would be uploaded; touch no network."),
    private: bool = typer.Option(False, "--private", help="Create the repository as private."),
    dataset: Path = typer.Option(None, "--dataset", help="Built dataset folder (default: dataset/)."),
) -> None:
    """Upload the built dataset folder to the Hugging Face Hub (after checking its
    checksums). Uses the token of `huggingface-cli login` or HF_TOKEN.

    Example: ghouta-corpus publish --repo-id my-org/ghouta-corpus --dry-run
    """
    from .build import hub as publish_mod
    try:
        items = publish_mod.publish(dataset or dataset_dir(), repo_id, dry_run=dry_run, private=private)
    except publish_mod.PublishError as e:
        _fail(str(e), 1)
        return
    for it in items:
        typer.echo(f"{it.size:>10}  {it.sha256[:12]}  {it.path}")
    total = sum(it.size for it in items)
    typer.echo(f"{'would upload' if dry_run else 'uploaded'} {len(items)} files, {total} bytes to {repo_id}")


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", help="Export format: brat, conll, jsonl or spacy (the spacy extra)."),
    out: Path = typer.Option(..., "--out", help="Folder to write (created; must be empty unless --overwrite)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing non-empty --out folder."),
    dataset: Path = typer.Option(None, "--dataset", help="Dataset folder (default: dataset/)."),
) -> None:
    """Export the corpus for other tools: CoNLL BIO files per split and layer, brat
    standoff with annotation.conf, JSON Lines, or a spaCy DocBin.

    Example: ghouta-corpus export --format brat --out exports/brat
    """
    from .formats import core as formats
    corpus = _corpus(dataset)
    try:
        paths = formats.export(corpus, fmt, out, overwrite=overwrite)
    except formats.FormatError as e:
        _fail(str(e), 1)
        return
    typer.echo(f"wrote {len(paths)} files to {out} ({fmt})")


@app.command()
def view(
    out: Path = typer.Option(..., "--out", help="Folder for index.html and one page per document."),
    dataset: Path = typer.Option(None, "--dataset", help="Dataset folder (default: dataset/)."),
) -> None:
    """Write static HTML pages (no network needed) showing every span coloured by
    label, counts with their values, attribution records and entity links.

    Example: ghouta-corpus view --out view/ && xdg-open view/index.html
    """
    from .view import core as view_mod
    corpus = _corpus(dataset)
    try:
        pages = view_mod.render_view(corpus, out)
    except view_mod.ViewError as e:
        _fail(str(e), 1)
        return
    typer.echo(f"wrote {len(pages)} pages to {out}; open {out / 'index.html'}")


@app.command()
def annotate(
    article: Path = typer.Argument(..., help="A plain-text article, or a folder of .txt articles."),
    out: Path = typer.Option(None, "--out", help="Output file (one article) or folder (default: next to the article, .draft.json)."),
    doc_id: str = typer.Option(None, "--doc-id", help="Document id (default: from the file name)."),
) -> None:
    """Write a draft annotation (status draft, every span origin auto) of every layer
    for a new article, with draft entity rows, for a person to correct.

    Example: ghouta-corpus annotate new-article.txt --out new-article.json
    """
    from .curation.drafts import AnnotateError, write_drafts
    try:
        written = write_drafts(article, out, doc_id)
    except AnnotateError as e:
        _fail(str(e), 1)
        return
    for target, doc, entities in written:
        typer.echo(f"{target}: {len(doc.spans)} spans, {len(doc.relations)} COUNT_OF, {len(doc.attributions)} attributions, "
                   f"{len(entities)} draft entities in {target.with_suffix('.entities.json')}")


@app.command()
def add(
    article: Path = typer.Argument(..., help="The new article as a plain-text UTF-8 file."),
    outlet: str = typer.Option(..., "--outlet", help="The publishing outlet, e.g. 'Reuters'."),
    split: str = typer.Option("train", "--split", help="Split the document belongs to."),
    doc_id: str = typer.Option(None, "--doc-id", help="Document id (default: outlet and file name)."),
    dataset: Path = typer.Option(None, "--dataset", help="Dataset folder (default: dataset/)."),
) -> None:
    """Add an article to the corpus: raw text, manifest entry and a draft annotation
    (validate accepts drafts; build refuses them until corrected and marked gold).

    Example: ghouta-corpus add new-article.txt --outlet Reuters --split test
    """
    from .curation.add import AddError, add_article
    from .model.vocab import vocab
    if split not in vocab("split"):
        _fail(f"--split must be one of {', '.join(vocab('split'))}", 2)
    try:
        entry = add_article(article, outlet, dataset or dataset_dir(), split, doc_id)
    except AddError as e:
        _fail(str(e), 1)
        return
    typer.echo(f"added {entry['doc_id']} ({entry['char_count']} characters, {split}) as a draft: "
               f"correct dataset/annotations/{entry['doc_id']}.json, set status to gold, then build")


@app.command()
def baseline(
    dataset: Path = typer.Option(None, "--dataset", help="Dataset folder (default: dataset/)."),
) -> None:
    """Score the rule-based annotator on the gold (with and without a gold-derived
    lexicon, leave-one-document-out) and record it in dataset/baseline/ for the card.

    Example: ghouta-corpus baseline && ghouta-corpus build
    """
    from .curation.baseline import baseline_table, run_baseline
    from .io.corpus import CorpusError
    try:
        scores = run_baseline(dataset or dataset_dir())
    except CorpusError as e:
        _fail(f"{e} (run ghouta-corpus validate first)", 1)
        return
    typer.echo(baseline_table(scores))


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":
    main()
