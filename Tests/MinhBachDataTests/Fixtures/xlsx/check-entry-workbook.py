#!/usr/bin/env python3
"""Checks, with openpyxl, that a data-entry workbook holds what its sheets
declare: the sheets in order, the header row frozen and bold, a note
(comment) on every described header cell, a list drop-down on the data
cells of every column that has one, and code columns formatted as Text.

Usage: check-entry-workbook.py WORKBOOK EXPECTED.json
EXPECTED.json: [{"name", "rows", "columns": [{"header", "note", "isText",
"choices": null | {"values": [...]} | {"sheet", "column"}}]}]
Prints one line per problem and exits 1 when there is any; else prints "ok".
Run by EntryWorkbookFileTests (Swift).
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def covers(validation, cell):
    return any(cell in rng for rng in validation.sqref.ranges) if hasattr(validation.sqref, "ranges") else cell in str(validation.sqref)


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    expected = json.load(open(sys.argv[2], encoding="utf-8"))
    problems = []
    names = [sheet["name"] for sheet in expected]
    if workbook.sheetnames != names:
        problems.append(f"sheets {workbook.sheetnames}, expected {names}")
    for sheet in expected:
        if sheet["name"] not in workbook.sheetnames:
            continue
        ws = workbook[sheet["name"]]
        where = sheet["name"]
        if ws.freeze_panes != "A2":
            problems.append(f"{where}: frozen pane {ws.freeze_panes!r}, expected 'A2'")
        for index, column in enumerate(sheet["columns"]):
            letter = get_column_letter(index + 1)
            cell = ws[f"{letter}1"]
            if cell.value != column["header"]:
                problems.append(f"{where}!{letter}1: header {cell.value!r}, expected {column['header']!r}")
            if not cell.font.b:
                problems.append(f"{where}!{letter}1: the header is not bold")
            if column["note"] is not None:
                text = cell.comment.text if cell.comment else None
                if text is None or column["note"] not in text:
                    problems.append(f"{where}!{letter}1: note {text!r}, expected {column['note']!r}")
            if column["isText"] and sheet["rows"] > 0:
                data = ws[f"{letter}2"]
                if data.value is not None and data.number_format != "@":
                    problems.append(f"{where}!{letter}2: number format {data.number_format!r}, expected Text '@'")
            choices = column["choices"]
            if choices is None:
                continue
            lists = [v for v in ws.data_validations.dataValidation if v.type == "list" and covers(v, f"{letter}2")]
            if not lists:
                problems.append(f"{where}!{letter}2: no drop-down list")
                continue
            formula = lists[0].formula1 or ""
            if "values" in choices:
                joined = ",".join(choices["values"])
                if formula.strip('"') != joined:
                    problems.append(f"{where}!{letter}: drop-down {formula!r}, expected {joined!r}")
            else:
                other = next((s for s in expected if s["name"] == choices["sheet"]), None)
                headers = [c["header"] for c in other["columns"]] if other else []
                key = get_column_letter(headers.index(choices["column"]) + 1) if choices["column"] in headers else "?"
                want = f"'{choices['sheet']}'!${key}$2:${key}$1048576"
                if formula != want:
                    problems.append(f"{where}!{letter}: drop-down {formula!r}, expected {want!r}")
            if not any(covers(v, f"{letter}1048576") for v in lists):
                problems.append(f"{where}!{letter}: the drop-down does not reach the last row")
            if covers(lists[0], f"{letter}1"):
                problems.append(f"{where}!{letter}1: the header cell has a drop-down")
    for line in problems:
        print(line)
    if problems:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
