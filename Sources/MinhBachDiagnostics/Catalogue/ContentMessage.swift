/// Messages about site settings and pages (`MB1xxx`): `MB11xx` text
/// encodings of pages and tables, `MB12xx` site settings and a new site,
/// `MB13xx` writing the built site, `MB14xx` reading files and links, `MB15xx` pages, their front matter and
/// translations, `MB16xx` YAML and JSON text (every reader's).
public enum ContentMessage: Int, MessageCatalogue {
    case encodedWindows1258 = 101
    case encodedWindows1252 = 102
    case notUTF8 = 103
    case notInSetEncoding = 104
    case encodingCannotBeConverted = 105
    case unknownEncoding = 106
    case encodingsNotAFileMap = 107
    case fileIsUTF16 = 108
    case siteHasNoConfig = 201
    case siteConfigLinksOutside = 202
    case baseURLOptionNotAbsolute = 203
    case folderHasContent = 204
    case newSiteNotWritten = 205
    case yearNotAYear = 206
    case asOfNotADate = 207
    case siteConfigNotAMap = 208
    case siteSettingNotText = 209
    case baseURLNotAbsolute = 210
    case markdownSettingWrong = 211
    case siteHasNoTitle = 212
    case unsafeLinkAddress = 213
    case menuNotAList = 214
    case menuEntryIncomplete = 215
    case outputFolderNotCreated = 301
    case outputFileNotWritten = 302
    case staticFileNotCopied = 303
    case outputFolderNotReplaced = 304
    case fileNotRead = 401
    case linkOutsideSite = 402
    case linkToFolder = 403
    case fileNotText = 404
    case tableFileNotText = 405
    case markdownFileNotText = 406
    case noContentFolder = 407
    case fileChangedWhileBuilding = 408
    case pageInPageBundle = 501
    case noEnglishVersion = 502
    case frontMatterNotClosed = 503
    case frontMatterNotAMap = 504
    case frontMatterNotText = 505
    case slugWithoutLetters = 506
    case dateDoesNotExist = 507
    case dateNotADate = 508
    case draftNotTrueOrFalse = 509
    case weightNotAWholeNumber = 510
    case layoutNameHasFolder = 511
    case unknownLayout = 512
    case folderNameWithoutLetters = 513
    case fileNameWithoutLetters = 514
    case pageWithoutTitle = 515
    case pagesClash = 516
    case pagesClashUnicodeForms = 517
    case pagesClashTonePlacement = 518
    case dataPagesClash = 519
    case reportWithoutYear = 520
    case officialNotAGroup = 521
    case signerNotAGroup = 522
    case officialUnknownKey = 523
    case officialMissingKey = 524
    case officialNotText = 525
    case officialEmpty = 526
    case officialNumberWithLabel = 527
    case officialNumberWithoutSymbol = 528
    case officialNoDate = 529
    case officialRecipientsNotAList = 530
    case officialRecipientNotText = 531
    case officialRecipientKeyed = 532
    case yamlTabIndent = 601
    case yamlNesting = 602
    case yamlSyntax = 603
    case yamlDuplicateKeys = 604
    case yamlNotRead = 605
    case yamlOverExpanded = 606
    case jsonInvalid = 607

    public static let area = MessageArea.content
    public var number: Int { rawValue }

