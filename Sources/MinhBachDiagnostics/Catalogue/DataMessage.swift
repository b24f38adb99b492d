/// Messages about data tables (`MB2xxx`): `MB21xx` Excel workbooks as
/// files, their sheets and their cells; `MB22xx` text tables;
/// `MB23xx` the typed fields of records, what they say together, and
/// references; `MB24xx` loading tables and checks over whole tables.
public enum DataMessage: Int, MessageCatalogue {
    // The workbook as a file.
    case workbookOldExcel = 101
    case workbookPassword = 102
    case workbookEmptyFile = 103
    case workbookIsCSV = 104
    case workbookIsHTML = 105
    case workbookNotZip = 106
    case workbookTruncated = 107
    case workbookIsWord = 108
    case workbookIsPowerPoint = 109
    case workbookIsOpenDocument = 110
    case workbookMissingPart = 111
    case workbookDamagedPart = 112
    case workbookPartTooLarge = 113
    case workbookZipBomb = 114
    case workbookInvalidXML = 115
    case workbookTooDeep = 116
    case workbookTooManyTexts = 117
    case workbookNoSheets = 118
    case workbookMissingSheet = 119
    case workbookCellOutsideSheet = 120
    // Its sheets.
    case sheetsNamedLikeOneTable = 121
    case sheetHidden = 122
    case sheetWithoutHeader = 123
    case sheetEmpty = 124
    case firstSheetWithoutHeader = 125
    case firstSheetEmpty = 126
    case noSheetNamedLikeATable = 127
    case sheetsIgnored = 128
    // Its cells.
    case cellFormulaWithoutValue = 131
    case cellFilledFormulaWithoutValue = 132
    case cellNotANumber = 133
    case cellNonexistentDate = 134
    case cellMerged = 135
    // Excel's error values, each its own code so that different errors are
    // never grouped as one.
    case cellDivisionByZero = 141
    case cellNotAvailable = 142
    case cellBrokenReference = 143
    case cellWrongValueType = 144
    case cellUnknownName = 145
    case cellImpossibleNumber = 146
    case cellNullIntersection = 147
    case cellOtherError = 148
    // Text tables (CSV, TSV): entries in DataMessage+TextTables.swift.
    case columnTwice = 201
    case textTableEmpty = 202
    case textTableTooManyColumns = 203
    case textTableColumnNameTooLong = 204
    case textTableNotUTF8 = 205
    case textTableTooManyFields = 206
    case quoteNeverClosed = 207
    case quoteClosedOnLaterLine = 208
    case textAfterQuote = 209
    case fileUnreadable = 210
    // The typed fields of a record: entries in DataMessage+Records.swift.
    case fieldEmpty = 301
    case fieldNotAnID = 302
    case fieldListNotAnID = 303
    case fieldNotACode = 304
    case fieldNotAWholeNumber = 305
    case fieldOutOfRange = 306
    case fieldNotAYear = 307
    case fieldThousandsSeparators = 308
    case fieldNotANumber = 309
    case fieldFormulaNotANumber = 310
    case fieldNotABoolean = 311
    case fieldNotAChoice = 312
    case fieldNotAChoiceUnlike = 313
    // Tables as a whole.
    case namesWithoutEnglish = 314
    case duplicateRow = 315
    case codeLostZeros = 316
    case codesLostZeros = 317
    case codeTooLong = 318
    // What a record's fields say together, and dates: entries in DataMessage+Records.swift.
    case periodEndBeforeStart = 319
    case observationDerivedWritten = 320
    case sumOfLegacyOutside2025 = 321
    case sumOfLegacySplitUnit = 322
    case baselineWithoutItsYear = 323
    case baselineNotBeforeTarget = 324
    case documentPageNotSitePath = 325
    case documentURLNotWeb = 326
    case deadlineUnclear = 327
    case criterionNotANumber = 328
    case criterionTwice = 329
    case levelNeedsAllCriteria = 330
    case provinceWithParent = 331
    case unitWithoutParent = 332
    case districtIn2025 = 333
    case projectsNotAList = 334
    case budgetNegative = 335
    case dateMonthFirst = 336
    case dateDoesNotExist = 337
    case dateOtherSpelling = 338
    case dateNotADate = 339
    // References to other records and areas, figures out of range: entries in DataMessage+Records.swift.
    case referenceMissingNear = 340
    case referenceMissingNoRecords = 341
    case referenceMissing = 342
    case referenceRejected = 343
    case referenceUnreadable = 344
    case areaInOtherSchemeByYearLegacy = 345
    case areaInOtherSchemeByYear2025 = 346
    case areaInOtherSchemeByDateLegacy = 347
    case areaInOtherSchemeByDate2025 = 348
    case areaInOtherSchemeStated = 349
    case areaCodesSwapped = 350
    case areaMissingNear = 351
    case areaMissing = 352
    case areaWrongLevel = 353
    case percentOutOfRange = 354
    case countNegative = 355
    case criteriaOver19 = 356
    case budgetYearOutsideProgramme = 357
    case amountNegative = 358
    // Loading tables: entries in DataMessage+Loading.swift.
    case yamlTableEmpty = 401
    case jsonTableEmpty = 402
    case listOfRecordsExpected = 403
    case recordNotKeyValues = 404
    // Checks over whole tables: entries in DataMessage+Checks.swift.
    case parentMissing = 405
    case parentWrongLevel = 406
    case povertyStandardsOverlap = 407
    case criteriaTableIncomplete = 408
    case derivePartsWithoutRatio = 409
    case derivePercentageSum = 410
    case deriveRatioWithoutNumerator = 411
    case deriveRatioWithoutDenominator = 412
    case ratioPartMissingNear = 413
    case ratioPartMissing = 414
    case ratioPartNotSummed = 415
    // Table files and their columns, heritage files: entries in DataMessage+Loading.swift.
    case tableInTwoFiles = 416
    case encodedFileUnknownNear = 417
    case encodedFileUnknown = 418
    case spreadsheetNotXLSX = 419
    case tableFileNotATableNear = 420
    case tableFileNotATable = 421
    case fileNotATableNear = 422
    case fileNotATable = 423
    case unknownColumnNear = 424
    case unknownColumn = 425
    case tableWithoutColumns = 426
    case sheetWithoutColumns = 427
    case heritageNotMarkdown = 428
    case heritageFileNameNotAnID = 429
    case heritageWithoutFrontMatter = 430
    case heritageFrontMatterNotKeyValues = 431
    case heritageUnknownKeyNear = 432
    case heritageUnknownKey = 433

