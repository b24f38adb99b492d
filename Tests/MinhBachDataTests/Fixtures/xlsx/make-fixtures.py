#!/usr/bin/env python3
"""Makes the workbook fixtures of the data tests with real programs.

- example/<table>.xlsx: every CSV table of the example site (content/data)
  converted by LibreOffice headless, as an office would open and save it.
- edge/: valid tables written with openpyxl and re-saved by LibreOffice
  (title rows, merged cells, formulas with cached values, dates in the
  1900 and 1904 systems, inline strings, a workbook of several sheets).
- ../bad/xlsx-*/: broken workbooks for the bad-data corpus.

Needs `soffice` (Debian: libreoffice-calc-nogui) and `pip install openpyxl`.
The files are committed; run this again only to change them, then re-record
the expectations (MINHBACH_RECORD=1 swift test --filter BadDataTests).
"""
import csv
import datetime
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
EXAMPLE = os.path.join(ROOT, "content/data")
BAD = os.path.join(HERE, "../bad")
BASE = os.path.join(BAD, "_base")
# Comma-separated, double quotes, UTF-8 (76), from line 1, Vietnamese locale
# (1066): how a Vietnamese office's LibreOffice opens a CSV.
CSV_FILTER = "CSV:44,34,76,1,,1066"


def soffice(args, cwd):
    subprocess.run(["soffice", "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert_csvs(sources, out):
    os.makedirs(out, exist_ok=True)
    soffice(["--infilter=" + CSV_FILTER, "--convert-to", "xlsx", "--outdir", out, *sources], cwd=out)



def resaved(path, to="xlsx"):
    """LibreOffice opens the file, computes its formulas and saves it as
    `to` beside it (over it, for xlsx)."""
    with tempfile.TemporaryDirectory() as scratch:
        soffice(["--convert-to", to, "--outdir", scratch, path], cwd=scratch)
        name = os.path.splitext(os.path.basename(path))[0] + "." + to
        shutil.copy(os.path.join(scratch, name), os.path.join(os.path.dirname(path), name))


def rows_of(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.reader(handle))


def case(name, remove=()):
    folder = os.path.join(BAD, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    if remove:
        with open(os.path.join(folder, "remove.txt"), "w") as handle:
            handle.write("".join(f"{item}\n" for item in remove))
    return folder


def number(text):
    """A cell as a spreadsheet would type it: numbers as numbers."""
    try:
        return int(text) if re.fullmatch(r"-?\d+", text) else float(text)
    except ValueError:
        return text


def observations_workbook(path, edit=None, title=True, date1904=False):
    """The base observations as a sheet under a merged title row."""
    rows = rows_of(os.path.join(BASE, "observations.csv"))
    book = openpyxl.Workbook()
    if date1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = book.active
    sheet.title = "observations"
    if title:
        sheet.append(["Số liệu chỉ tiêu giảm nghèo"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        sheet.append([])
    sheet.append(rows[0])
    for row in rows[1:]:
        sheet.append([number(cell) if cell else None for cell in row])
    if edit:
        edit(sheet)
    book.save(path)


def example():
    out = os.path.join(HERE, "example")
    shutil.rmtree(out, ignore_errors=True)
    sources = sorted(os.path.join(EXAMPLE, name) for name in os.listdir(EXAMPLE) if name.endswith(".csv"))
    convert_csvs(sources, out)


def edge():
    out = os.path.join(HERE, "edge")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)

    # Title rows, merged cells, a value computed by a formula, rich text,
    # codes typed as numbers; re-saved by LibreOffice, which stores the
    # formula's value.
    def formulas(sheet):
        sheet["D5"] = "=37/2"  # 18.5, the CSV's second record
        sheet["E4"] = CellRichText([TextBlock(InlineFont(b=True), "offi"), "cial"])
    path = os.path.join(out, "observations.xlsx")
    observations_workbook(path, formulas)
    resaved(path)

    # Inline strings, as openpyxl writes text (Excel and LibreOffice
    # write shared strings).
    observations_workbook(os.path.join(out, "observations-inline.xlsx"))

    # Dates stored as serial numbers in both systems, with a custom format.
    for system, flag in (("1900", False), ("1904", True)):
        book = openpyxl.Workbook()
        if flag:
            book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
        sheet = book.active
        sheet.title = "atk"
        sheet.append(["area", "decision", "date"])
        sheet.append(["01837", "qd-241-2025", datetime.date(2025, 2, 4)])
        sheet["C2"].number_format = "dd/mm/yyyy"
        book.save(os.path.join(out, f"atk-{system}.xlsx"))

    # One workbook, several tables, and a sheet of notes; made by openpyxl
    # and saved by LibreOffice.
    book = openpyxl.Workbook()
    book.remove(book.active)
    for table in ("targets", "tasks"):
        sheet = book.create_sheet(table)
        for row in rows_of(os.path.join(BASE, f"{table}.csv")):
            sheet.append(row)
        for column in sheet.iter_cols(min_row=1, max_row=sheet.max_row):
            for cell in column:
                cell.number_format = "@"
    notes = book.create_sheet("Ghi chú")
    notes.append(["Số liệu do phòng Lao động - Thương binh và Xã hội cung cấp"])
    path = os.path.join(out, "du-lieu.xlsx")
    book.save(path)
    resaved(path)


def bad():
    observations = ["observations.csv"]

    folder = case("xlsx-formula-error", observations)
    path = os.path.join(folder, "observations.xlsx")
    def divide_by_zero(sheet):
        sheet["D6"] = "=D5/0"
    observations_workbook(path, divide_by_zero)
    resaved(path)

    folder = case("xlsx-formula-without-value", observations)
    def formula(sheet):
        sheet["D5"] = "=37/2"
    observations_workbook(os.path.join(folder, "observations.xlsx"), formula)

    folder = case("xlsx-text-in-number-cell", observations)
    def words(sheet):
        sheet["D5"] = "mười tám rưỡi"
        sheet["C6"] = "năm 2024"
    observations_workbook(os.path.join(folder, "observations.xlsx"), words)

    folder = case("xlsx-bad-cell-value", observations)
    def status(sheet):
        sheet["E4"] = "chính thức"
        sheet["B5"] = 99
    observations_workbook(os.path.join(folder, "observations.xlsx"), status)

    folder = case("xlsx-wrong-header", observations)
    def header(sheet):
        sheet["A3"] = "indicatr"
    observations_workbook(os.path.join(folder, "observations.xlsx"), header)

    folder = case("xlsx-no-header", observations)
    def no_header(sheet):
        for cell in sheet[3]:
            cell.value = "x" if cell.value else None
    observations_workbook(os.path.join(folder, "observations.xlsx"), no_header)

    folder = case("xlsx-not-a-zip", observations)
    with open(os.path.join(folder, "observations.xlsx"), "w") as handle:
        handle.write("indicator,area,year,value\n")

    # A real .xls and .ods, saved by LibreOffice; and the .xls renamed to
    # .xlsx, which is what a password-protected workbook looks like too.
    folder = case("xlsx-old-formats", observations + ["targets.csv"])
    convert_csvs([os.path.join(BASE, "observations.csv")], folder)
    resaved(os.path.join(folder, "observations.xlsx"), "xls")
    os.rename(os.path.join(folder, "observations.xlsx"), os.path.join(folder, "observations.tmp"))
    resaved(os.path.join(folder, "observations.tmp"), "ods")
    os.remove(os.path.join(folder, "observations.tmp"))
    shutil.copy(os.path.join(folder, "observations.xls"), os.path.join(folder, "targets.xlsx"))

    folder = case("xlsx-zip-bomb", observations)
    bomb(os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-deep-xml", observations)
    deep(os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-too-many-strings", observations)
    too_many_strings(os.path.join(folder, "observations.xlsx"))

    # A workbook whose sheet holds a table that also has a CSV, a sheet
    # named like no table, and a workbook with no table at all.
    folder = case("xlsx-workbook-sheets")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "targets"
    for row in rows_of(os.path.join(BASE, "targets.csv")):
        sheet.append(row)
    book.create_sheet("Chi tieu").append(["indicator"])
    book.save(os.path.join(folder, "bang-tong-hop.xlsx"))
    book = openpyxl.Workbook()
    book.active.append(["Ghi chú"])
    book.save(os.path.join(folder, "ghi-chu.xlsx"))


def minimal_parts(sheet):
    return {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                           b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                           b'<sheets><sheet name="observations" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      b'<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }


def bomb(path):
    """A sheet of 300 MB of spaces, 300 KB compressed."""
    parts = minimal_parts(b"")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            block = b" " * (1 << 20)
            for _ in range(300):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")


def deep(path):
    """A sheet whose XML nests 10,000 levels deep."""
    body = b"<x>" * 10000 + b"</x>" * 10000
    sheet = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + body + b"</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in minimal_parts(sheet).items():
            archive.writestr(name, data)


def too_many_strings(path):
    """A shared-string table that says it holds three million texts."""
    parts = minimal_parts(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                          b'<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
    parts["xl/sharedStrings.xml"] = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                     b'count="3000000" uniqueCount="3000000"><si><t>indicator</t></si></sst>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


if __name__ == "__main__":
    example()
    edge()
    bad()
