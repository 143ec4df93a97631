"""The generated text of the published folder: the dataset card and the blocks of
README.md and DATASHEET.md.

Every number comes from :mod:`ghouta_corpus.build.stats`, :mod:`ghouta_corpus.build.agreement`
(inter-annotator agreement of the recorded passes, by ``evaluate``) or a recorded baseline file;
the prose lives in ``templates/card.md`` with ``<!-- begin: NAME -->`` blocks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from datasets import Features

from ..derive import ClaimGroup
from ..derive.claims import chain_text
from ..evaluate.matching import fmt
from ..io import load_text, read_json
from ..model.version import RELEASED, VERSION
from ..model.vocab import schemas, vocab
from .agreement import agreement_block, dev_block, time_event_block
from .benchtable import benchmark_block
from .configs import CONFIGS, DEFAULT_CONFIG
from .docgen import fill_blocks
from .licence import LICENCE_STATEMENT, TITLE, citation
from .standalone import published_features
from .stats import markdown_table, stats_tables
from .textfree import drop_path, text_free_features

TEMPLATE = Path(__file__).resolve().parent / "templates" / "card.md"
BASELINE_DIR = "baseline"  # dataset/baseline/: written by ghouta-corpus baseline, read here


@dataclass
class Scan:
    """What one streaming pass over the corpus learns for the card: statistics, row
    counts per config and split, the first row of each config, the languages and the
    claim groups."""
    stats: dict[str, Any]
    rows: dict[str, dict[str, int]]
    samples: dict[str, dict[str, Any]]
    languages: list[str]
    claim_groups: list[ClaimGroup] = field(default_factory=list)
    info: dict[str, dict[str, Any]] = field(default_factory=dict)  # build.info.dataset_info of the written files
    text_free: bool = False  # the card of a build --without-texts


def config_features(name: str, text_free: bool) -> Features:
    """The Features ``name`` is published with (without its text columns in a text-free build)."""
    return text_free_features(name) if text_free else published_features(CONFIGS[name].features())


def card_yaml(scan: Scan) -> str:
    """The YAML header: conventional Hub keys, one ``configs`` entry per config with
    its Parquet files (documents is the default) and ``dataset_info`` with each
    config's published features, splits (``num_examples``, ``num_bytes``) and sizes."""
    n = scan.stats["totals"]["documents"]
    size = "n<1K" if n < 1000 else "1K<n<10K" if n < 10000 else "10K<n<100K" if n < 100000 else "100K<n<1M"
    configs, infos = [], []
    for name in CONFIGS:
        if name not in scan.rows or not scan.rows[name]:
            continue
        entry: dict[str, Any] = {"config_name": name,
                                 "data_files": [{"split": s, "path": f"data/{name}/{s}-*.parquet"}
                                                for s in scan.rows[name]]}
        if name == DEFAULT_CONFIG:
            entry["default"] = True
        configs.append(entry)
        infos.append({"config_name": name, "features": config_features(name, scan.text_free)._to_yaml_list(),
                      **scan.info.get(name, {})})
    header = {
        "pretty_name": TITLE,
        "language": scan.languages,
        "license": "other",
        "license_name": "annotations-cc-by-4.0-texts-publishers",
        "license_link": "LICENSE-DATA.md",
        "annotations_creators": ["machine-generated"],
        "language_creators": ["found"],
        "multilinguality": ["monolingual"],
        "source_datasets": ["original"],
        "size_categories": [size],
        "task_categories": ["token-classification"],
        "task_ids": ["named-entity-recognition"],
        "tags": ["attribution", "quantities", "conflict", "news", "syria", "span-annotation"],
        "configs": configs,
        "dataset_info": infos,
    }
    return str(yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=1000))


def _sample(row: dict[str, Any], features: Features, text_columns: tuple[str, ...] = ()) -> str:
    """The first row, decoded (ClassLabel ids shown as names), long text cut, the
    article-text columns left out (so that no card carries the publishers' texts)."""
    row = features.decode_example(dict(row)) if row else {}
    for path in text_columns:
        drop_path(row, path.split("."))
    def cut(x: Any) -> Any:
        if isinstance(x, str) and len(x) > 120:
            return x[:117] + "..."
        if isinstance(x, list):
            return [cut(v) for v in x[:3]] + (["..."] if len(x) > 3 else [])
        if isinstance(x, dict):
            return {k: cut(v) for k, v in x.items()}
        return x
    return "```json\n" + json.dumps(cut(row), ensure_ascii=False, indent=1) + "\n```"




def configs_block(scan: Scan) -> str:
    parts = []
    for name, cfg in CONFIGS.items():
        if not scan.rows.get(name):
            continue
        counts = ", ".join(f"{s}: {n} rows" for s, n in scan.rows[name].items())
        default = " (default)" if name == DEFAULT_CONFIG else ""
        sample = _sample(scan.samples.get(name, {}), cfg.features(), cfg.text_columns)
        texts = (f" Article-text columns: {', '.join(f'`{c}`' for c in cfg.text_columns)}." if cfg.text_columns
                 else "")
        parts.append(f"### `{name}`{default}\n\n{cfg.description}{texts}\n\nRows: {counts}.\n\n"
                     f"```python\nload_dataset(\"dataset\", \"{name}\")\n```\n\n"
                     f"Sample row (label ids shown as names, article-text columns left out):\n\n{sample}\n")
    return "\n".join(parts)


