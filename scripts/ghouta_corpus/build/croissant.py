"""Croissant 1.1 metadata for the published Parquet files.

One FileObject per Parquet file (with its SHA-256), one FileSet per config, and one
RecordSet per config whose fields mirror the config's published Features
(:func:`~ghouta_corpus.build.standalone.published_features`): scalar columns directly,
lists of scalars as arrays, lists of structs as arrays with sub-fields. Besides them:

- a ``splits`` RecordSet (``cr:Split``) listing the published splits, which every
  config's ``split`` field references;
- one enumeration RecordSet per closed vocabulary (``enum/<vocabulary>``, with
  ``id`` and ``name`` records, inline): every ClassLabel field references its ``id``
  and the ``<field>_name`` beside it its ``name``, so a Croissant reader knows what
  ``label = 3`` means without the ``datasets`` metadata.

Built with ``mlcroissant`` (there is no generator from Parquet) and written with
sorted keys so that the file is byte-stable. The licence is
:data:`~ghouta_corpus.build.licence.LICENCE_STATEMENT`, the version and citation
those of :mod:`ghouta_corpus.model.version`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import mlcroissant as mlc
from datasets import ClassLabel, Features, List, Value

from ..io import sha256_file
from ..model.version import RELEASED, VERSION
from ..model.vocab import schemas, vocab
from .configs import CONFIGS
from .features import tag_names
from .licence import LICENCE_STATEMENT, TITLE, citation
from .standalone import SPLIT_COLUMN, published_features

_TYPES = {"string": mlc.DataType.TEXT, "int32": mlc.DataType.INTEGER, "int64": mlc.DataType.INTEGER,
          "float64": mlc.DataType.FLOAT, "bool": mlc.DataType.BOOL}
SPLITS = "splits"


def _dtype(feature: Any) -> Any:
    if isinstance(feature, ClassLabel):
        return mlc.DataType.INTEGER
    if isinstance(feature, Value):
        return _TYPES[feature.dtype]
    raise TypeError(f"no Croissant type for {feature!r}")


def enumerations() -> dict[tuple[str, ...], str]:
    """Every closed vocabulary (and BIO tag set) by its names, as an enumeration id."""
    out = {tuple(vocab(name)): f"enum/{name}" for name in schemas()["vocabularies"]["$defs"]}
    from ..model.records import tag_columns  # the tag columns of the tokens config
    for col in tag_columns():
        out.setdefault(tuple(tag_names(col)), f"enum/{col}_tags")
    return out


def _references(feature: Any, enums: dict[tuple[str, ...], str], part: str) -> mlc.Source | None:
    inner = feature.feature if isinstance(feature, List) else feature
    if isinstance(inner, ClassLabel):
        return mlc.Source(field=f"{enums[tuple(inner.names)]}/{part}")
    return None


class _Fields:
    """The fields of one config, with references to enumerations for ClassLabels and
    their ``_name`` columns (the ClassLabel of a name column is the field before it)."""

    def __init__(self, config: str, enums: dict[tuple[str, ...], str]) -> None:
        self.config, self.enums = config, enums

    def _field(self, fid: str, name: str, feature: Any, src: mlc.Source, label_of: Any) -> mlc.Field:
        refs = _references(feature, self.enums, "id") or (
            _references(label_of, self.enums, "name") if label_of is not None else None)
        kwargs: dict[str, Any] = {"references": refs} if refs is not None else {}
        if name == SPLIT_COLUMN and fid.count("/") == 1:
            kwargs = {"references": mlc.Source(field=f"{SPLITS}/name")}
        if isinstance(feature, List):
            return mlc.Field(id=fid, name=name, data_types=[_dtype(feature.feature)], is_array=True, source=src,
                             **kwargs)
        return mlc.Field(id=fid, name=name, data_types=[_dtype(feature)], source=src, **kwargs)

    def fields(self, features: Features) -> list[mlc.Field]:
        out: list[mlc.Field] = []
        previous: Any = None
        for name, feature in features.items():
            fid = f"{self.config}/{name}"
            src = mlc.Source(file_set=f"parquet-{self.config}", extract=mlc.Extract(column=name))
            label_of = previous if name.endswith(("_name", "_names")) else None
            if isinstance(feature, List) and isinstance(feature.feature, dict):
                out.append(mlc.Field(id=fid, name=name, is_array=True, data_types=[],
                                     sub_fields=self._subs(name, feature.feature)))
            else:
                out.append(self._field(fid, name, feature, src, label_of))
            previous = feature
        return out

    def _subs(self, column: str, fields: dict[str, Any]) -> list[mlc.Field]:
        out: list[mlc.Field] = []
        previous: Any = None
        for key, feature in fields.items():
            src = mlc.Source(file_set=f"parquet-{self.config}", extract=mlc.Extract(column=column),
                             transforms=[mlc.Transform(json_path=key)])
            label_of = previous if key.endswith(("_name", "_names")) else None
            out.append(self._field(f"{self.config}/{column}/{key}", key, feature, src, label_of))
            previous = feature
        return out


def _enum_sets(enums: dict[tuple[str, ...], str], used: set[str]) -> list[mlc.RecordSet]:
    out = []
    for names, eid in sorted(enums.items(), key=lambda kv: kv[1]):
        if eid not in used:
            continue
        out.append(mlc.RecordSet(
            id=eid, name=eid.split("/", 1)[1], is_enumeration=True, key=[f"{eid}/id"],
            description=f"The values of {eid.split('/', 1)[1]}: ClassLabel id and name.",
            fields=[mlc.Field(id=f"{eid}/id", name="id", data_types=[mlc.DataType.INTEGER]),
                    mlc.Field(id=f"{eid}/name", name="name", data_types=[mlc.DataType.TEXT])],
            data=[{f"{eid}/id": i, f"{eid}/name": n} for i, n in enumerate(names)]))
    return out


def _used_enums(features: Features, enums: dict[tuple[str, ...], str]) -> set[str]:
    out: set[str] = set()

    def walk(f: Any) -> None:
        if isinstance(f, dict):
            for v in f.values():
                walk(v)
        elif isinstance(f, List):
            walk(f.feature)
        elif isinstance(f, ClassLabel):
            out.add(enums[tuple(f.names)])
    walk(dict(features))
    return out


def croissant_json(languages: list[str], root: Path, parquet_files: list[Path], splits: list[str] | None = None,
                   features_of: Any = None) -> str:
    """The JSON-LD text of ``croissant.json`` for the Parquet files under ``root``;
    ``splits`` are the published splits, ``features_of(config)`` a config's published
    Features (default: :func:`published_features` of the config's own)."""
    features_of = features_of or (lambda name: published_features(CONFIGS[name].features()))
    enums = enumerations()
    distribution: list[Any] = []
    record_sets = []
    used: set[str] = set()
    for name, cfg in CONFIGS.items():
        files = [p for p in parquet_files if p.parent.name == name]
        if not files:
            continue
        for p in files:
            rel = p.relative_to(root).as_posix()
            distribution.append(mlc.FileObject(id=rel, name=rel, content_url=rel,
                                               encoding_formats=["application/x-parquet"], sha256=sha256_file(p)))
        distribution.append(mlc.FileSet(id=f"parquet-{name}", name=f"parquet-{name}",
                                        contained_in=[p.relative_to(root).as_posix() for p in files],
                                        encoding_formats=["application/x-parquet"],
                                        includes=[f"data/{name}/*.parquet"]))
        features = features_of(name)
        used |= _used_enums(features, enums)
        record_sets.append(mlc.RecordSet(id=name, name=name, description=cfg.description,
                                         fields=_Fields(name, enums).fields(features)))
    split_names = splits or sorted({p.name.split("-", 1)[0] for p in parquet_files})
    split_set = mlc.RecordSet(id=SPLITS, name=SPLITS, data_types=[mlc.DataType.SPLIT], key=[f"{SPLITS}/name"],
                              description="The published splits; every config's split field references them.",
                              fields=[mlc.Field(id=f"{SPLITS}/name", name="name", data_types=[mlc.DataType.TEXT])],
                              data=[{f"{SPLITS}/name": s} for s in split_names])
    meta = mlc.Metadata(
        name="ghouta-corpus",
        description=(f"{TITLE}: span annotations of English news articles (TRT World, Al Jazeera) on the "
                     "evacuations from Eastern Ghouta, Syria."),
        conforms_to="http://mlcommons.org/croissant/1.1",
        license=[LICENCE_STATEMENT],
        cite_as=citation(),
        version=VERSION,
        date_published=RELEASED,
        in_language=languages,
        distribution=distribution,
        record_sets=[split_set, *_enum_sets(enums, used), *record_sets],
    )
    return json.dumps(meta.to_json(), indent=1, sort_keys=True, ensure_ascii=False, default=str) + "\n"