    public static let area = MessageArea.data
    public var number: Int { rawValue }

    public var entry: MessageEntry {
        switch self {
        case .workbookOldExcel:
            return MessageEntry(
                .error, title: .text(vi: "Sổ tính Excel 97-2003 mang đuôi .xlsx", en: "An Excel 97-2003 workbook named .xlsx"),
                message: .text(vi: "Tệp là sổ tính Excel 97-2003 (.xls) kiểu cũ, dù tên tệp có đuôi .xlsx",
                               en: "the file is an old Excel 97-2003 (.xls) workbook, though its name ends in .xlsx"),
                hint: .text(vi: "Hãy mở tệp bằng Excel và lưu lại với kiểu 'Excel Workbook (*.xlsx)'",
                            en: "open it in Excel and save it again as 'Excel Workbook (*.xlsx)'"),
                explanation: .text(
                    vi: "MinhBạch chỉ đọc được sổ tính .xlsx (Excel 2007 trở về sau). Tệp này là sổ tính kiểu cũ đã bị đổi tên thành .xlsx, nên không đọc được.",
                    en: "MinhBạch reads .xlsx workbooks (Excel 2007 and later) only. This file is an older workbook renamed to .xlsx, so it cannot be read."))
        case .workbookPassword:
            return MessageEntry(
                .error, title: .text(vi: "Sổ tính có mật khẩu", en: "A workbook with a password"),
                message: .text(vi: "Sổ tính được bảo vệ bằng mật khẩu nên không đọc được",
                               en: "the workbook is protected by a password, so it cannot be read"),
                hint: .text(vi: "Hãy gỡ mật khẩu (trong Excel: File › Info › Protect Workbook › Encrypt with Password, xoá mật khẩu rồi lưu; trong LibreOffice: File › Save As, bỏ chọn 'Save with password')",
                            en: "remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, clear it, save; in LibreOffice: File › Save As, untick 'Save with password')"),
                explanation: .text(
                    vi: "Excel mã hoá toàn bộ sổ tính có mật khẩu. Dữ liệu công khai trên trang web không cần mật khẩu; hãy giữ bản có mật khẩu ở nơi khác.",
                    en: "Excel encrypts the whole of a workbook saved with a password. Data published on the site needs none; keep the protected copy elsewhere."))
        case .workbookEmptyFile:
            return MessageEntry(
                .error, title: .text(vi: "Tệp rỗng", en: "An empty file"),
                message: .text(vi: "Tệp rỗng (0 byte), không phải sổ tính", en: "the file is empty (0 bytes): it is not a workbook"),
                hint: .text(vi: "Hãy chép lại sổ tính từ nơi lưu giữ, hoặc xoá tệp này",
                            en: "copy the workbook again from where it is kept, or delete this file"),
                explanation: .text(vi: "Tệp không có nội dung, thường do sao chép hoặc tải về bị gián đoạn.",
                                   en: "The file has no content, usually because a copy or a download was interrupted."))
        case .workbookIsCSV:
            return MessageEntry(
                .error, title: .text(vi: "Bảng CSV mang đuôi .xlsx", en: "A CSV table named .xlsx"),
                message: .text(vi: "Tệp là bảng văn bản (CSV), không phải sổ tính .xlsx, dù tên tệp có đuôi .xlsx",
                               en: "the file is a text table (CSV), not an .xlsx workbook, though its name ends in .xlsx"),
                hint: .text(vi: "Hãy đổi tên tệp thành '{name}.csv'", en: "rename it to '{name}.csv'"),
                example: [MessageArgument("name", "so-lieu")],
                explanation: .text(vi: "Tệp chứa văn bản phân cách bằng dấu phẩy hoặc chấm phẩy. MinhBạch đọc được tệp CSV khi tên tệp có đuôi .csv.",
                                   en: "The file holds text separated by commas or semicolons. MinhBạch reads it as a CSV table once its name ends in .csv."))
        case .workbookIsHTML:
            return MessageEntry(
                .error, title: .text(vi: "Trang web mang đuôi .xlsx", en: "A web page named .xlsx"),
                message: .text(vi: "Tệp là một trang web (HTML), như một số phần mềm xuất ra dưới tên 'Excel', không phải sổ tính .xlsx",
                               en: "the file is a web page (HTML), as some programs export their 'Excel' files, not an .xlsx workbook"),
                hint: .saveAs,
                explanation: .text(vi: "Nhiều phần mềm quản lý xuất báo cáo 'Excel' thực chất là trang HTML. Mở tệp bằng Excel rồi lưu lại sẽ được sổ tính thật.",
                                   en: "Many management programs export 'Excel' reports that are really HTML pages. Opening the file in Excel and saving it again makes a real workbook."))
        case .workbookNotZip:
            return MessageEntry(
                .error, title: .text(vi: "Không phải sổ tính .xlsx", en: "Not an .xlsx workbook"),
                message: .text(vi: "Tệp không phải sổ tính .xlsx, hoặc đã bị hỏng (không phải tệp nén ZIP)",
                               en: "the file is not an .xlsx workbook, or it is damaged (it is not a ZIP archive)"),
                hint: .saveAs,
                explanation: .text(vi: "Sổ tính .xlsx là một tệp nén ZIP; tệp này không phải vậy.",
                                   en: "An .xlsx workbook is a ZIP archive; this file is not one."))
        case .workbookTruncated:
            return MessageEntry(
                .error, title: .text(vi: "Sổ tính bị cắt cụt", en: "A truncated workbook"),
                message: .text(vi: "Sổ tính bị hỏng hoặc không đầy đủ: không đọc được danh mục ZIP của tệp",
                               en: "the workbook is damaged or incomplete: its ZIP directory cannot be read"),
                hint: .text(vi: "Hãy chép lại sổ tính từ nơi lưu giữ (bản sao hoặc bản tải về có thể bị cắt ngang); nếu Excel cũng không mở được, hãy dùng một bản trước đó",
                            en: "copy the workbook again from where it is kept (a copy or download may have been cut short); if Excel cannot open it either, use an earlier copy"),
                explanation: .text(vi: "Danh mục của tệp nén nằm ở cuối tệp; khi tệp bị cắt ngang thì danh mục bị mất.",
                                   en: "A ZIP archive's directory is at its end; a file cut short has lost it."))
        case .workbookIsWord:
            return MessageEntry(
                .error, title: .text(vi: "Văn bản Word mang đuôi .xlsx", en: "A Word document named .xlsx"),
                message: .text(vi: "Tệp là văn bản Word, không phải sổ tính Excel, dù tên tệp có đuôi .xlsx",
                               en: "the file is a Word document, not an Excel workbook, though its name ends in .xlsx"),
                hint: .text(vi: "Hãy đổi tên tệp thành '{name}.docx' và để nó ngoài content/data, thư mục chỉ dành cho bảng dữ liệu",
                            en: "rename it to '{name}.docx' and keep it outside content/data, which holds the data tables only"),
                example: [MessageArgument("name", "so-lieu")],
                explanation: .text(vi: "Mọi tệp trong content/data được đọc như bảng dữ liệu.",
                                   en: "Every file in content/data is read as a data table."))
        case .workbookIsPowerPoint:
            return MessageEntry(
                .error, title: .text(vi: "Bản trình chiếu mang đuôi .xlsx", en: "A presentation named .xlsx"),
                message: .text(vi: "Tệp là bản trình chiếu PowerPoint, không phải sổ tính Excel, dù tên tệp có đuôi .xlsx",
                               en: "the file is a PowerPoint presentation, not an Excel workbook, though its name ends in .xlsx"),
                hint: .text(vi: "Hãy đổi tên tệp thành '{name}.pptx' và để nó ngoài content/data, thư mục chỉ dành cho bảng dữ liệu",
                            en: "rename it to '{name}.pptx' and keep it outside content/data, which holds the data tables only"),
                example: [MessageArgument("name", "so-lieu")],
                explanation: .text(vi: "Mọi tệp trong content/data được đọc như bảng dữ liệu.",
                                   en: "Every file in content/data is read as a data table."))
        case .workbookIsOpenDocument:
            return MessageEntry(
                .error, title: .text(vi: "Bảng tính OpenDocument mang đuôi .xlsx", en: "An OpenDocument spreadsheet named .xlsx"),
                message: .text(vi: "Tệp là bảng tính OpenDocument (.ods), không phải sổ tính Excel, dù tên tệp có đuôi .xlsx",
                               en: "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook, though its name ends in .xlsx"),
                hint: .text(vi: "Hãy mở tệp bằng LibreOffice và lưu với kiểu 'Excel 2007-365 (.xlsx)'",
                            en: "open it in LibreOffice and save it as 'Excel 2007-365 (.xlsx)'"),
                explanation: .text(vi: "MinhBạch đọc sổ tính .xlsx; LibreOffice lưu được bảng tính theo kiểu này.",
                                   en: "MinhBạch reads .xlsx workbooks; LibreOffice can save a spreadsheet as one."))
        case .workbookMissingPart:
            return MessageEntry(
                .error, title: .text(vi: "Sổ tính thiếu một phần", en: "A workbook missing a part"),
                message: .text(vi: "Sổ tính bị hỏng: thiếu phần '{part}'", en: "the workbook is damaged: it has no part '{part}'"),
                hint: .saveAs, example: [MessageArgument("part", "xl/workbook.xml")],
                explanation: .damagedWorkbook)
        case .workbookDamagedPart:
            return MessageEntry(
                .error, title: .text(vi: "Một phần của sổ tính không giải nén được", en: "A part that cannot be uncompressed"),
                message: .text(vi: "Sổ tính bị hỏng: không giải nén được phần '{part}'",
                               en: "the workbook is damaged: its part '{part}' cannot be uncompressed"),
                hint: .saveAs, example: [MessageArgument("part", "xl/worksheets/sheet1.xml")],
                explanation: .damagedWorkbook)
        case .workbookPartTooLarge:
            return MessageEntry(
                .error, title: .text(vi: "Một phần của sổ tính quá lớn", en: "A part too large"),
                message: .text(vi: "Phần '{part}' của sổ tính lớn hơn {megabytes} MB khi giải nén nên không được đọc",
                               en: "the workbook's part '{part}' is larger than {megabytes} MB uncompressed; it is not read"),
                hint: .splitWorkbook,
                example: [MessageArgument("part", "xl/worksheets/sheet1.xml"), MessageArgument("megabytes", "512")],
                explanation: .workbookLimit)
        case .workbookZipBomb:
            return MessageEntry(
                .error, title: .text(vi: "Một phần giải nén ra quá lớn", en: "A part that uncompresses to far too much"),
                message: .text(vi: "Phần '{part}' của sổ tính khi giải nén lớn hơn rất nhiều so với bất kỳ trang tính nào nên không được đọc",
                               en: "the workbook's part '{part}' uncompresses to far more than any sheet does; it is not read"),
                hint: .saveAs, example: [MessageArgument("part", "xl/worksheets/sheet1.xml")],
                explanation: .workbookLimit)
        case .workbookInvalidXML:
            return MessageEntry(
                .error, title: .text(vi: "XML hỏng trong sổ tính", en: "Invalid XML in a workbook"),
                message: .text(vi: "Sổ tính bị hỏng: '{part}' không phải XML hợp lệ ({detail})",
                               en: "the workbook is damaged: '{part}' is not valid XML ({detail})"),
                hint: .saveAs,
                example: [MessageArgument("part", "xl/sharedStrings.xml"), MessageArgument("detail", "unexpected end of file")],
                explanation: .damagedWorkbook)
        case .workbookTooDeep:
            return MessageEntry(
                .error, title: .text(vi: "XML lồng quá sâu", en: "XML nested too deep"),
                message: .text(vi: "Phần '{part}' của sổ tính lồng XML sâu hơn {depth} cấp nên không được đọc",
                               en: "the workbook's part '{part}' nests XML more than {depth} levels deep; it is not read"),
                hint: .saveAs,
                example: [MessageArgument("part", "xl/worksheets/sheet1.xml"), MessageArgument("depth", "64")],
                explanation: .workbookLimit)
        case .workbookTooManyTexts:
            return MessageEntry(
                .error, title: .text(vi: "Quá nhiều chuỗi văn bản", en: "Too many texts"),
                message: .text(vi: "Sổ tính chứa hơn {limit} chuỗi văn bản khác nhau nên không được đọc",
                               en: "the workbook holds more than {limit} different texts; it is not read"),
                hint: .splitWorkbook, example: [MessageArgument("limit", "2000000")],
                explanation: .workbookLimit)
        case .workbookNoSheets:
            return MessageEntry(
                .error, title: .text(vi: "Sổ tính không có trang tính", en: "A workbook without sheets"),
                message: .text(vi: "Sổ tính không có trang tính nào", en: "the workbook has no sheet"),
                hint: .saveAs, explanation: .damagedWorkbook)
        case .workbookMissingSheet:
            return MessageEntry(
                .error, title: .text(vi: "Không tìm thấy trang tính", en: "A sheet not found"),
                message: .text(vi: "Sổ tính không có trang tính tên '{sheet}'", en: "the workbook has no sheet named '{sheet}'"),
                example: [MessageArgument("sheet", "targets")],
                explanation: .text(vi: "Danh sách trang tính của sổ tính nêu một trang tính không có trong tệp.",
                                   en: "The workbook's list of sheets names a sheet the file does not hold."))
        case .workbookCellOutsideSheet:
            return MessageEntry(
                .error, title: .text(vi: "Ô nằm ngoài trang tính", en: "A cell beyond the sheet"),
                message: .text(vi: "Trang tính có ô '{reference}', vượt quá ô cuối cùng của Excel là {last}: sổ tính không do Excel lưu, hoặc đã bị hỏng",
                               en: "the sheet has a cell '{reference}', beyond Excel's last cell {last}: the workbook was not saved by Excel, or it is damaged"),
                hint: .saveAs,
                example: [MessageArgument("reference", "XFE5"), MessageArgument("last", "XFD1048576")],
                explanation: .damagedWorkbook)
        case .sheetsNamedLikeOneTable:
            return MessageEntry(
                .error, title: .text(vi: "Nhiều trang tính trùng tên một bảng", en: "Several sheets named like one table"),
                message: .text(vi: "Các trang tính {sheets} cùng mang tên bảng '{table}'; chỉ '{first}' được đọc",
                               en: "the sheets {sheets} are named like the same table '{table}'; only '{first}' would be read"),
                hint: .text(vi: "Hãy xoá trang tính là bản sao, hoặc gộp hai trang tính làm một (chữ hoa, chữ thường và dấu cách quanh tên trang tính không được phân biệt)",
                            en: "delete the sheet that is a copy, or merge the two into one (case and spaces around a sheet's name do not matter)"),
                example: [MessageArgument("sheets", "'targets', 'Targets '"), MessageArgument("table", "targets"), MessageArgument("first", "targets")],
                explanation: .text(vi: "Một bảng được đọc từ trang tính mang tên bảng đó. Bản sao của trang tính được đổi tên bằng tay sẽ bị bỏ qua, và dữ liệu sửa trong đó không lên trang web.",
                                   en: "A table is read from the sheet named like it. A copy of a sheet renamed by hand would be ignored, and what is corrected in it would not reach the site."))
        case .sheetHidden:
            return MessageEntry(
                .warning, title: .text(vi: "Trang tính bị ẩn", en: "A hidden sheet"),
                message: .text(vi: "Trang tính '{sheet}' đang bị ẩn trong Excel; nó vẫn được đọc và dữ liệu của nó được công bố như mọi trang tính khác",
                               en: "the sheet '{sheet}' is hidden in Excel; it is read, and its data is published like any other"),
                hint: .text(vi: "Hãy bỏ ẩn trang tính (nhấp chuột phải vào thẻ trang tính › Unhide) để người kiểm tra sổ tính nhìn thấy, hoặc xoá nếu dữ liệu của nó không được công bố",
                            en: "unhide it (right-click a sheet tab › Unhide) so that whoever checks the workbook sees it, or delete it if its data should not be published"),
                example: [MessageArgument("sheet", "targets")],
                explanation: .text(vi: "Ẩn trang tính chỉ làm nó khuất khỏi tầm mắt, không loại nó khỏi dữ liệu: công thức ở trang khác có thể dùng nó.",
                                   en: "Hiding a sheet keeps it out of sight, not out of use: formulas elsewhere may depend on it."))
        case .sheetWithoutHeader:
            return MessageEntry(
                .error, title: .text(vi: "Trang tính không có hàng tiêu đề", en: "A sheet without a header row"),
                message: .text(vi: "Không hàng nào của trang tính nêu tên các cột của bảng", en: "no row of the sheet names the table's columns"),
                hint: .header, example: [MessageArgument("columns", "code, name, unit")], explanation: .headerExplanation)
        case .sheetEmpty:
            return MessageEntry(
                .error, title: .text(vi: "Trang tính trống", en: "An empty sheet"),
                message: .text(vi: "Trang tính trống", en: "the sheet is empty"),
                hint: .header, example: [MessageArgument("columns", "code, name, unit")], explanation: .headerExplanation)
        case .firstSheetWithoutHeader:
            return MessageEntry(
                .error, title: .text(vi: "Trang tính đầu tiên không có hàng tiêu đề", en: "A first sheet without a header row"),
                message: .text(vi: "Không hàng nào của trang tính nêu tên các cột của bảng: bảng '{table}' được đọc từ trang tính tên '{table}', sổ tính không có trang tính đó nên bảng được đọc từ trang tính đầu tiên '{sheet}'",
                               en: "no row of the sheet names the table's columns: the table '{table}' is read from the sheet named '{table}', and the workbook has none, so from its first sheet '{sheet}'"),
                hint: .firstSheet, example: [MessageArgument("table", "targets"), MessageArgument("sheet", "Sheet1")], explanation: .headerExplanation)
        case .firstSheetEmpty:
            return MessageEntry(
                .error, title: .text(vi: "Trang tính đầu tiên trống", en: "An empty first sheet"),
                message: .text(vi: "Trang tính trống: bảng '{table}' được đọc từ trang tính tên '{table}', sổ tính không có trang tính đó nên bảng được đọc từ trang tính đầu tiên '{sheet}'",
                               en: "the sheet is empty: the table '{table}' is read from the sheet named '{table}', and the workbook has none, so from its first sheet '{sheet}'"),
                hint: .firstSheet, example: [MessageArgument("table", "targets"), MessageArgument("sheet", "Sheet1")], explanation: .headerExplanation)
        case .noSheetNamedLikeATable:
            return MessageEntry(
                .error, title: .text(vi: "Không trang tính nào mang tên bảng", en: "No sheet named like a table"),
                message: .text(vi: "Không trang tính nào của '{file}' mang tên một bảng: dữ liệu của nó sẽ không có trên trang web",
                               en: "no sheet of '{file}' is named like a table: its data would be missing from the site"),
                hint: .sheetNames, example: [MessageArgument("file", "so-lieu.xlsx"), MessageArgument("suggestion", .didYouMean("'targets'")),
                                             MessageArgument("tables", "indicators, targets, observations")],
                explanation: .sheetNamesExplanation)
        case .sheetsIgnored:
            return MessageEntry(
                .warning, title: .text(vi: "Trang tính bị bỏ qua", en: "Sheets ignored"),
                message: .text(vi: "{sheets} không mang tên bảng nào nên bị bỏ qua", en: "{sheets} not named like a table, and ignored"),
                hint: .sheetNames, example: [MessageArgument("sheets", .text(vi: "Trang tính 'Ghi chú'", en: "the sheet 'Ghi chú' is")), MessageArgument("suggestion", .didYouMean("")),
                                             MessageArgument("tables", "indicators, targets, observations")],
                explanation: .sheetNamesExplanation)
        case .cellFormulaWithoutValue:
            return MessageEntry(
                .error, title: .text(vi: "Công thức chưa có giá trị", en: "A formula without its value"),
                message: .text(vi: "Ô chứa công thức ={formula} nhưng chưa có giá trị đã tính", en: "the cell holds the formula ={formula} but no computed value"),
                hint: .compute, example: [MessageArgument("formula", "SUM(C2:C9)")], explanation: .compute)
        case .cellFilledFormulaWithoutValue:
            return MessageEntry(
                .error, title: .text(vi: "Công thức kéo xuống chưa có giá trị", en: "A filled formula without its value"),
                message: .text(vi: "Ô chứa công thức kéo từ ô {source} (={formula}) nhưng chưa có giá trị đã tính",
                               en: "the cell holds a formula filled from {source} (={formula}) but no computed value"),
                hint: .compute, example: [MessageArgument("source", "D2"), MessageArgument("formula", "B2/C2")], explanation: .compute)
        case .cellNotANumber:
            return MessageEntry(
                .error, title: .text(vi: "Ô kiểu số chứa chữ", en: "A number cell holding text"),
                message: .text(vi: "Ô được đánh dấu là số nhưng chứa '{value}'", en: "the cell is marked as a number but holds '{value}'"),
                hint: .saveAs, example: [MessageArgument("value", "12,5%")],
                explanation: .text(vi: "Excel không bao giờ lưu như vậy; sổ tính do một phần mềm khác tạo ra.",
                                   en: "Excel never stores this; the workbook was made by another program."))
        case .cellNonexistentDate:
            return MessageEntry(
                .error, title: .text(vi: "Ngày 29/02/1900", en: "The date 29/02/1900"),
                message: .text(vi: "Ô chứa ngày 29/02/1900, một ngày không có thật", en: "the cell holds 29/02/1900, a day that did not exist"),
                hint: .text(vi: "Hãy nhập lại ngày", en: "enter the date again"),
                explanation: .text(vi: "Excel tính cả ngày 29/02/1900 dù năm 1900 không nhuận; ô này thường do gõ số 60 vào ô kiểu ngày.",
                                   en: "Excel counts 29/02/1900 though 1900 was no leap year; the cell usually comes from typing 60 into a date cell."))
        case .cellMerged:
            return MessageEntry(
                .error, title: .text(vi: "Ô gộp", en: "A merged cell"),
                message: .text(vi: "Ô được gộp với {anchor} (các ô {range}): chỉ {anchor} chứa giá trị, nên hàng này không có giá trị",
                               en: "the cell is merged with {anchor} (cells {range}): only {anchor} holds the value, so this row has none"),
                hint: .text(vi: "Hãy bỏ gộp ô (trong Excel: Home › Merge & Center) và nhập giá trị vào từng hàng",
                            en: "unmerge the cells (in Excel: Home › Merge & Center) and type the value in every row"),
                example: [MessageArgument("anchor", "A4"), MessageArgument("range", "A4:A6")],
                explanation: .text(vi: "Mỗi hàng của bảng là một bản ghi và cần có giá trị riêng; ô gộp chỉ giữ giá trị ở ô đầu tiên.",
                                   en: "Each row of a table is a record and needs its own value; merged cells keep the value in their first cell only."))
        case .cellDivisionByZero:
            return .excelError("#DIV/0!", meaning: .text(vi: "công thức chia cho 0 hoặc cho một ô trống", en: "its formula divides by zero or by an empty cell"),
                               fix: .text(vi: "Hãy điền số chia, hoặc cho công thức trả về ô trống khi số chia bằng 0 (dùng IF)",
                                          en: "fill in the divisor, or make the formula give an empty cell when it is zero (with IF)"))
        case .cellNotAvailable:
            return .excelError("#N/A", meaning: .text(vi: "hàm tra cứu (VLOOKUP, MATCH…) không tìm thấy gì, hoặc công thức nhận giá trị #N/A",
                                                      en: "a lookup (VLOOKUP, MATCH…) found nothing, or the formula was given #N/A"),
                               fix: .text(vi: "Hãy bổ sung mục còn thiếu vào bảng mà công thức tra cứu, hoặc sửa giá trị cần tìm",
                                          en: "add the missing entry to the table the formula looks in, or correct what it looks for"))
        case .cellBrokenReference:
            return .excelError("#REF!", meaning: .text(vi: "công thức tham chiếu tới các ô đã bị xoá hoặc di chuyển", en: "its formula refers to cells that were deleted or moved"),
                               fix: .text(vi: "Hãy viết lại công thức với các ô cần dùng", en: "write the formula again with the cells it should use"))
        case .cellWrongValueType:
            return .excelError("#VALUE!", meaning: .text(vi: "công thức tính toán với chữ ở chỗ cần số", en: "its formula computes with text where a number is needed"),
                               fix: .text(vi: "Hãy sửa các ô mà công thức dùng để chúng chứa số", en: "correct the cells the formula uses so that they hold numbers"))
        case .cellUnknownName:
            return .excelError("#NAME?", meaning: .text(vi: "công thức dùng một tên hoặc hàm mà phần mềm không biết", en: "its formula uses a name or function the program does not know"),
                               fix: .text(vi: "Hãy sửa chính tả tên hàm hoặc tên vùng trong công thức", en: "correct the spelling of the function or name in the formula"))
        case .cellImpossibleNumber:
            return .excelError("#NUM!", meaning: .text(vi: "công thức cho ra một số quá lớn hoặc không thể có", en: "its formula gives a number too large or impossible"),
                               fix: .text(vi: "Hãy kiểm tra các số mà công thức dùng", en: "check the numbers the formula uses"))
        case .cellNullIntersection:
            return .excelError("#NULL!", meaning: .text(vi: "công thức tham chiếu tới các vùng không giao nhau", en: "its formula refers to ranges that do not meet"),
                               fix: .text(vi: "Hãy sửa các vùng trong công thức (A1:A5, không phải A1 A5)", en: "correct the ranges in the formula (A1:A5, not A1 A5)"))
        case .cellOtherError:
            return MessageEntry(
                .error, title: .text(vi: "Ô chứa giá trị lỗi", en: "A cell holding an error value"),
                message: .text(vi: "Ô chứa lỗi {value}", en: "the cell holds the error {value}"),
                hint: .text(vi: "Hãy sửa công thức hoặc các ô mà nó dùng, hoặc nhập trực tiếp giá trị",
                            en: "correct the formula or the cells it uses, or enter the value itself"),
                example: [MessageArgument("value", "#SPILL!")], explanation: .excelError)
        case .columnTwice: return .columnTwice
        case .textTableEmpty: return .textTableEmpty
        case .textTableTooManyColumns: return .textTableTooManyColumns
        case .textTableColumnNameTooLong: return .textTableColumnNameTooLong
        case .textTableNotUTF8: return .textTableNotUTF8
        case .textTableTooManyFields: return .textTableTooManyFields
        case .quoteNeverClosed: return .quoteNeverClosed
        case .quoteClosedOnLaterLine: return .quoteClosedOnLaterLine
        case .textAfterQuote: return .textAfterQuote
        case .fileUnreadable: return .fileUnreadable
        case .fieldEmpty: return .fieldEmpty
        case .fieldNotAnID: return .fieldNotAnID
        case .fieldListNotAnID: return .fieldListNotAnID
        case .fieldNotACode: return .fieldNotACode
        case .fieldNotAWholeNumber: return .fieldNotAWholeNumber
        case .fieldOutOfRange: return .fieldOutOfRange
        case .fieldNotAYear: return .fieldNotAYear
        case .fieldThousandsSeparators: return .fieldThousandsSeparators
        case .fieldNotANumber: return .fieldNotANumber
        case .fieldFormulaNotANumber: return .fieldFormulaNotANumber
        case .fieldNotABoolean: return .fieldNotABoolean
        case .fieldNotAChoice: return .fieldNotAChoice
        case .fieldNotAChoiceUnlike: return .fieldNotAChoiceUnlike
        case .namesWithoutEnglish: return .namesWithoutEnglish
        case .duplicateRow: return .duplicateRow
        case .codeLostZeros: return .codeLostZeros
        case .codesLostZeros: return .codesLostZeros
        case .codeTooLong: return .codeTooLong
        case .yamlTableEmpty: return .yamlTableEmpty
        case .jsonTableEmpty: return .jsonTableEmpty
        case .listOfRecordsExpected: return .listOfRecordsExpected
        case .recordNotKeyValues: return .recordNotKeyValues
        case .periodEndBeforeStart: return .periodEndBeforeStart
        case .observationDerivedWritten: return .observationDerivedWritten
        case .sumOfLegacyOutside2025: return .sumOfLegacyOutside2025
        case .sumOfLegacySplitUnit: return .sumOfLegacySplitUnit
        case .baselineWithoutItsYear: return .baselineWithoutItsYear
        case .baselineNotBeforeTarget: return .baselineNotBeforeTarget
        case .documentPageNotSitePath: return .documentPageNotSitePath
        case .documentURLNotWeb: return .documentURLNotWeb
        case .deadlineUnclear: return .deadlineUnclear
        case .criterionNotANumber: return .criterionNotANumber
        case .criterionTwice: return .criterionTwice
        case .levelNeedsAllCriteria: return .levelNeedsAllCriteria
        case .provinceWithParent: return .provinceWithParent
        case .unitWithoutParent: return .unitWithoutParent
        case .districtIn2025: return .districtIn2025
        case .projectsNotAList: return .projectsNotAList
        case .budgetNegative: return .budgetNegative
        case .dateMonthFirst: return .dateMonthFirst
        case .dateDoesNotExist: return .dateDoesNotExist
        case .dateOtherSpelling: return .dateOtherSpelling
        case .dateNotADate: return .dateNotADate
        case .referenceMissingNear: return .referenceMissingNear
        case .referenceMissingNoRecords: return .referenceMissingNoRecords
        case .referenceMissing: return .referenceMissing
        case .referenceRejected: return .referenceRejected
        case .referenceUnreadable: return .referenceUnreadable
        case .areaInOtherSchemeByYearLegacy: return .areaInOtherSchemeByYearLegacy
        case .areaInOtherSchemeByYear2025: return .areaInOtherSchemeByYear2025
        case .areaInOtherSchemeByDateLegacy: return .areaInOtherSchemeByDateLegacy
        case .areaInOtherSchemeByDate2025: return .areaInOtherSchemeByDate2025
        case .areaInOtherSchemeStated: return .areaInOtherSchemeStated
        case .areaCodesSwapped: return .areaCodesSwapped
        case .areaMissingNear: return .areaMissingNear
        case .areaMissing: return .areaMissing
        case .areaWrongLevel: return .areaWrongLevel
        case .percentOutOfRange: return .percentOutOfRange
        case .countNegative: return .countNegative
        case .criteriaOver19: return .criteriaOver19
        case .budgetYearOutsideProgramme: return .budgetYearOutsideProgramme
        case .amountNegative: return .amountNegative
        case .parentMissing: return .parentMissing
        case .parentWrongLevel: return .parentWrongLevel
        case .povertyStandardsOverlap: return .povertyStandardsOverlap
        case .criteriaTableIncomplete: return .criteriaTableIncomplete
        case .derivePartsWithoutRatio: return .derivePartsWithoutRatio
        case .derivePercentageSum: return .derivePercentageSum
        case .deriveRatioWithoutNumerator: return .deriveRatioWithoutNumerator
        case .deriveRatioWithoutDenominator: return .deriveRatioWithoutDenominator
        case .ratioPartMissingNear: return .ratioPartMissingNear
        case .ratioPartMissing: return .ratioPartMissing
        case .ratioPartNotSummed: return .ratioPartNotSummed
        case .tableInTwoFiles: return .tableInTwoFiles
        case .encodedFileUnknownNear: return .encodedFileUnknownNear
        case .encodedFileUnknown: return .encodedFileUnknown
        case .spreadsheetNotXLSX: return .spreadsheetNotXLSX
        case .tableFileNotATableNear: return .tableFileNotATableNear
        case .tableFileNotATable: return .tableFileNotATable
        case .fileNotATableNear: return .fileNotATableNear
        case .fileNotATable: return .fileNotATable
        case .unknownColumnNear: return .unknownColumnNear
        case .unknownColumn: return .unknownColumn
        case .tableWithoutColumns: return .tableWithoutColumns
        case .sheetWithoutColumns: return .sheetWithoutColumns
        case .heritageNotMarkdown: return .heritageNotMarkdown
        case .heritageFileNameNotAnID: return .heritageFileNameNotAnID
        case .heritageWithoutFrontMatter: return .heritageWithoutFrontMatter
        case .heritageFrontMatterNotKeyValues: return .heritageFrontMatterNotKeyValues
        case .heritageUnknownKeyNear: return .heritageUnknownKeyNear
        case .heritageUnknownKey: return .heritageUnknownKey
        }
    }
}

