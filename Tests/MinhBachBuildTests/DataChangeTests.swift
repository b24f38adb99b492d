import Foundation
@testable import MinhBachBuild
import MinhBachData
import Testing

/// The preview renders again the pages a data change shows on, as each
/// table declares it (`TableDescription.change`).
@Suite struct DataChangeTests {
    static var site: Site { PublishTests.built.site }

    static func affected(_ change: (inout DataSet) -> Void) -> Set<PageRecord?> {
        var new = site.data
        change(&new)
        let pages = site.plan.pages
        return Set(DataChange(old: site.data, new: new).affectedPages(in: site, oldIndex: site.index).map { pages[$0].record })
    }

    @Test func noChangeRendersOnlyReportsAndLists() {
        for record in Self.affected({ _ in }) {
            switch record {
            case .report?, .list?: continue
            case .area?, .indicator?, .heritage?, .program?, .document?, .agency?, .task?, nil:
                Issue.record("\(String(describing: record)) is rendered again though nothing changed")
            }
        }
    }

    @Test func aChangedFigureRendersItsIndicatorAndArea() throws {
        let figure = try #require(Self.site.data.observations.first)
        let affected = Self.affected { $0.observations[0].value += 1 }
        #expect(affected.contains(.indicator(figure.indicator)))
        #expect(affected.contains(.area(figure.area)))
        #expect(!affected.contains(nil), "content pages are not data pages")
    }

    /// Every table without a narrower rule: every data page and the home pages.
    @Test func aChangedDocumentRendersEveryDataPage() {
        let affected = Self.affected { $0.documents.removeLast() }
        let dataPages = Set(Self.site.plan.pages.filter { $0.kind == .data }.map(\.record))
        #expect(dataPages.isSubset(of: affected))
    }
}
