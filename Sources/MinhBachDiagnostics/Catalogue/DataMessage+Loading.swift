/// The entries of `MB24xx` (named in `DataMessage.entry`): loading tables
/// from their files (YAML and JSON tables).
extension MessageEntry {
    static let yamlTableEmpty = MessageEntry(
        .error, title: .text(vi: "Bảng YAML rỗng", en: "An empty YAML table"),
        message: .text(vi: "Tệp rỗng", en: "the file is empty"),
        hint: .text(vi: "Hãy viết danh sách các bản ghi, mỗi bản ghi là một khối '- khoá: giá trị'",
                    en: "write a list of records, one '- key: value' block each"),
        explanation: .recordLists)
    static let jsonTableEmpty = MessageEntry(
        .error, title: .text(vi: "Bảng JSON rỗng", en: "An empty JSON table"),
        message: .text(vi: "Tệp rỗng", en: "the file is empty"),
        hint: .text(vi: "Hãy viết một mảng các bản ghi: {example}", en: "write an array of records: {example}"),
        example: [MessageArgument("example", "[{\"key\": \"value\", ...}, ...]")],
        explanation: .recordLists)
    static let listOfRecordsExpected = MessageEntry(
        .error, title: .text(vi: "Không phải danh sách bản ghi", en: "Not a list of records"),
        message: .text(vi: "Tệp phải là một danh sách các bản ghi", en: "expected a list of records"),
        hint: .text(vi: "Trong YAML mỗi bản ghi bắt đầu bằng '- '; trong JSON mỗi bản ghi là một đối tượng trong một mảng",
                    en: "each record starts with '- ' in YAML, or is an object in a JSON array"),
        explanation: .recordLists)
    static let recordNotKeyValues = MessageEntry(
        .error, title: .text(vi: "Bản ghi không gồm các cặp khoá: giá trị", en: "A record that is not key: value pairs"),
        message: .text(vi: "Mỗi bản ghi phải là một nhóm các cặp 'khoá: giá trị'", en: "a record must be a group of 'key: value' pairs"),
        hint: .text(vi: "Hãy viết mỗi giá trị thành một dòng 'tên cột: giá trị' dưới dấu '- ' của bản ghi",
                    en: "write each value as a 'column: value' line under the record's '- '"),
        explanation: .recordLists)
}

extension LocalizedText {
    static let recordLists = LocalizedText(
        vi: "Một bảng YAML hoặc JSON là danh sách các bản ghi; mỗi bản ghi ghi các cột của nó thành cặp khoá: giá trị, như một dòng của bảng CSV.",
        en: "A YAML or JSON table is a list of records; each record gives its columns as key: value pairs, like one line of a CSV table.")
}

