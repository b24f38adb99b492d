import MinhBachDiagnostics

/// Swift Testing also has a `SourceLocation`; in these tests the name means
/// a place in a site's input file.
typealias SourceLocation = MinhBachDiagnostics.SourceLocation