extension MessageEntry {
    /// One of Excel's error values: what it means and what to do, so that an
    /// office can correct the formula.
    static func excelError(_ value: String, meaning: LocalizedText, fix: LocalizedText) -> MessageEntry {
        MessageEntry(
            .error, title: .text(vi: "Ô chứa lỗi \(value)", en: "A cell holding \(value)"),
            message: .text(vi: "Ô chứa lỗi \(value): \(meaning.vi)", en: "the cell holds the error \(value): \(meaning.en)"),
            hint: .text(vi: fix.vi + ", hoặc nhập trực tiếp giá trị", en: fix.en + ", or enter the value itself"),
            explanation: .excelError)
    }
}

extension LocalizedText {
    static let saveAs = LocalizedText(
        vi: "Hãy mở tệp bằng Excel và lưu lại với kiểu 'Excel Workbook (*.xlsx)', hoặc lưu trang tính với kiểu 'CSV UTF-8 (Comma delimited)'",
        en: "open it in Excel and save it again as 'Excel Workbook (*.xlsx)', or save the sheet as 'CSV UTF-8 (Comma delimited)'")
    static let splitWorkbook = LocalizedText(
        vi: "Hãy tách dữ liệu thành các sổ tính nhỏ hơn, hoặc lưu trang tính với kiểu CSV",
        en: "split the data into smaller workbooks, or save the sheet as CSV")
    static let damagedWorkbook = LocalizedText(
        vi: "Sổ tính .xlsx là một tệp nén gồm nhiều phần XML. Phần được nêu bị thiếu hoặc hỏng, thường do tệp bị sao chép dở dang hoặc do một phần mềm khác Excel tạo ra. Mở và lưu lại bằng Excel thường sửa được.",
        en: "An .xlsx workbook is a ZIP archive of XML parts. The part named is missing or damaged, usually because the file was copied only in part or made by a program other than Excel. Opening and saving it in Excel usually repairs it.")
    static let workbookLimit = LocalizedText(
        vi: "Để một tệp hỏng hoặc cố ý gây hại không làm treo việc dựng trang, MinhBạch giới hạn kích thước mỗi phần của sổ tính. Sổ tính thật của một cơ quan không bao giờ chạm tới giới hạn này.",
        en: "So that a damaged or hostile file cannot stall the build, MinhBạch limits the size of each part of a workbook. An office's real workbooks never come near the limits.")
    static let header = LocalizedText(
        vi: "Hàng đầu tiên của bảng phải nêu tên các cột: {columns}", en: "the first row of the table must name its columns: {columns}")
    static let headerExplanation = LocalizedText(
        vi: "Một bảng bắt đầu bằng hàng tiêu đề nêu tên các cột (các hàng tiêu đề, ghi chú phía trên nó được bỏ qua). Trang tính không có hàng như vậy thì không đọc được bảng.",
        en: "A table starts with a header row naming its columns (title and note rows above it are skipped). A sheet without such a row holds no table that can be read.")
    static let sheetNamesExplanation = LocalizedText(
        vi: "Mỗi trang tính của sổ tính được đọc như bảng mang cùng tên (không phân biệt chữ hoa, chữ thường). Trang tính mang tên khác bị bỏ qua, để sổ tính có thể có trang ghi chú.",
        en: "Each sheet of a workbook is read as the table with its name (case does not matter). Sheets named otherwise are ignored, so that a workbook can hold notes.")
    static let firstSheet = LocalizedText(
        vi: "Hãy đặt tên '{table}' cho trang tính chứa bảng, hoặc chuyển trang tính đó lên đầu", en: "name the sheet that holds the table '{table}', or move it first")
    static let sheetNames = LocalizedText(
        vi: "{suggestion}Một trang tính được đọc khi nó mang tên bảng của nó: {tables}",
        en: "{suggestion}a sheet is read when it is named like its table: {tables}")
    static let compute = LocalizedText(
        vi: "Hãy mở sổ tính bằng Excel hoặc LibreOffice và lưu lại, để giá trị được lưu cùng công thức",
        en: "open the workbook in Excel or LibreOffice and save it again, so that the value is stored with the formula")
    static let excelError = LocalizedText(
        vi: "Excel lưu kết quả của mỗi công thức cùng công thức. Khi công thức lỗi, kết quả là một giá trị lỗi như #DIV/0! hay #N/A; trang web không thể hiện một giá trị lỗi như một con số.",
        en: "Excel stores each formula's result with the formula. When the formula fails, the result is an error value such as #DIV/0! or #N/A, which the site cannot show as a figure.")

    /// `did you mean 'targets'? ` before the hint, or nothing.
    public static func didYouMean(_ names: String) -> LocalizedText {
        names.isEmpty ? LocalizedText(vi: "", en: "") : LocalizedText(vi: "Có phải ý bạn là \(names)? ", en: "did you mean \(names)? ")
    }
}