/// The entries of `MB2416`–`MB2432` (named in `DataMessage.entry`): which
/// files of the data folder are tables, their columns, and heritage sites'
/// Markdown files.
extension MessageEntry {
    static let tableInTwoFiles = MessageEntry(
        .error, title: .text(vi: "Một bảng ở hai tệp", en: "A table in two files"),
        message: .text(vi: "Bảng '{table}' có ở hai tệp: {first} và {second}", en: "the table '{table}' is in two files: {first} and {second}"),
        hint: .text(vi: "Hãy chỉ giữ một trong hai tệp", en: "keep one of them"),
        example: [MessageArgument("table", "observations"), MessageArgument("first", .text(vi: "content/data/observations.csv", en: "content/data/observations.csv")),
                  MessageArgument("second", .text(vi: "content/data/so-lieu.xlsx (trang tính 'observations')", en: "content/data/so-lieu.xlsx (sheet 'observations')"))],
        explanation: .text(vi: "Mỗi bảng chỉ được đọc từ một tệp (hoặc một trang tính); khi có hai, MinhBạch không biết tệp nào là bản đúng nên chỉ đọc tệp thứ nhất.",
                           en: "Each table is read from one file (or one sheet); with two, MinhBạch cannot tell which is the right copy, so it reads the first only."))
    static let encodedFileUnknownNear = MessageEntry(
        .warning, title: .text(vi: "'data_encodings' ghi một tệp không có, gần giống tên tệp khác", en: "'data_encodings' naming no table file, close to another"),
        message: .text(vi: "Mục 'data_encodings' ghi tệp '{name}', nhưng đó không phải tệp bảng nào trong {folder}",
                       en: "'data_encodings' names '{name}', which is not a table file in {folder}"),
        hint: .text(vi: "Có phải ý là '{suggestion}'?", en: "did you mean '{suggestion}'?"),
        example: [MessageArgument("name", "observation.csv"), MessageArgument("folder", "content/data"), MessageArgument("suggestion", "observations.csv")],
        explanation: .encodedFiles)
    static let encodedFileUnknown = MessageEntry(
        .warning, title: .text(vi: "'data_encodings' ghi một tệp không có", en: "'data_encodings' naming no table file"),
        message: .text(vi: "Mục 'data_encodings' ghi tệp '{name}', nhưng đó không phải tệp bảng nào trong {folder}",
                       en: "'data_encodings' names '{name}', which is not a table file in {folder}"),
        hint: .text(vi: "Các tệp bảng là: {files}", en: "the table files are: {files}"),
        example: [MessageArgument("name", "bao-cao.csv"), MessageArgument("folder", "content/data"), MessageArgument("files", "areas.csv, observations.csv")],
        explanation: .encodedFiles)
    static let spreadsheetNotXLSX = MessageEntry(
        .error, title: .text(vi: "Bảng tính không phải .xlsx", en: "A spreadsheet that is not .xlsx"),
        message: .text(vi: "Tệp '{name}' là bảng tính nhưng không được đọc như một bảng: dữ liệu của nó sẽ không có trên trang",
                       en: "'{name}' is a spreadsheet, which is not read as a table: its data would be missing from the site"),
        hint: .text(vi: "Hãy lưu lại thành '{target}.xlsx' (trong Excel: File › Save As › 'Excel Workbook (*.xlsx)'; trong LibreOffice: 'Excel 2007-365'){tables}",
                    en: "save it as '{target}.xlsx' (in Excel: File › Save As › 'Excel Workbook (*.xlsx)'; in LibreOffice: 'Excel 2007-365'){tables}"),
        example: [MessageArgument("name", "observations.xls"), MessageArgument("target", "observations"), MessageArgument("tables", .text(vi: "", en: ""))],
        explanation: .text(vi: "MinhBạch đọc sổ tính .xlsx, không đọc .xls, .ods hay .numbers; lưu lại thành .xlsx thì dữ liệu được đọc.",
                           en: "MinhBạch reads .xlsx workbooks, not .xls, .ods or .numbers; saved again as .xlsx, the data is read."))
    private static func notATable(_ severity: Diagnostic.Severity, _ title: LocalizedText, message: LocalizedText, near: Bool) -> MessageEntry {
        MessageEntry(
            severity, title: title, message: message,
            hint: near ? .text(vi: "Có phải ý là '{suggestion}'?", en: "did you mean '{suggestion}'?")
                       : .text(vi: "Các bảng là {tables}, dạng .csv, .tsv, .xlsx, .yaml hoặc .json", en: "tables are {tables} as .csv, .tsv, .xlsx, .yaml or .json"),
            example: [MessageArgument("name", "observation.csv")]
                + (near ? [MessageArgument("suggestion", "observations.csv")] : [MessageArgument("tables", "areas, indicators, observations")]),
            explanation: .text(vi: "Tên tệp (bỏ đuôi) cho biết đó là bảng nào; tệp có tên khác không được đọc.",
                               en: "A file's name (without its extension) says which table it is; a file of another name is not read."))
    }
    static let tableFileNotATableNear = notATable(
        .error, .text(vi: "Tên tệp bảng không ứng với bảng nào, gần giống tên một bảng", en: "A table file named like no table, close to one"),
        message: .tableFileNotATable, near: true)
    static let tableFileNotATable = notATable(
        .error, .text(vi: "Tên tệp bảng không ứng với bảng nào", en: "A table file named like no table"),
        message: .tableFileNotATable, near: false)
    static let fileNotATableNear = notATable(
        .warning, .text(vi: "Tệp lạ trong thư mục dữ liệu, gần giống tên bảng", en: "Another file in the data folder, named close to a table"),
        message: .fileNotATable, near: true)
    static let fileNotATable = notATable(
        .warning, .text(vi: "Tệp lạ trong thư mục dữ liệu", en: "Another file in the data folder"),
        message: .fileNotATable, near: false)
    static let unknownColumnNear = MessageEntry(
        .warning, title: .text(vi: "Cột lạ, gần giống tên cột khác", en: "An unknown column, close to another"),
        message: .text(vi: "Cột lạ '{column}' bị bỏ qua", en: "unknown column '{column}' is ignored"),
        hint: .text(vi: "Có phải ý là '{suggestion}'?", en: "did you mean '{suggestion}'?"),
        example: [MessageArgument("column", "nam"), MessageArgument("suggestion", "name")],
        explanation: .unknownColumns)
    static let unknownColumn = MessageEntry(
        .warning, title: .text(vi: "Cột lạ", en: "An unknown column"),
        message: .text(vi: "Cột lạ '{column}' bị bỏ qua", en: "unknown column '{column}' is ignored"),
        hint: .text(vi: "Các cột của bảng là: {columns}", en: "the columns are: {columns}"),
        example: [MessageArgument("column", "ghi-chu-rieng"), MessageArgument("columns", "id, name_vi, name_en")],
        explanation: .unknownColumns)
    static let tableWithoutColumns = MessageEntry(
        .error, title: .text(vi: "Bảng thiếu cột bắt buộc", en: "A table without a required column"),
        message: .text(vi: "Bảng không có cột {missing}", en: "the table has no column {missing}"),
        hint: .text(vi: "Dòng đầu tiên phải ghi tên các cột: {columns}", en: "the first line must name the columns: {columns}"),
        example: [MessageArgument("missing", "'year'"), MessageArgument("columns", "indicator,area,year,value,status")],
        explanation: .requiredColumns)
    static let sheetWithoutColumns = MessageEntry(
        .error, title: .text(vi: "Trang tính thiếu cột bắt buộc", en: "A sheet without a required column"),
        message: .text(vi: "Bảng không có cột {missing}", en: "the table has no column {missing}"),
        hint: .text(vi: "Dòng tiêu đề phải ghi tên các cột: {columns}", en: "the header row must name the columns: {columns}"),
        example: [MessageArgument("missing", "'year'"), MessageArgument("columns", "indicator,area,year,value,status")],
        explanation: .requiredColumns)
    static let heritageNotMarkdown = MessageEntry(
        .warning, title: .text(vi: "Tệp không phải Markdown trong thư mục di tích", en: "A file that is not Markdown among heritage sites"),
        message: .text(vi: "Chỉ tệp Markdown (.md) mới mô tả di tích; tệp '{name}' bị bỏ qua",
                       en: "only Markdown files (.md) describe heritage sites; '{name}' is ignored"),
        hint: .text(vi: "Hãy chuyển tệp này ra khỏi thư mục di tích, hoặc viết nội dung thành tệp .md", en: "move it out of the heritage folder, or write it as an .md file"),
        example: [MessageArgument("name", "atk-cho-don.docx")],
        explanation: .heritageFiles)
    static let heritageFileNameNotAnID = MessageEntry(
        .error, title: .text(vi: "Tên tệp di tích không phải mã định danh", en: "A heritage file name that is not an id"),
        message: .text(vi: "Tên tệp '{id}' không phải mã định danh hợp lệ", en: "the file name '{id}' is not a valid id"),
        hint: .text(vi: "Hãy đặt tên tệp bằng chữ thường không dấu, chữ số và '-', ví dụ 'atk-cho-don.md'",
                    en: "name the file with lower-case letters, digits and '-', e.g. 'atk-cho-don.md'"),
        example: [MessageArgument("id", "ATK Chợ Đồn")],
        explanation: .heritageFiles)
    static let heritageWithoutFrontMatter = MessageEntry(
        .error, title: .text(vi: "Di tích thiếu phần đầu tệp", en: "A heritage site without front matter"),
        message: .text(vi: "Tệp di tích cần có phần đầu (front matter)", en: "a heritage site needs front matter"),
        hint: .text(vi: "Hãy bắt đầu tệp bằng '---', rồi tên, loại, xếp hạng, địa bàn và ngày công nhận (name, kind, rank, area, recognition_date) của di tích, rồi '---'",
                    en: "start the file with '---', the site's name, kind, rank, area and recognition_date, then '---'"),
        explanation: .heritageFiles)
    static let heritageFrontMatterNotKeyValues = MessageEntry(
        .error, title: .text(vi: "Phần đầu tệp di tích không đúng dạng", en: "Heritage front matter that is not key: value lines"),
        message: .text(vi: "Phần đầu tệp phải là các dòng 'khoá: giá trị'", en: "front matter must be a list of 'key: value' lines"),
        hint: .text(vi: "Hãy viết mỗi thông tin thành một dòng, ví dụ 'name: Khu di tích ATK Chợ Đồn'", en: "write one value a line, e.g. 'name: Khu di tích ATK Chợ Đồn'"),
        explanation: .heritageFiles)
    static let heritageUnknownKeyNear = MessageEntry(
        .warning, title: .text(vi: "Khoá lạ trong tệp di tích, gần giống khoá khác", en: "An unknown key of a heritage site, close to another"),
        message: .text(vi: "Khoá lạ '{key}' bị bỏ qua", en: "unknown key '{key}' is ignored"),
        hint: .text(vi: "Có phải ý là '{suggestion}'?", en: "did you mean '{suggestion}'?"),
        example: [MessageArgument("key", "ranks"), MessageArgument("suggestion", "rank")],
        explanation: .heritageFiles)
    static let heritageUnknownKey = MessageEntry(
        .warning, title: .text(vi: "Khoá lạ trong tệp di tích", en: "An unknown key of a heritage site"),
        message: .text(vi: "Khoá lạ '{key}' bị bỏ qua", en: "unknown key '{key}' is ignored"),
        hint: .text(vi: "Các khoá là: {keys}", en: "the keys are: {keys}"),
        example: [MessageArgument("key", "ghi_chu"), MessageArgument("keys", "name, kind, rank, area")],
        explanation: .heritageFiles)
}

