/// The entries of `MB22xx` (named in `DataMessage.entry`): text tables
/// (CSV and TSV) as files, their header and their quoting.
extension MessageEntry {
    static let columnTwice = MessageEntry(
        .error, title: .text(vi: "Cột trùng tên", en: "A column named twice"),
        message: .text(vi: "Cột '{column}' xuất hiện hai lần trong hàng tiêu đề", en: "column '{column}' appears twice in the header"),
        hint: .text(vi: "Hãy đổi tên hoặc xoá một trong hai cột", en: "rename or delete one of the two columns"),
        example: [MessageArgument("column", "year")],
        explanation: .text(vi: "Mỗi cột được đọc theo tên của nó; hai cột cùng tên thì không biết lấy giá trị ở cột nào.",
                           en: "Each column is read by its name; of two columns with one name, neither can be told to be the right one."))
    static let textTableEmpty = MessageEntry(
        .error, title: .text(vi: "Bảng CSV rỗng", en: "An empty CSV table"),
        message: .text(vi: "Tệp rỗng", en: "the file is empty"),
        hint: .text(vi: "Dòng đầu tiên phải nêu tên các cột", en: "the first line must name the columns"),
        explanation: .text(vi: "Một bảng CSV bắt đầu bằng dòng tiêu đề nêu tên các cột, rồi mỗi dòng là một bản ghi.",
                           en: "A CSV table starts with a header line naming its columns, then one line per record."))
    static let textTableTooManyColumns = MessageEntry(
        .error, title: .text(vi: "Dòng tiêu đề có quá nhiều cột", en: "A header with too many columns"),
        message: .text(vi: "Dòng đầu tiên có {columns} cột; không bảng nào có nhiều hơn {limit} cột",
                       en: "the first line has {columns} columns; no table has more than {limit}"),
        hint: .textTableHeader, example: [MessageArgument("columns", "5000"), MessageArgument("limit", "1000")],
        explanation: .textTableShape)
    static let textTableColumnNameTooLong = MessageEntry(
        .error, title: .text(vi: "Tên cột quá dài", en: "A column name too long"),
        message: .text(vi: "Tên cột bắt đầu ở đây dài {length} byte; không tên cột nào dài hơn {limit}",
                       en: "the column name that starts here is {length} bytes long; no column name is longer than {limit}"),
        hint: .textTableHeader, example: [MessageArgument("length", "90000"), MessageArgument("limit", "1000")],
        explanation: .textTableShape)
    static let textTableNotUTF8 = MessageEntry(
        .error, title: .text(vi: "Tệp không phải văn bản UTF-8", en: "Not UTF-8 text"),
        message: .text(vi: "Tệp không phải văn bản UTF-8", en: "the file is not UTF-8 text"),
        explanation: .text(vi: "MinhBạch đọc văn bản mã hoá UTF-8; trong Excel hãy lưu với kiểu 'CSV UTF-8 (Comma delimited)'.",
                           en: "MinhBạch reads text encoded as UTF-8; in Excel save as 'CSV UTF-8 (Comma delimited)'."))
    static let textTableTooManyFields = MessageEntry(
        .error, title: .text(vi: "Dòng có nhiều trường hơn tiêu đề", en: "A row with more fields than the header"),
        message: .text(vi: "Dòng có {fields} trường nhưng hàng tiêu đề có {columns} cột",
                       en: "the row has {fields} fields but the header has {columns} columns"),
        hint: .text(vi: "Giá trị có chứa {separator} phải đặt trong dấu ngoặc kép", en: "a value that contains {separator} must be in double quotes"),
        example: [MessageArgument("fields", "7"), MessageArgument("columns", "6"), MessageArgument("separator", .text(vi: "dấu phẩy", en: "a comma"))],
        explanation: .text(vi: "Các giá trị của dòng bị lệch sang phải nên không dòng nào sau chỗ đó đọc đúng được; thường do một số viết '1,5' không có ngoặc kép.",
                           en: "The row's values are shifted to the right, so none after that point can be read right; usually a number written '1,5' without quotes."))
    static let quoteNeverClosed = MessageEntry(
        .error, title: .text(vi: "Dấu ngoặc kép không được đóng", en: "A quote never closed"),
        message: .text(vi: "Một trường mở dấu ngoặc kép nhưng không bao giờ đóng", en: "a quoted field is never closed"),
        hint: .text(vi: "Hãy thêm dấu ngoặc kép đóng", en: "add the closing double quote"),
        explanation: .quoting)
    static let quoteClosedOnLaterLine = MessageEntry(
        .error, title: .text(vi: "Dấu ngoặc kép đóng ở dòng sau", en: "A quote closed on a later line"),
        message: .text(vi: "Dấu ngoặc kép mở trường này không được đóng trên cùng dòng; dấu ngoặc kép tiếp theo, ở dòng {line}, bị coi là dấu đóng",
                       en: "the quote that opens this field is not closed on its line; the next quote, on line {line}, is read as its end"),
        hint: .text(vi: "Hãy thêm dấu ngoặc kép đóng ở cuối trường; dấu ngoặc kép nằm trong trường được viết hai lần: \"\"",
                    en: "add the closing double quote at the end of the field; a quote inside a field is written twice: \"\""),
        example: [MessageArgument("line", "9")], explanation: .quoting)
    static let textAfterQuote = MessageEntry(
        .error, title: .text(vi: "Chữ sau dấu ngoặc kép đóng", en: "Text after a closing quote"),
        message: .text(vi: "Có chữ sau dấu ngoặc kép đóng của một trường", en: "text after the closing quote of a field"),
        hint: .text(vi: "Dấu ngoặc kép nằm trong trường có ngoặc kép được viết hai lần: \"\"", en: "a quote inside a quoted field is written twice: \"\""),
        explanation: .quoting)
    static let fileUnreadable = MessageEntry(
        .error, title: .text(vi: "Không đọc được tệp", en: "A file that cannot be read"),
        message: .text(vi: "Không đọc được tệp: {detail}", en: "cannot read the file: {detail}"),
        example: [MessageArgument("detail", "Permission denied")],
        explanation: .text(vi: "Hệ điều hành không cho đọc tệp: tệp bị khoá, thiếu quyền đọc, hoặc đã bị xoá trong lúc dựng trang.",
                           en: "The operating system did not let the file be read: it is locked, not readable, or was deleted during the build."))
}

