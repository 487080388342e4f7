"""Write schema/*.schema.json and docs/data.md from the data model (src/jfq/data/model.py)."""

from __future__ import annotations

from pathlib import Path

from jfq.data.describe import SCHEMA_FILES, render_field_reference, render_schema

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    (ROOT / "schema").mkdir(exist_ok=True)
    for name in SCHEMA_FILES:
        (ROOT / "schema" / name).write_text(render_schema(name), encoding="utf-8")
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "data.md").write_text(render_field_reference(), encoding="utf-8")
    print("wrote schema/*.schema.json and docs/data.md")
