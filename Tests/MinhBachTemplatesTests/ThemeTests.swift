import Foundation
import MinhBachDiagnostics
@testable import MinhBachTemplates
import MinhBachText
import Testing

@Suite struct ThemeTests {
    static let repositoryTemplates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    /// The theme in the binary is templates/, byte for byte: the build embeds
    /// every file (text as raw strings, images in base64) and nothing else.
    @Test func builtInThemeMatchesTemplatesFolder() throws {
        var onDisk = ThemeFiles()
        try onDisk.overlay(directory: Self.repositoryTemplates, displayRoot: "templates")
        let builtIn = ThemeFiles.builtIn
        #expect(Set(builtIn.files.keys) == Set(onDisk.files.keys), "EmbedFilesPlugin embeds the files of templates/")
        for (path, file) in onDisk.files {
            #expect(builtIn.files[path]?.data == file.data, "\(path) is embedded as it is on disk")
        }
    }

    @Test func builtInThemeLoadsWithoutProblems() {
        let (theme, diagnostics) = ThemeLoader(files: .builtIn).load()
        #expect(diagnostics.map(\.formatted) == [])
        #expect(theme?.layoutNames.isSuperset(of: ["home", "section", "page"]) == true)
        #expect(theme?.assets.contains { $0.key == "style_css" } == true)
    }

    @Test func assetNamesCarryAContentHash() {
        let first = ThemeAsset(name: "style.css", data: Data("body{}".utf8))
        let second = ThemeAsset(name: "style.css", data: Data("body{color:red}".utf8))
        #expect(first.outputPath.wholeMatch(of: /assets\/style\.[0-9a-f]{10}\.css/) != nil)
        #expect(first.outputPath != second.outputPath)
        #expect(first.outputPath == ThemeAsset(name: "style.css", data: Data("body{}".utf8)).outputPath)
        #expect(ThemeAsset(name: "print-2.css", data: Data()).key == "print_2_css")
    }

