"""``read_postings``: any supported posting file or DataFrame to the normalized table."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from dreamfit.errors import InputError, ParameterError
from dreamfit.models import POSTING_COLUMNS
from dreamfit.postings.dedup import group_duplicates
from dreamfit.postings.load import RawTable, flatten_cell, load_table, unique_columns
from dreamfit.postings.normalize import normalize_fields
from dreamfit.postings.schemas import map_fields

__all__ = ["RAW_PREFIX", "REJECT_COLUMNS", "Rejects", "read_postings"]

RAW_PREFIX = "raw_"
"""Prefix of the original input columns kept beside the normalized ones."""

REJECT_COLUMNS = ("row", "reason", "id", "title")
"""Columns of ``table.attrs["rejects"]``."""


class _CellwiseEquality(pd.DataFrame):
    """The result of comparing :class:`Rejects`: true only when every cell is equal."""

    def __bool__(self) -> bool:  # type: ignore[misc,override]
        return bool(self.to_numpy().all())


class Rejects(pd.DataFrame):
    """The rejected input rows: a DataFrame that can sit in ``DataFrame.attrs``.

    pandas compares the ``attrs`` of the inputs of ``merge`` / ``concat`` with ``==`` and takes
    the truth of the result; for plain DataFrames that raises "truth value ... is ambiguous".
    Comparing two ``Rejects`` gives a frame whose truth is "every cell equal", so postings tables
    join and concatenate. Everything else behaves as a DataFrame (its own truth is ambiguous).
    """

    @property
    def _constructor(self) -> type[Rejects]:
        return Rejects

    def __eq__(self, other: object) -> _CellwiseEquality:  # type: ignore[override]
        if isinstance(other, pd.DataFrame) and other.shape != self.shape:
            return _CellwiseEquality(pd.DataFrame([[False]]))
        result = pd.DataFrame(self).__eq__(other)
        return _CellwiseEquality(result)


def _frame_table(frame: pd.DataFrame) -> RawTable:
    if len(frame.columns) == 0:
        raise InputError("<DataFrame>: no columns")
    if len(frame) == 0:
        raise InputError("<DataFrame>: no rows")
    raw = frame.reset_index(drop=True).copy()
    raw.columns = unique_columns([str(c) for c in raw.columns])
    for col in raw.columns:
        if raw[col].dtype == object:
            raw[col] = [flatten_cell(v) for v in raw[col].tolist()]
    return RawTable(raw, list(range(1, len(raw) + 1)), [], "dataframe")


def read_postings(
    source: str | os.PathLike[str] | pd.DataFrame,
    *,
    columns: Mapping[str, str] | None = None,
    schema: str | None = None,
    dedup: bool = True,
) -> pd.DataFrame:
    """Read job postings into one normalized table.

    Parameters
    ----------
    source : str, path or pandas.DataFrame
        A CSV (any common delimiter and encoding; JobSpy's escaped dialect included), JSON (a list of
        objects, or an object with a list under ``data``), JSON Lines file, or a DataFrame.
    columns : mapping, optional
        ``{field: input column}`` for columns that detection does not find, e.g.
        ``{"title": "Position", "description": "Details"}``. Fields are listed in
        :data:`dreamfit.postings.schemas.FIELDS`.
    schema : str, optional
        Force a source format (``jobspy``, ``indeed``, ``linkedin``, ``glassdoor``, ``arbeitnow``,
        ``hackernews``, ``generic``) instead of detecting it.
    dedup : bool, default True
        Group near-duplicates into ``dup_group`` (nothing is dropped either way).

    Returns
    -------
    pandas.DataFrame
        The columns of :class:`dreamfit.models.Posting` first, then each input column prefixed with
        ``raw_``. ``attrs["rejects"]`` is a DataFrame of the input rows that could not be used
        (``row``: 1-based data row, ``reason``, ``id``, ``title``); rows in the table plus rows in the
        rejects are exactly the input's rows. ``attrs["schema"]`` names the detected format and
        ``attrs["source"]`` the file.

    Raises
    ------
    InputError
        The input cannot be used at all (missing, empty, header only, binary, not a table, no text
        column); the message names the file and the problem on one line.

    Examples
    --------
    >>> import pandas as pd
    >>> table = read_postings(pd.DataFrame({"title": ["Nurse (m/w/d)", None],
    ...                                     "description": ["Teilzeit, 3.000 € brutto im Monat", None]}))
    >>> table[["id", "title", "salary_min", "salary_currency"]].to_dict("records")
    [{'id': '0', 'title': 'Nurse (m/w/d)', 'salary_min': 36000.0, 'salary_currency': 'EUR'}]
    >>> table.attrs["rejects"][["row", "reason"]].to_dict("records")
    [{'row': 2, 'reason': 'no text: title and description are both empty'}]
    """
    if isinstance(source, pd.DataFrame):
        name = "<DataFrame>"
        raw = _frame_table(source)
    elif isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        raw = load_table(Path(name))
    else:
        raise ParameterError(
            "The 'source' parameter of read_postings must be a path or a pandas DataFrame. "
            f"Got {type(source).__name__} instead."
        )
    frame = raw.frame
    schema_name, fields = map_fields(frame, name=name, schema=schema, columns=columns)
    rows = pd.Series(raw.rows, index=frame.index, dtype="int64")
    table, no_text = normalize_fields(fields, rows)
    rejects = [
        {"row": row, "reason": reason, "id": None, "title": None} for row, reason in raw.rejects
    ]
    if no_text.any():
        for _, rec in table.loc[no_text, ["row", "id"]].iterrows():
            rejects.append(
                {
                    "row": int(rec["row"]),
                    "reason": "no text: title and description are both empty",
                    "id": rec["id"],
                    "title": None,
                }
            )
        table = table.loc[~no_text]
        frame = frame.loc[~no_text]
    if dedup:
        table["dup_group"] = group_duplicates(
            table["title"], table["company"], table["location"], table["description"], table["id"]
        )
    else:
        table["dup_group"] = table["id"]
    originals = frame.copy(deep=False)
    originals.columns = [f"{RAW_PREFIX}{c}" for c in originals.columns]
    out = pd.concat([table[list(POSTING_COLUMNS)], originals], axis=1).reset_index(drop=True)
    reject_frame = Rejects(rejects, columns=list(REJECT_COLUMNS))
    reject_frame = reject_frame.sort_values("row", kind="stable").reset_index(drop=True)
    out.attrs["rejects"] = reject_frame
    out.attrs["schema"] = schema_name
    out.attrs["source"] = name
    return out