    public var entry: MessageEntry {
        switch self {
        case .encodedWindows1258:
            return MessageEntry(
                .error, title: .text(vi: "Tệp mã hoá Windows-1258", en: "A file in Windows-1258"),
                message: .text(vi: "Tệp được mã hoá Windows-1258 ({source}), không phải UTF-8", en: "the file is in Windows-1258 ({source}), not UTF-8"),
                hint: .text(vi: "Hãy {save}{setting}", en: "{save}{setting}"),
                example: [MessageArgument("source", .text(vi: "kiểu 'CSV (Comma delimited)' của Excel trên Windows tiếng Việt",
                                                         en: "Excel's 'CSV (Comma delimited)' on a Vietnamese Windows")),
                          MessageArgument("save", .text(vi: "lưu tệp với kiểu 'CSV UTF-8 (Comma delimited)'", en: "save it as 'CSV UTF-8 (Comma delimited)'")),
                          MessageArgument("setting", .text(vi: ", hoặc thêm 'data_encoding: windows-1258' vào content/site.yaml để đọc tệp như hiện có",
                                                          en: ", or add 'data_encoding: windows-1258' to content/site.yaml to read it as it is"))],
                explanation: .text(
                    vi: "Windows tiếng Việt lưu văn bản 'ANSI' và CSV bằng bảng mã Windows-1258. MinhBạch đọc UTF-8; một tệp Windows-1258 đọc như UTF-8 sẽ mất dấu tiếng Việt.",
                    en: "A Vietnamese Windows saves 'ANSI' text and CSV in Windows-1258. MinhBạch reads UTF-8; a Windows-1258 file read as UTF-8 would lose its Vietnamese letters."))
        case .encodedWindows1252:
            return MessageEntry(
                .error, title: .text(vi: "Tệp mã hoá Windows-1252", en: "A file in Windows-1252"),
                message: .text(vi: "Tệp được mã hoá Windows-1252 ({source}), không phải UTF-8; bảng mã này không chứa được ư, ơ và phần lớn dấu thanh, có thể chúng đã bị thay bằng '?'",
                               en: "the file is in Windows-1252 ({source}), not UTF-8; it cannot hold ư, ơ and most tone marks, which may already be lost as '?'"),
                hint: .text(vi: "Hãy {save} từ bản gốc", en: "{save} from the original"),
                example: [MessageArgument("source", .text(vi: "'ANSI' trong Notepad trên Windows cài tiếng Anh", en: "'ANSI' in Notepad on a Windows set up for English")),
                          MessageArgument("save", .text(vi: "lưu tệp với bảng mã 'UTF-8'", en: "save it with the encoding 'UTF-8'"))],
                explanation: .text(
                    vi: "Windows cài tiếng Anh lưu văn bản bằng Windows-1252, bảng mã không có phần lớn chữ tiếng Việt. Cần lưu lại từ bản gốc, vì các chữ đã mất không khôi phục được.",
                    en: "A Windows set up for English saves text in Windows-1252, which lacks most Vietnamese letters. Save it again from the original: the letters lost cannot be recovered."))
        case .notUTF8:
            return MessageEntry(
                .error, title: .text(vi: "Tệp không phải văn bản UTF-8", en: "A file that is not UTF-8 text"),
                message: .text(vi: "Tệp không phải văn bản UTF-8", en: "the file is not UTF-8 text"),
                hint: .text(vi: "Hãy lưu tệp với bảng mã UTF-8 (trong Excel: 'CSV UTF-8'; trong Word hoặc Notepad: bảng mã 'UTF-8')",
                            en: "save it as UTF-8 (in Excel: 'CSV UTF-8'; in Word or Notepad: encoding 'UTF-8')"),
                explanation: .text(vi: "MinhBạch đọc văn bản UTF-8, bảng mã chứa được mọi chữ tiếng Việt.",
                                   en: "MinhBạch reads UTF-8 text, the encoding that holds every Vietnamese letter."))
        case .notInSetEncoding:
            return MessageEntry(
                .error, title: .text(vi: "Byte không thuộc bảng mã đã đặt", en: "A byte not in the encoding set"),
                message: .text(vi: "Tệp được đọc theo bảng mã {encoding} (đặt trong content/site.yaml), nhưng byte này không phải văn bản {encoding}",
                               en: "the file is read as {encoding} (set in content/site.yaml), but this byte is not {encoding} text"),
                hint: .text(vi: "Hãy kiểm tra bảng mã tệp đã được lưu, hoặc lưu tệp với kiểu 'CSV UTF-8 (Comma delimited)' rồi bỏ thiết lập này",
                            en: "check the encoding the file was saved in, or save it as 'CSV UTF-8 (Comma delimited)' and remove the setting"),
                example: [MessageArgument("encoding", "windows-1258")], explanation: .encodingSetting)
        case .encodingCannotBeConverted:
            return MessageEntry(
                .error, title: .text(vi: "Hệ thống không chuyển được bảng mã", en: "An encoding the system cannot convert"),
                message: .text(vi: "Hệ thống không chuyển được văn bản {encoding} (iconv không có '{iconv}')",
                               en: "the system cannot convert {encoding} text (iconv has no '{iconv}')"),
                hint: .text(vi: "Hãy lưu tệp với bảng mã UTF-8 và bỏ thiết lập data_encoding", en: "save the file as UTF-8 and remove the data_encoding setting"),
                example: [MessageArgument("encoding", "windows-1258"), MessageArgument("iconv", "CP1258")], explanation: .encodingSetting)
        case .unknownEncoding:
            return MessageEntry(
                .error, title: .text(vi: "Bảng mã không biết", en: "An unknown encoding"),
                message: .text(vi: "Mục '{key}': không biết bảng mã '{name}'", en: "'{key}': unknown encoding '{name}'"),
                hint: .text(vi: "Các bảng mã được hỗ trợ: {encodings}", en: "the encodings are {encodings}"),
                example: [MessageArgument("key", "data_encoding"), MessageArgument("name", "tcvn3"),
                          MessageArgument("encodings", "utf-8, windows-1258, windows-1252")],
                explanation: .encodingSetting)
        case .encodingsNotAFileMap:
            return MessageEntry(
                .error, title: .text(vi: "data_encodings viết sai", en: "data_encodings written wrongly"),
                message: .text(vi: "Mục 'data_encodings' phải là một nhóm các dòng 'tệp: bảng mã'", en: "'data_encodings' must be a group of 'file: encoding' lines"),
                hint: .text(vi: "Hãy viết 'data_encodings: {example}'", en: "write 'data_encodings: {example}'"),
                example: [MessageArgument("example", "{ntm.csv: windows-1258}")], explanation: .encodingSetting)
        case .siteHasNoConfig: return .siteHasNoConfig
        case .siteConfigLinksOutside: return .siteConfigLinksOutside
        case .baseURLOptionNotAbsolute: return .baseURLOptionNotAbsolute
        case .folderHasContent: return .folderHasContent
        case .newSiteNotWritten: return .newSiteNotWritten
        case .outputFolderNotCreated: return .outputFolderNotCreated
        case .outputFileNotWritten: return .outputFileNotWritten
        case .staticFileNotCopied: return .staticFileNotCopied
        case .outputFolderNotReplaced: return .outputFolderNotReplaced
        case .fileNotRead: return .fileNotRead
        case .linkOutsideSite: return .linkOutsideSite
        case .linkToFolder: return .linkToFolder
        case .yearNotAYear: return .yearNotAYear
        case .asOfNotADate: return .asOfNotADate
        case .pageInPageBundle: return .pageInPageBundle
        case .noEnglishVersion: return .noEnglishVersion
        case .fileIsUTF16: return .fileIsUTF16
        case .siteConfigNotAMap: return .siteConfigNotAMap
        case .siteSettingNotText: return .siteSettingNotText
        case .baseURLNotAbsolute: return .baseURLNotAbsolute
        case .markdownSettingWrong: return .markdownSettingWrong
        case .siteHasNoTitle: return .siteHasNoTitle
        case .unsafeLinkAddress: return .unsafeLinkAddress
        case .menuNotAList: return .menuNotAList
        case .menuEntryIncomplete: return .menuEntryIncomplete
        case .fileNotText: return .fileNotText
        case .tableFileNotText: return .tableFileNotText
        case .markdownFileNotText: return .markdownFileNotText
        case .noContentFolder: return .noContentFolder
        case .fileChangedWhileBuilding: return .fileChangedWhileBuilding
        case .frontMatterNotClosed: return .frontMatterNotClosed
        case .frontMatterNotAMap: return .frontMatterNotAMap
        case .frontMatterNotText: return .frontMatterNotText
        case .slugWithoutLetters: return .slugWithoutLetters
        case .dateDoesNotExist: return .pageDateDoesNotExist
        case .dateNotADate: return .pageDateNotADate
        case .draftNotTrueOrFalse: return .draftNotTrueOrFalse
        case .weightNotAWholeNumber: return .weightNotAWholeNumber
        case .layoutNameHasFolder: return .layoutNameHasFolder
        case .unknownLayout: return .unknownLayout
        case .folderNameWithoutLetters: return .folderNameWithoutLetters
        case .fileNameWithoutLetters: return .fileNameWithoutLetters
        case .pageWithoutTitle: return .pageWithoutTitle
        case .pagesClash: return .pagesClash
        case .pagesClashUnicodeForms: return .pagesClashUnicodeForms
        case .pagesClashTonePlacement: return .pagesClashTonePlacement
        case .dataPagesClash: return .dataPagesClash
        case .reportWithoutYear: return .reportWithoutYear
        case .officialNotAGroup: return .officialNotAGroup
        case .signerNotAGroup: return .signerNotAGroup
        case .officialUnknownKey: return .officialUnknownKey
        case .officialMissingKey: return .officialMissingKey
        case .officialNotText: return .officialNotText
        case .officialEmpty: return .officialEmpty
        case .officialNumberWithLabel: return .officialNumberWithLabel
        case .officialNumberWithoutSymbol: return .officialNumberWithoutSymbol
        case .officialNoDate: return .officialNoDate
        case .officialRecipientsNotAList: return .officialRecipientsNotAList
        case .officialRecipientNotText: return .officialRecipientNotText
        case .officialRecipientKeyed: return .officialRecipientKeyed
        case .yamlTabIndent: return .yamlTabIndent
        case .yamlNesting: return .yamlNesting
        case .yamlSyntax: return .yamlSyntax
        case .yamlDuplicateKeys: return .yamlDuplicateKeys
        case .yamlNotRead: return .yamlNotRead
        case .yamlOverExpanded: return .yamlOverExpanded
        case .jsonInvalid: return .jsonInvalid
        }
    }
}

extension LocalizedText {
    static let encodingSetting = LocalizedText(
        vi: "Khi chưa lưu lại được tệp với bảng mã UTF-8, content/site.yaml có thể đặt bảng mã cho mọi bảng dữ liệu (data_encoding) hoặc cho từng tệp (data_encodings).",
        en: "Until a file can be saved again as UTF-8, content/site.yaml can set the encoding of every data table (data_encoding) or of each file (data_encodings).")
}
