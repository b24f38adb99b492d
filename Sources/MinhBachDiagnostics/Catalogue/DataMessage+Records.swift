/// The entries of `MB23xx` (named in `DataMessage.entry`): the typed fields
/// of a record (text, ids, codes, numbers, years, true/false, choices).
extension MessageEntry {
    static let fieldEmpty = MessageEntry(
        .error, title: .text(vi: "Ô bắt buộc bị để trống", en: "A required field left empty"),
        message: .text(vi: "Cột '{column}' đang để trống", en: "'{column}' is empty"),
        hint: .text(vi: "Hãy điền giá trị vào cột '{column}': bản ghi nào cũng cần có", en: "every record needs a value in '{column}'"),
        example: [MessageArgument("column", "name")],
        explanation: .text(vi: "Cột này bắt buộc: thiếu nó thì bản ghi không được đưa lên trang.",
                           en: "This column is required: without it the record is left out of the site."))
    static let fieldNotAnID = MessageEntry(
        .error, title: .text(vi: "Mã định danh không hợp lệ", en: "An invalid id"),
        message: .text(vi: "Cột '{column}': '{value}' không phải là mã định danh hợp lệ", en: "'{column}': '{value}' is not a valid id"),
        hint: .text(vi: "Hãy chỉ dùng chữ thường không dấu, chữ số, '-' và '_', ví dụ '{suggestion}'",
                    en: "use lower-case letters, digits, '-' and '_', e.g. '{suggestion}'"),
        example: [MessageArgument("column", "id"), MessageArgument("value", "Sở Nội vụ"), MessageArgument("suggestion", "so_noi_vu")],
        explanation: .ids)
    static let fieldListNotAnID = MessageEntry(
        .error, title: .text(vi: "Mã định danh không hợp lệ trong danh sách", en: "An invalid id in a list"),
        message: .text(vi: "Cột '{column}': '{value}' không phải là mã định danh hợp lệ", en: "'{column}': '{value}' is not a valid id"),
        hint: .text(vi: "Hãy ngăn cách các mã bằng dấu ';', ví dụ 'so-noi-vu;so-tai-chinh'", en: "separate ids with ';', e.g. 'so-noi-vu;so-tai-chinh'"),
        example: [MessageArgument("column", "agencies"), MessageArgument("value", "so-noi-vu, so-tai-chinh")],
        explanation: .ids)
    static let fieldNotACode = MessageEntry(
        .error, title: .text(vi: "Mã số không chỉ gồm chữ số", en: "A code that is not digits"),
        message: .text(vi: "Cột '{column}' phải là mã số gồm các chữ số, nhưng lại ghi '{value}'", en: "'{column}': expected a code of digits, found '{value}'"),
        hint: .text(vi: "Mã số là số hiệu của cơ quan thống kê, ví dụ '06' hoặc '01834'", en: "codes are the statistics office's numbers, e.g. '06' or '01834'"),
        example: [MessageArgument("column", "code"), MessageArgument("value", "06a")],
        explanation: .text(vi: "Mã đơn vị hành chính là dãy chữ số theo danh mục của cơ quan thống kê, giữ nguyên cả các số 0 ở đầu.",
                           en: "Administrative codes are the statistics office's strings of digits, leading zeros included."))
    static let fieldNotAWholeNumber = MessageEntry(
        .error, title: .text(vi: "Không phải số nguyên", en: "Not a whole number"),
        message: .text(vi: "Cột '{column}' phải là số nguyên, nhưng lại ghi '{value}'", en: "'{column}': expected a whole number, found '{value}'"),
        hint: .text(vi: "Hãy ghi một số nguyên, ví dụ 12, không kèm đơn vị", en: "write a whole number such as 12, without units"),
        example: [MessageArgument("column", "households"), MessageArgument("value", "12,5")],
        explanation: .text(vi: "Cột này đếm một số lượng nên chỉ nhận số nguyên.", en: "This column counts something, so it takes whole numbers only."))
    static let fieldOutOfRange = MessageEntry(
        .error, title: .text(vi: "Số nằm ngoài khoảng cho phép", en: "A number out of range"),
        message: .text(vi: "Cột '{column}': {number} nằm ngoài khoảng {lower}–{upper}", en: "'{column}': {number} is outside {lower}–{upper}"),
        hint: .text(vi: "Hãy ghi một số từ {lower} đến {upper}", en: "write a number from {lower} to {upper}"),
        example: [MessageArgument("column", "criterion"), MessageArgument("number", "20"), MessageArgument("lower", "1"), MessageArgument("upper", "19")],
        explanation: .text(vi: "Cột này chỉ nhận các số trong một khoảng nhất định; số ngoài khoảng thường là do gõ nhầm.",
                           en: "This column takes numbers within a range only; one outside it is usually a typing slip."))
    static let fieldNotAYear = MessageEntry(
        .error, title: .text(vi: "Không phải năm", en: "Not a year"),
        message: .text(vi: "Cột '{column}' phải là năm từ {lower} đến {upper}, nhưng lại ghi '{value}'",
                       en: "'{column}': expected a year between {lower} and {upper}, found '{value}'"),
        hint: .text(vi: "Hãy ghi năm bằng bốn chữ số, ví dụ 2025", en: "write the year in four digits, e.g. 2025"),
        example: [MessageArgument("column", "year"), MessageArgument("value", "25"), MessageArgument("lower", "1945"), MessageArgument("upper", "2100")],
        explanation: .text(vi: "Năm được ghi đủ bốn chữ số; năm viết tắt hoặc ngoài khoảng thường là do gõ nhầm.",
                           en: "A year is written in four digits; a shortened year or one out of range is usually a typing slip."))
    static let fieldThousandsSeparators = MessageEntry(
        .error, title: .text(vi: "Số có dấu phân cách hàng nghìn", en: "A number with thousands separators"),
        message: .text(vi: "Cột '{column}': '{value}' có dấu phân cách hàng nghìn", en: "'{column}': '{value}' has thousands separators"),
        hint: .text(vi: "Hãy ghi {suggestion}, không có dấu phân cách", en: "write {suggestion}, without separators"),
        example: [MessageArgument("column", "budget"), MessageArgument("value", "1.250.000"), MessageArgument("suggestion", "1250000")],
        explanation: .numbers)
    static let fieldNotANumber = MessageEntry(
        .error, title: .text(vi: "Không phải số", en: "Not a number"),
        message: .text(vi: "Cột '{column}' phải là số, nhưng lại ghi '{value}'", en: "'{column}': expected a number, found '{value}'"),
        hint: .text(vi: "Hãy ghi số như 18.5 hoặc 18,5, không kèm đơn vị hay dấu phân cách hàng nghìn",
                    en: "write numbers like 18.5 or 18,5, without units or thousands separators"),
        example: [MessageArgument("column", "rate"), MessageArgument("value", "18,5%")],
        explanation: .numbers)
    static let fieldFormulaNotANumber = MessageEntry(
        .error, title: .text(vi: "Công thức cho ra chữ thay vì số", en: "A formula that gives text, not a number"),
        message: .text(vi: "Cột '{column}' phải là số, nhưng lại ghi '{value}'", en: "'{column}': expected a number, found '{value}'"),
        hint: .text(vi: "Công thức của ô cho ra chữ: hãy để công thức cho ra chính con số, không dùng TEXT(), đơn vị hay dấu %",
                    en: "the cell's formula gives text: make it give the number itself, without TEXT(), units or a % sign"),
        example: [MessageArgument("column", "rate"), MessageArgument("value", "18,5%")],
        explanation: .numbers)
    static let fieldNotABoolean = MessageEntry(
        .error, title: .text(vi: "Không phải có/không", en: "Not true or false"),
        message: .text(vi: "Cột '{column}' phải là có hoặc không, nhưng lại ghi '{value}'", en: "'{column}': expected true or false, found '{value}'"),
        hint: .text(vi: "Hãy ghi true/false, 1/0 hoặc có/không", en: "write true/false, 1/0 or có/không"),
        example: [MessageArgument("column", "completed"), MessageArgument("value", "rồi")],
        explanation: .text(vi: "Cột này chỉ nhận hai giá trị: có hoặc không.", en: "This column takes one of two values: yes or no."))
    static let fieldNotAChoice = MessageEntry(
        .error, title: .text(vi: "Giá trị không có trong danh sách", en: "A value not among the choices"),
        message: .text(vi: "Cột '{column}' phải là một trong các giá trị {options}, nhưng lại ghi '{value}'",
                       en: "'{column}': expected one of {options}; found '{value}'"),
        hint: .text(vi: "Có phải ý là '{suggestion}'?", en: "did you mean '{suggestion}'?"),
        example: [MessageArgument("column", "status"), MessageArgument("options", "planned, ongoing, completed"),
                  MessageArgument("value", "complete"), MessageArgument("suggestion", "completed")],
        explanation: .choices)
    static let fieldNotAChoiceUnlike = MessageEntry(
        .error, title: .text(vi: "Giá trị không có trong danh sách, không giống giá trị nào", en: "A value unlike any of the choices"),
        message: .text(vi: "Cột '{column}' phải là một trong các giá trị {options}, nhưng lại ghi '{value}'",
                       en: "'{column}': expected one of {options}; found '{value}'"),
        example: [MessageArgument("column", "status"), MessageArgument("options", "planned, ongoing, completed"), MessageArgument("value", "xong")],
        explanation: .choices)
    static let namesWithoutEnglish = MessageEntry(
        .warning, title: .text(vi: "Thiếu tên tiếng Anh", en: "Names without English"),
        message: .text(vi: "Có {count} {records} chưa có 'name_en' ({ids}); trang tiếng Anh sẽ hiện tên tiếng Việt",
                       en: "{count} {records} without 'name_en' ({ids}); English pages show the Vietnamese name"),
        hint: .text(vi: "Hãy thêm cột 'name_en' ghi tên tiếng Anh", en: "add a 'name_en' column with the English names"),
        example: [MessageArgument("count", "3"), MessageArgument("records", .text(vi: "chỉ tiêu", en: "indicators")),
                  MessageArgument("ids", "ho-ngheo, thu-nhap, nuoc-sach")],
        explanation: .text(vi: "Trang tiếng Anh dùng tên ở cột 'name_en'; khi chưa có thì hiện tên tiếng Việt, để thấy chỗ còn thiếu trước khi đăng.",
                           en: "English pages use the names in 'name_en'; where there is none they show the Vietnamese name, so the gap is seen before publishing."))
    static let duplicateRow = MessageEntry(
        .error, title: .text(vi: "Bản ghi trùng", en: "A row written twice"),
        message: .text(vi: "Có thêm một {record}; bản ghi đầu tiên ở dòng {first}", en: "a second {record}; the first is on line {first}"),
        hint: .text(vi: "Hãy chỉ giữ một dòng cho bản ghi này, hoặc sửa lại khoá", en: "keep one row for it, or correct the key"),
        example: [MessageArgument("record", .text(vi: "chỉ tiêu 'ho-ngheo'", en: "indicator 'ho-ngheo'")), MessageArgument("first", "4")],
        explanation: .text(vi: "Mỗi bản ghi chỉ được ghi một lần; dòng thứ hai bị bỏ qua để không đếm hai lần.",
                           en: "Each record is written once; the second row is left out so that nothing is counted twice."))
    static let codeLostZeros = MessageEntry(
        .warning, title: .text(vi: "Mã bị mất số 0 ở đầu", en: "A code that lost its leading zeros"),
        message: .text(vi: "Cột '{column}': {what} '{written}' bị mất số 0 ở đầu; được đọc là '{readAs}'{unit}",
                       en: "'{column}': {what} '{written}' lost its leading zeros; read as '{readAs}'{unit}"),
        hint: .text(vi: "Hãy định dạng cột là văn bản (Text) trong bảng tính để mã giữ được các số 0 ở đầu",
                    en: "format the column as text in the spreadsheet so codes keep their zeros"),
        example: [MessageArgument("column", "area"), MessageArgument("what", .text(vi: "mã", en: "code")), MessageArgument("written", "1834"),
                  MessageArgument("readAs", "01834"), MessageArgument("unit", " (Phường Nguyễn Thị Minh Khai)")],
        explanation: .lostZeros)
    static let codesLostZeros = MessageEntry(
        .warning, title: .text(vi: "Nhiều mã bị mất số 0 ở đầu", en: "Codes that lost their leading zeros"),
        message: .text(vi: "Cột '{column}': {count} {what} bị mất số 0 ở đầu (từ đây{until}); các mã được đọc có thêm số 0, ví dụ '{written}' thành '{readAs}'{unit}",
                       en: "'{column}': {count} {what} lost their leading zeros (from this row{until}); they are read zero-padded, e.g. '{written}' as '{readAs}'{unit}"),
        hint: .text(vi: "Có lẽ tệp được lưu từ một bảng tính đã coi mã là số: hãy định dạng cột là văn bản (Text) trong bảng tính để mã giữ được các số 0 ở đầu",
                    en: "the file was probably saved from a spreadsheet that took the codes for numbers: format the column as text in the spreadsheet so codes keep their zeros"),
        example: [MessageArgument("column", "area"), MessageArgument("count", .text(vi: "1.614", en: "1,614")),
                  MessageArgument("what", .text(vi: "mã", en: "codes")), MessageArgument("until", .text(vi: " đến dòng 1.615", en: " to line 1,615")),
                  MessageArgument("written", "1834"), MessageArgument("readAs", "01834"), MessageArgument("unit", " (Phường Nguyễn Thị Minh Khai)")],
        explanation: .lostZeros)
    static let codeTooLong = MessageEntry(
        .error, title: .text(vi: "Mã có quá nhiều chữ số", en: "A code with too many digits"),
        message: .text(vi: "Cột '{column}': {what} '{written}' có {digits} chữ số; phải có {width}",
                       en: "'{column}': {what} '{written}' has {digits} digits; expected {width}"),
        hint: .text(vi: "Hãy ghi đúng mã của cơ quan thống kê, gồm {width} chữ số", en: "write the statistics office's code, of {width} digits"),
        example: [MessageArgument("column", "code"), MessageArgument("what", .text(vi: "mã", en: "code")), MessageArgument("written", "018345"),
                  MessageArgument("digits", "6"), MessageArgument("width", "5")],
        explanation: .text(vi: "Mã tỉnh có 2 chữ số, mã huyện 3, mã xã 5; mã dài hơn thì không thuộc danh mục.",
                           en: "Province codes have 2 digits, district codes 3 and commune codes 5; a longer code is not in the list."))
}

extension LocalizedText {
    static let lostZeros = LocalizedText(
        vi: "Bảng tính coi cột mã là số nên bỏ các số 0 ở đầu (01834 thành 1834). MinhBạch thêm lại số 0 cho đủ độ dài, nhưng nên sửa tệp để mã được ghi đúng.",
        en: "A spreadsheet that takes a code column for numbers drops the leading zeros (01834 becomes 1834). MinhBạch pads them again, but the file is better corrected.")
    static let ids = LocalizedText(
        vi: "Mã định danh dùng để liên kết các bảng và làm địa chỉ trang, nên chỉ gồm chữ thường không dấu, chữ số, '-' và '_'.",
        en: "Ids link tables together and become page addresses, so they are lower-case letters without accents, digits, '-' and '_'.")
    static let numbers = LocalizedText(
        vi: "Số được ghi không kèm đơn vị và không có dấu phân cách hàng nghìn; dấu thập phân là '.' hoặc ','.",
        en: "Numbers are written without units or thousands separators; the decimal mark is '.' or ','.")
    static let choices = LocalizedText(
        vi: "Cột này chỉ nhận một trong các giá trị đã định; giá trị khác không được hiểu.",
        en: "This column takes one of a fixed set of values; any other is not understood.")
}