extension LocalizedText {
    static let textTableHeader = LocalizedText(
        vi: "Dòng đầu tiên phải nêu tên các cột của bảng, cách nhau bằng dấu phẩy; hãy kiểm tra tệp đã được lưu với kiểu CSV và giữ các dấu xuống dòng (trong Excel: 'CSV UTF-8 (Comma delimited)')",
        en: "the first line must name the table's columns, separated by commas; check that the file was saved as CSV with its line breaks (in Excel: 'CSV UTF-8 (Comma delimited)')")
    static let textTableShape = LocalizedText(
        vi: "Dòng tiêu đề quá lớn thường là tệp đã mất các dấu xuống dòng, nên cả bảng nằm trên một dòng. Tệp không được đọc tiếp, để không tốn bộ nhớ vô ích.",
        en: "A header this large is usually a file that lost its line breaks, so that the whole table is one line. The file is not read further, so as not to use memory for nothing.")
    static let quoting = LocalizedText(
        vi: "Trong CSV, giá trị có dấu phẩy, dấu xuống dòng hoặc dấu ngoặc kép được đặt trong ngoặc kép, và dấu ngoặc kép bên trong được viết hai lần. Một dấu ngoặc kép thiếu làm phần còn lại của tệp bị đọc sai.",
        en: "In CSV, a value holding a comma, a line break or a quote is put in double quotes, and a quote inside it is written twice. One missing quote makes the rest of the file read wrong.")
}