    @Test func siteTemplatesOverrideTheBuiltInThemeFileByFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("layouts"), withIntermediateDirectories: true)
        try "<p>{{page.title}}</p>".write(to: folder.appendingPathComponent("layouts/page.mustache"), atomically: true, encoding: .utf8)
        var files = ThemeFiles.builtIn
        try files.overlay(directory: folder, displayRoot: "templates")
        let (theme, diagnostics) = ThemeLoader(files: files).load()
        #expect(diagnostics.isEmpty)
        #expect(try theme?.render(layout: "page", context: ["page": ["title": "<b>Báo cáo</b>"]]) == "<p>&lt;b&gt;Báo cáo&lt;/b&gt;</p>",
                "values are HTML-escaped")
        #expect(theme?.hasLayout("section") == true, "layouts the site does not override come from the built-in theme")
    }

    @Test func aTemplateThatCannotRenderIsAFailureNamingItNotAnEmptyPage() throws {
        let theme = try #require(ThemeLoader(files: ThemeFiles.builtIn).load().0)
        #expect(throws: TemplateFailure(path: "templates/layouts/bao-cao.mustache")) {
            try theme.render(layout: "bao-cao", context: [:])
        }
        let diagnostic = TemplateFailure(path: "templates/pages/khu-vuc.md").diagnostic(page: "tinh/an-giang/")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.messageCode == .render(.cannotRenderPage))
        #expect(diagnostic.formatted.hasPrefix("templates/pages/khu-vuc.md: error[MB4201]: the theme cannot render a page with this template"))
        #expect(diagnostic.formatted(in: .vi) == """
            templates/pages/khu-vuc.md: error[MB4201]: Giao diện không dựng được trang bằng mẫu này (trên trang /tinh/an-giang/)
              gợi ý: Hãy kiểm tra tệp có trong giao diện và đúng là một mẫu Mustache
            """)
        #expect(diagnostic.page == "tinh/an-giang/")
    }

    @Test func aPartialThatIncludesItselfOutsideASectionIsLocated() {
        var files = ThemeFiles()
        for name in ThemeLoader.requiredLayouts {
            files.set("layouts/\(name).mustache", "{{> menu}}", displayPath: "templates/layouts/\(name).mustache")
        }
        // A menu of menus ends with its data; a footer of footers never does.
        files.set("partials/menu.mustache", "{{#children}}{{> menu}}{{/children}}", displayPath: "templates/partials/menu.mustache")
        files.set("partials/footer.mustache", "<p>\n  {{> footer}}", displayPath: "templates/partials/footer.mustache")
        let (theme, diagnostics) = ThemeLoader(files: files).load()
        #expect(theme == nil)
        #expect(diagnostics.map(\.location.description) == ["templates/partials/footer.mustache:2:3"])
        #expect(diagnostics.map(\.messageCode) == [.render(.partialIncludesItself)])
        #expect(diagnostics.map { $0.formatted(in: .vi) } == ["""
            templates/partials/footer.mustache:2:3: error[MB4113]: Mẫu con 'footer' tự gọi lại chính nó qua 'footer' ở ngoài mọi khối, nên không bao giờ dựng xong
              gợi ý: Hãy đặt {{> footer}} vào trong một khối {{#section}} có điểm dừng, hoặc xoá nó
            """])
        #expect(diagnostics.map { $0.formatted(in: .en) } == ["""
            templates/partials/footer.mustache:2:3: error[MB4113]: the partial 'footer' includes itself through 'footer' outside any section, so it never finishes rendering
              hint: put {{> footer}} inside a {{#section}} that ends, or remove it
            """])
    }

    @Test func parseErrorsAreLocated() {
        var files = ThemeFiles()
        files.set("layouts/home.mustache", "ok", displayPath: "templates/layouts/home.mustache")
        files.set("layouts/section.mustache", "line one\n  {{#a}}x{{/b}}", displayPath: "templates/layouts/section.mustache")
        files.set("layouts/page.mustache", "{{> khong-co}}", displayPath: "templates/layouts/page.mustache")
        let (theme, diagnostics) = ThemeLoader(files: files).load()
        #expect(theme == nil)
        #expect(diagnostics.sortedByLocation().map(\.formatted) == [
            "templates/layouts/page.mustache:1:1: error[MB4112]: no partial named 'khong-co'\n  hint: create templates/partials/khong-co.mustache or fix the name",
            "templates/layouts/section.mustache:2:13: error[MB4106]: the closing tag does not match the section it closes\n  hint: close {{#name}} with {{/name}} using the same name",
        ])
        #expect(diagnostics.sortedByLocation().map { $0.formatted(in: .vi) } == [
            "templates/layouts/page.mustache:1:1: error[MB4112]: Không có mẫu con (partial) tên 'khong-co'\n  gợi ý: Hãy tạo tệp templates/partials/khong-co.mustache hoặc sửa lại tên",
            "templates/layouts/section.mustache:2:13: error[MB4106]: Thẻ đóng không khớp với khối mà nó đóng\n  gợi ý: Hãy đóng {{#name}} bằng {{/name}}, cùng một tên",
        ])
    }

    @Test func aThemeWithoutRequiredLayoutsIsAnError() {
        let (_, diagnostics) = ThemeLoader(files: ThemeFiles()).load()
        #expect(diagnostics.map(\.message) == [
            "the theme has no 'home' layout", "the theme has no 'section' layout", "the theme has no 'page' layout",
        ])
        #expect(Set(diagnostics.map(\.messageCode)) == [.render(.layoutMissing)])
        #expect(diagnostics.first?.formatted(in: .vi) == """
            templates/layouts/home.mustache: error[MB4104]: Giao diện không có bố cục 'home'
              gợi ý: Giao diện nào cũng cần layouts/home, layouts/section và layouts/page
            """)
    }
}

@Suite struct TemplateValueTests {
    private func render(_ template: String, _ context: [String: Any]) throws -> String {
        try MustacheTemplateTestSupport.render(template, context)
    }

    @Test func numbersRenderForTheLanguageAndTransform() throws {
        let poverty = TemplateNumber(18.456, unit: .percent, precision: 2)
        #expect(try render("{{x}}|{{number(x)}}|{{rounded(x)}}|{{percent(x)}}", ["x": poverty]) == "18,46%|18,46|18|18,46%")
        let budget = TemplateNumber(1_500_000_000)
        #expect(try render("{{vnd(x)}}", ["x": budget]) == "1,5 tỷ đồng")
        let english = TemplateNumber(1_500_000, unit: .count, precision: 0, language: .en)
        #expect(try render("{{number(x)}}", ["x": english]) == "1,500,000")
    }

    @Test func datesRenderLongAndTransform() throws {
        let date = TemplateDate(CalendarDate(year: 2025, month: 2, day: 4)!)
        #expect(try render("{{d}}|{{short(d)}}|{{iso(d)}}|{{year(d)}}", ["d": date])
                == "ngày 04 tháng 02 năm 2025|04/02/2025|2025-02-04|2025")
        #expect(try render("{{d}}", ["d": TemplateDate(CalendarDate(year: 2025, month: 2, day: 4)!, language: .en)]) == "4 February 2025")
    }

    @Test func pageTemplatesEscapeMarkdownInValues() throws {
        var files = ThemeFiles.builtIn
        files.set("pages/thu.md", "Tên: {{name}}", displayPath: "templates/pages/thu.md")
        let (theme, diagnostics) = ThemeLoader(files: files).load()
        #expect(diagnostics.errors.isEmpty)
        #expect(try theme?.renderPage("thu", context: ["name": "[x](javascript:alert(1)) *đậm* <b>"])
                == #"Tên: \[x\]\(javascript\:alert\(1\)\) \*đậm\* \<b\>"#)
    }
}

/// Renders a template string with swift-mustache, as themes do.
enum MustacheTemplateTestSupport {
    static func render(_ template: String, _ context: [String: Any]) throws -> String {
        var files = ThemeFiles()
        files.set("layouts/home.mustache", template, displayPath: "t")
        files.set("layouts/section.mustache", "", displayPath: "t")
        files.set("layouts/page.mustache", "", displayPath: "t")
        let (theme, _) = ThemeLoader(files: files).load()
        return (try? theme?.render(layout: "home", context: context)) ?? "<no theme>"
    }
}
