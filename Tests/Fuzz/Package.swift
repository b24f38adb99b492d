// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets, in a package of their own so that the main package's
// builds never see them. scripts/fuzz builds them with coverage feedback and
// AddressSanitizer, links libFuzzer, and runs them.
let parsers = Target.Dependency.product(name: "MinhBachParsers", package: "MinhBach")

let package = Package(
    name: "MinhBachFuzz",
    dependencies: [
        .package(name: "MinhBach", path: "../.."),
    ],
    targets: [
        // libFuzzer's driver, declared; the runtime comes from the toolchain.
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", parsers]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport", parsers]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", parsers]),
        .executableTarget(name: "FuzzComponents", dependencies: ["FuzzSupport", parsers]),
    ]
)