def vocab_block() -> str:
    defs = schemas()["vocabularies"]["$defs"]
    parts = []
    for name in ("label", "mention_type", "actor_type", "modifier", "unit", "category", "attribution_type",
                 "segment_role"):
        parts.append(f"**{name}** ({defs[name]['description']})\n\n" +
                     markdown_table([["id", "name"]] + [[str(i), v] for i, v in enumerate(vocab(name))]))
    return "\n\n".join(parts)


def stats_block(st: dict[str, Any]) -> str:
    return "\n\n".join(f"**{title}**\n\n{markdown_table(rows)}" for title, rows in stats_tables(st))


def splits_block(st: dict[str, Any]) -> str:
    rows = [["split", "documents", "outlets", "segments", "tokens", "spans", "attributions"]]
    for sp, v in st["splits"].items():
        outlets = ", ".join(d["outlet"] for d in st["documents"] if d["split"] == sp)
        rows.append([sp, str(v["documents"]), outlets, str(v["segments"]), str(v["tokens"]), str(v["spans"]),
                     str(v["attributions"])])
    return markdown_table(rows)


def totals_block(st: dict[str, Any]) -> str:
    t = st["totals"]
    return (f"{t['documents']} documents, {t['segments']} segments, {t['tokens']} tokens; {t['mentions']} ACTOR and "
            f"LOCATION mentions ({t['linked_mentions']} linked to {t['entities']} entities, "
            f"{t['entities_with_geonames']} of them with a GeoNames id), {t['counts']} COUNTs with {t['count_of']} "
            f"COUNT_OF relations, and "
            f"{t['attributions']} attribution records.")


def claim_groups_block(groups: list[ClaimGroup]) -> str:
    """Every claim group, one row each, with each document's figures side by side
    (figure, then its source chain up to the outlet)."""
    if not groups:
        return "No claim groups: no document gives a figure for an event and category that another one also gives."
    docs: dict[str, str] = {}
    for g in groups:
        for c in g.claims:
            docs.setdefault(c.doc_id, c.outlet or c.doc_id)
    if len(set(docs.values())) < len(docs):  # two documents of one outlet: name them by id
        docs = {d: d for d in docs}
    rows = [["event", "category (unit)", "verdict", *docs.values()]]
    for g in groups:
        cells = ["; ".join(f"{c.text} ({chain_text(c)})" for c in g.claims if c.doc_id == d) or "-" for d in docs]
        rows.append([f"`{g.event_id}` ({g.event_type})", f"{g.category} ({g.unit})", g.verdict, *cells])
    return markdown_table(rows)


def baseline_block(dataset: Path) -> str:
    """The recorded baseline scores (``dataset/baseline/scores.json``, written by
    ``ghouta-corpus baseline``), or a statement that there are none yet."""
    path = dataset / BASELINE_DIR / "scores.json"
    data, problem = read_json(path) if path.exists() else (None, None)
    if data is None:
        return "No baseline has been recorded yet."
    return baseline_table(data)


CAVEAT = ("**Read the rows for what they are.** The rules and default lexicons were written by an agent that "
          "read both gold articles and the guidelines while writing them, so the gold rows are a *fit*: they show "
          "that the extractors implement the guidelines on this corpus. The development set's `dev` documents "
          "(articles written for the project, `dataset/dev/`) were then used to improve the rules, so their row "
          "is a fit too (*developed against*), on text the rules were not first written for. Only the `sealed` "
          "documents, never looked at while the annotator was developed and scored once at the end, give an "
          "honest estimate of the annotator on new text.")


def _f1(row: dict[str, Any]) -> str:
    """A span label's F1, or ``n/a`` where the gold has no span of the label (a part
    not annotated for that layer: its F1 would only count the drafts as errors)."""
    return "n/a" if row.get("tp", 0) + row.get("fn", 0) == 0 else fmt(row["f1"])


def _score_cells(s: dict[str, Any]) -> list[str]:
    ex = s["spans"]["exact"]
    return [_f1(ex["ACTOR"]), _f1(ex["LOCATION"]), _f1(ex["COUNT"]),
            fmt(s["attributes"]["count_value"]["accuracy"]), fmt(s["attributes"]["count_category"]["accuracy"]),
            fmt(s["count_of"]["f1"]), fmt(s["attributions"]["records"]["f1"]),
            fmt(s["attributions"]["tokens"]["CONTENT"]["f1"]), _f1(ex["TIME"]), _f1(ex["EVENT"]),
            fmt(ex["overall"]["f1"])]