extension LocalizedText {
    static let tableFileNotATable = LocalizedText(
        vi: "Tệp '{name}' không phải bảng dữ liệu nào: dữ liệu của nó sẽ không có trên trang",
        en: "'{name}' is not a data table: its data would be missing from the site")
    static let fileNotATable = LocalizedText(
        vi: "Tệp '{name}' không phải bảng dữ liệu nào nên bị bỏ qua", en: "'{name}' is not a data table; it is ignored")
    static let encodedFiles = LocalizedText(
        vi: "Mục 'data_encodings' trong site.yaml ghi bảng mã của các tệp bảng; một tên tệp gõ nhầm thì tệp thật vẫn bị đọc sai bảng mã.",
        en: "site.yaml's 'data_encodings' gives the text encoding of table files; with a mistyped name the real file is still read in the wrong encoding.")
    static let unknownColumns = LocalizedText(
        vi: "Cột không thuộc bảng thì không được đọc; nếu là cột gõ nhầm tên thì giá trị của nó bị mất.",
        en: "A column the table does not define is not read; a mistyped column name loses its values.")
    static let requiredColumns = LocalizedText(
        vi: "Thiếu một cột bắt buộc thì không dòng nào của bảng đọc được, nên lỗi được báo một lần cho cả bảng.",
        en: "Without a required column no row of the table can be read, so it is reported once for the whole table.")
    static let heritageFiles = LocalizedText(
        vi: "Mỗi di tích là một tệp Markdown trong content/data/heritage: tên tệp là mã của di tích, phần đầu tệp (giữa hai dòng '---') ghi thông tin, phần sau là bài giới thiệu.",
        en: "Each heritage site is a Markdown file in content/data/heritage: its name is the site's id, its front matter (between two '---' lines) holds the facts, the rest is its description.")
}
