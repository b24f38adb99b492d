#!/usr/bin/env python3
"""Makes the workbook fixtures of the data tests with real programs.

- example/<table>.xlsx: every CSV table of the example site (content/data)
  converted by LibreOffice headless, as an office would open and save it.
- edge/: valid tables written with openpyxl and re-saved by LibreOffice
  (title rows, merged cells, formulas with cached values, dates in the
  1900 and 1904 systems, inline strings, a workbook of several sheets).
- ../bad/xlsx-*/: broken workbooks for the bad-data corpus, one problem a case.

Needs `soffice` (Debian: libreoffice-calc-nogui) and `pip install openpyxl
msoffcrypto-tool python-docx`.
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


# A profile of its own: with the user's profile, a LibreOffice already open
# would take the conversion over, or leave this one waiting.
PROFILE = "file://" + os.path.join(tempfile.gettempdir(), "minhbach-fixtures-lo-profile")


def soffice(args, cwd):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


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

    # Formula errors as LibreOffice computes and stores them.
    folder = case("xlsx-formula-error", observations)
    path = os.path.join(folder, "observations.xlsx")
    def errors(sheet):
        sheet["D6"] = "=D5/0"           # #DIV/0!
        sheet["E7"] = "=NA()"           # #N/A
        sheet["D8"] = '=D7+"x"'         # #VALUE!
        sheet["F4"] = "=#REF!"          # a reference to deleted cells
    observations_workbook(path, errors)
    resaved(path)

    folder = case("xlsx-formula-without-value", observations)
    def formula(sheet):
        sheet["D5"] = "=37/2"
    observations_workbook(os.path.join(folder, "observations.xlsx"), formula)

    # A formula whose computed value is text, in a number column.
    folder = case("xlsx-formula-text-in-number-cell", observations)
    path = os.path.join(folder, "observations.xlsx")
    def percent_text(sheet):
        sheet["D5"] = '=TEXT(37/2;"0.0")&" %"'.replace(";", ",")
    observations_workbook(path, percent_text)
    resaved(path)

    # Shared formulas (a formula filled down, as Excel stores it: the first
    # cell holds the formula, the others point to it) written by a program
    # that never computed them.
    folder = case("xlsx-shared-formula-without-value", observations)
    shared_formulas(os.path.join(folder, "observations.xlsx"))

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

    # The same indicator typed once over two rows, in merged cells.
    folder = case("xlsx-merged-data-cells", observations)
    path = os.path.join(folder, "observations.xlsx")
    def merged(sheet):
        sheet.merge_cells("A4:A5")
    observations_workbook(path, merged)
    resaved(path)

    # A cell beyond Excel's last column (XFD), which openpyxl writes.
    folder = case("xlsx-beyond-last-column", observations)
    def far(sheet):
        sheet["XFE5"] = "ghi chú"
    observations_workbook(os.path.join(folder, "observations.xlsx"), far)

    # Dates typed as text, as they are written in other conventions.
    folder = case("xlsx-dates-as-text", ["documents.yaml"])
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "documents"
    sheet.append(["id", "number", "kind", "date", "issuer", "title"])
    for row in (
        # Text as the site reads it: day first, and ISO.
        ["nd-07-2021", "07/2021/NĐ-CP", "Nghị định", "27/01/2021", "Chính phủ", "Quy định chuẩn nghèo đa chiều"],
        ["qd-241-2025", "241/QĐ-TTg", "Quyết định", "2025-02-04", "Thủ tướng Chính phủ", "Công nhận xã An toàn khu"],
        # Text in other conventions.
        ["qd-15-2024", "15/QĐ-UBND", "Quyết định", "27-01-2024", "Ủy ban nhân dân tỉnh Bắc Kạn", "Phê duyệt danh sách hộ nghèo"],
        ["ct-05-2024", "05/CT-UBND", "Chỉ thị", "2/13/2024", "Ủy ban nhân dân tỉnh Bắc Kạn", "Về công tác giảm nghèo"],
        ["kh-12-2024", "12/KH-UBND", "Kế hoạch", "15.03.2024", "Ủy ban nhân dân tỉnh Bắc Kạn", "Kế hoạch giảm nghèo năm 2024"],
    ):
        sheet.append(row)
    for cell in sheet["D"]:
        cell.number_format = "@"
    path = os.path.join(folder, "documents.xlsx")
    book.save(path)
    resaved(path)

    # observations.xlsx whose first sheet is the empty one a new workbook
    # starts with; the data is on a sheet named otherwise.
    folder = case("xlsx-empty-first-sheet", observations)
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    data = book.create_sheet("Số liệu")
    for row in rows_of(os.path.join(BASE, "observations.csv")):
        data.append(row)
    path = os.path.join(folder, "observations.xlsx")
    book.save(path)
    resaved(path)

    # Files that are not workbooks.
    folder = case("xlsx-not-a-zip", observations)
    with open(os.path.join(folder, "observations.xlsx"), "w") as handle:
        handle.write("<html><head><meta charset=\"utf-8\"></head><body><table>\n"
                     "<tr><td>indicator</td><td>area</td><td>year</td><td>value</td></tr>\n"
                     "<tr><td>poverty_rate</td><td>06</td><td>2024</td><td>18,5</td></tr>\n"
                     "</table></body></html>\n")

    folder = case("xlsx-empty-file", observations)
    open(os.path.join(folder, "observations.xlsx"), "w").close()

    folder = case("xlsx-csv-renamed", observations)
    shutil.copy(os.path.join(BASE, "observations.csv"), os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-truncated", observations)
    path = os.path.join(folder, "observations.xlsx")
    convert_csvs([os.path.join(BASE, "observations.csv")], folder)
    with open(path, "rb") as handle:
        whole = handle.read()
    with open(path, "wb") as handle:
        handle.write(whole[: len(whole) // 2])

    folder = case("xlsx-word-document", observations)
    import docx
    document = docx.Document()
    document.add_paragraph("Báo cáo kết quả giảm nghèo năm 2024")
    document.save(os.path.join(folder, "observations.xlsx"))

    # A real .xls and .ods, saved by LibreOffice; an .xls renamed to .xlsx;
    # an .xlsx encrypted with a password as Excel does it.
    folder = case("xlsx-xls-file", observations)
    convert_csvs([os.path.join(BASE, "observations.csv")], folder)
    resaved(os.path.join(folder, "observations.xlsx"), "xls")
    os.remove(os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-ods-file", observations)
    convert_csvs([os.path.join(BASE, "observations.csv")], folder)
    resaved(os.path.join(folder, "observations.xlsx"), "ods")
    os.remove(os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-xls-renamed", observations)
    convert_csvs([os.path.join(BASE, "observations.csv")], folder)
    resaved(os.path.join(folder, "observations.xlsx"), "xls")
    os.replace(os.path.join(folder, "observations.xls"), os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-password", observations)
    convert_csvs([os.path.join(BASE, "observations.csv")], folder)
    encrypt(os.path.join(folder, "observations.xlsx"), "matkhau")

    # Hostile files.
    folder = case("xlsx-zip-bomb", observations)
    bomb(os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-deep-xml", observations)
    deep(os.path.join(folder, "observations.xlsx"))

    folder = case("xlsx-too-many-strings", observations)
    too_many_strings(os.path.join(folder, "observations.xlsx"))

    # Workbooks of several tables.
    def tables_workbook(folder, name, sheets, hidden=()):
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, table in sheets:
            sheet = book.create_sheet(title)
            if table:
                for row in rows_of(os.path.join(BASE, f"{table}.csv")):
                    sheet.append(row)
            else:
                sheet.append(["Ghi chú: số liệu do phòng Lao động - Thương binh và Xã hội cung cấp"])
            if title in hidden:
                sheet.sheet_state = "hidden"
        path = os.path.join(folder, name)
        book.save(path)
        resaved(path)

    # A sheet holding a table that also has a CSV.
    folder = case("xlsx-table-in-sheet-and-csv")
    tables_workbook(folder, "bang-tong-hop.xlsx", [("targets", "targets")])

    # A workbook of tables whose sheets are all named otherwise.
    folder = case("xlsx-no-sheet-named-like-a-table", ["targets.csv", "tasks.csv"])
    tables_workbook(folder, "du-lieu.xlsx", [("Chỉ tiêu", "targets"), ("Nhiem vu", "tasks")])

    # A sheet of notes beside the tables: a warning.
    folder = case("xlsx-sheet-not-a-table", ["targets.csv"])
    tables_workbook(folder, "du-lieu.xlsx", [("targets", "targets"), ("Ghi chú", None)])

    # Two sheets named like one table: a copy of the sheet, renamed by hand.
    folder = case("xlsx-duplicate-sheets", ["targets.csv"])
    tables_workbook(folder, "du-lieu.xlsx", [("targets", "targets"), ("Targets ", "targets")])

    # A hidden sheet named like a table is read, with a warning.
    folder = case("xlsx-hidden-sheet", ["targets.csv", "tasks.csv"])
    tables_workbook(folder, "du-lieu.xlsx", [("tasks", "tasks"), ("targets", "targets")], hidden=("targets",))


def encrypt(path, password):
    """Encrypts the workbook as Excel does when it is saved with a password
    (an OLE file holding the encrypted package)."""
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(path, "rb") as handle:
        plain = handle.read()
    import io
    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, encrypted)
    with open(path, "wb") as handle:
        handle.write(encrypted.getvalue())


def shared_formulas(path):
    """observations with three of its values as one shared formula filled
    down D3:D5, without computed values."""
    rows = rows_of(os.path.join(BASE, "observations.csv"))
    def cell(reference, text):
        escaped = text.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{reference}" t="inlineStr"><is><t>{escaped}</t></is></c>'
    xml = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for number, row in enumerate(rows, start=1):
        cells = []
        for index, text in enumerate(row):
            reference = "ABCDEFGHIJ"[index] + str(number)
            if index == 3 and 3 <= number <= 5:
                body = "ROUND(H3/I3*100,2)" if number == 3 else ""
                attributes = ' t="shared" ref="D3:D5" si="0"' if number == 3 else ' t="shared" si="0"'
                cells.append(f'<c r="{reference}"><f{attributes}>{body}</f></c>')
            elif text:
                cells.append(cell(reference, text))
        xml.append(f'<row r="{number}">' + "".join(cells) + "</row>")
    xml.append("</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in minimal_parts("".join(xml).encode()).items():
            archive.writestr(name, data)


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