def _sealed_history(history: list[dict[str, Any]]) -> str:
    """Earlier sealed estimates, each with when it was scored and why it was retired:
    an honest estimate once published stays visible after its documents are spent."""
    if not history:
        return ""
    rows = [["earlier sealed part", "scored", "commit", "retired because", "ACTOR F1", "LOCATION F1", "COUNT F1",
             "COUNT category acc.", "COUNT_OF F1", "attribution record F1", "CONTENT token F1"]]
    for h in history:
        cells = _score_cells(h["scores"])
        rows.append([f"{len(h['documents'])} documents ({', '.join(h['documents'])})", h.get("scored_at", "unknown"),
                     f"`{(h.get('commit') or 'unknown')[:12]}`", h.get("retired", ""),
                     *cells[:3], cells[4], *cells[5:8]])
    return "\n\nEarlier sealed estimates (each scored once, then retired):\n\n" + markdown_table(rows)


def baseline_table(data: dict[str, Any]) -> str:
    """Markdown table of the recorded baseline scores: the gold articles per variant
    (a fit), the development set's dev part (developed against) and its sealed part
    (the honest estimate, or a statement that it has not been scored yet)."""
    head = ["part", "ACTOR F1", "LOCATION F1", "COUNT F1", "COUNT value acc.", "COUNT category acc.",
            "COUNT_OF F1", "attribution record F1", "CONTENT token F1", "TIME F1", "EVENT trigger F1",
            "all spans exact F1"]
    rows = [head]
    for variant, v in data.get("gold", {}).items():
        rows.append([f"gold articles, a fit: `{variant}` ({v['description']})", *_score_cells(v["scores"])])
    if data.get("dev"):
        dev = data["dev"]
        rows.append([f"dev ({len(dev['documents'])} documents), developed against", *_score_cells(dev["scores"])])
    sealed = data.get("sealed")
    if sealed:
        rows.append([f"sealed ({len(sealed['documents'])} documents), the honest estimate",
                     *_score_cells(sealed["scores"])])
        when = (f"The sealed part was scored once, on {sealed['scored_at']}, at commit "
                f"`{(sealed.get('commit') or 'unknown')[:12]}` (`ghouta-corpus baseline --sealed`).")
    else:
        when = ("The sealed part has not been scored yet: it is scored once, at the end of the annotator work, by "
                "`ghouta-corpus baseline --sealed`.")
    return (markdown_table(rows) + _sealed_history(data.get("sealed_history", []))
            + "\n\nExact span match; value and category accuracy on exactly matched COUNTs. "
            "The development set has no EVENT layer yet: its EVENT cell is n/a, and its all-spans figure counts every "
            "drafted trigger as a false positive. "
            "The gold rows are what `ghouta-corpus evaluate dataset/annotations dataset/baseline/<variant>` prints; "
            "the dev and sealed rows are scored by `ghouta-corpus baseline` over those documents only (predictions "
            "in `dataset/dev/baseline/<part>/`, never published). " + when + "\n\n" + CAVEAT)


def generated_blocks(scan: Scan, dataset: Path) -> dict[str, str]:
    """Every block generator, by block name, for the card, README.md and DATASHEET.md."""
    return {
        "totals": totals_block(scan.stats),
        "stats": stats_block(scan.stats),
        "splits": splits_block(scan.stats),
        "configs": configs_block(scan),
        "vocabularies": vocab_block(),
        "claim-groups": claim_groups_block(scan.claim_groups),
        "agreement": agreement_block(dataset),
        "agreement-time-event": time_event_block(dataset),
        "agreement-dev": dev_block(dataset),
        "baseline": baseline_block(dataset),
        "benchmark": benchmark_block(dataset.parent),
    }


def release_block(text_free: bool) -> str:
    """Which release this is: the version and date, and whether the article texts are in it."""
    head = f"Version **{VERSION}** of {RELEASED} (changes: [`CHANGELOG.md`](CHANGELOG.md))."
    if not text_free:
        return (head + " This build **includes the article texts** (the `text`, `tokens` and other article-text "
                "columns; see *Licence*).")
    return (head + " This is the **text-free release**: every article-text column (document text, span, token, "
            "trigger and claim texts) is left out, as news corpora are commonly distributed; offsets and each "
            "document's SHA-256 (`documents` config, `HYDRATE.json`) remain. With your own copies of the articles "
            "(file names as in `HYDRATE.json`), `ghouta-corpus hydrate TEXTS_DIR --dataset FOLDER` restores them, "
            "checking each hash, and the folder becomes byte-identical to the full build.")


def render_card(scan: Scan, blocks: dict[str, str]) -> str:
    blocks = {**blocks, "release": release_block(scan.text_free), "licence": LICENCE_STATEMENT,
              "citation": f"```bibtex\n{citation()}\n```"}
    body = fill_blocks(load_text(TEMPLATE), blocks, str(TEMPLATE))
    return "---\n" + card_yaml(scan) + "---\n\n" + body
