// swift-tools-version:6.1
import PackageDescription

// The generator is a library split by pipeline stage (load → plan → render →
// write); the `minhbach` executable only parses arguments and calls it.
let package = Package(
    name: "MinhBach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "minhbach", targets: ["minhbach"]),
        .library(name: "MinhBachBuild", targets: ["MinhBachBuild"]),
        // What the fuzz targets call; they are a package of their own (Tests/Fuzz).
        .library(name: "MinhBachParsers", targets: [
            "MinhBachDiagnostics", "MinhBachText", "MinhBachContent", "MinhBachData", "MinhBachComponents",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Hummingbird's own; named for its IOError, to say why a port cannot be used.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
    ],
    targets: [
        // cmark-gfm, the reference GFM implementation, from the system (pkg-config).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Lets cmark-gfm parse on several threads at once (see its source).
        .target(name: "CCmarkGFMParallel", linkerSettings: [.linkedLibrary("dl")]),
        // Errors as values with a location; shared by every stage.
        .target(name: "MinhBachDiagnostics"),
        // Running per-file and per-page work on every core.
        .target(name: "MinhBachParallel"),
        // Vietnamese text: slugs, dates.
        .target(name: "MinhBachText"),
        // Inline SVG charts and their data tables, rendered on the server.
        .target(name: "MinhBachCharts", dependencies: ["MinhBachText"]),
        // The only module that imports cmark-gfm.
        .target(name: "MinhBachMarkdown", dependencies: ["CCmarkGFM", "CCmarkGFMParallel", "MinhBachText"]),
        // Load: site.yaml, Markdown files and their front matter.
        .target(name: "MinhBachContent", dependencies: [
            "MinhBachDiagnostics", "MinhBachParallel", "MinhBachText", "Yams",
        ]),
        // Programme data: typed tables from CSV, YAML, JSON or .xlsx, validated.
        .target(name: "MinhBachData", dependencies: [
            "MinhBachDiagnostics", "MinhBachContent", "MinhBachParallel", "MinhBachText", "Yams",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Components: fenced blocks in Markdown (chart, table, kpi, tasks,
        // criteria) rendered from the programme data to HTML and SVG.
        .target(name: "MinhBachComponents", dependencies: [
            "MinhBachDiagnostics", "MinhBachContent", "MinhBachData", "MinhBachText", "MinhBachMarkdown", "MinhBachCharts", "Yams",
        ]),
        // Mustache layouts, partials and fingerprinted assets of a theme.
        // The built-in theme is templates/, compiled in at build time (EmbedFilesPlugin).
        .target(name: "MinhBachTemplates", dependencies: [
            "MinhBachDiagnostics", "MinhBachContent", "MinhBachText", "Yams", .product(name: "Mustache", package: "swift-mustache"),
        ], exclude: ["DefaultTheme"], plugins: ["EmbedFilesPlugin"]),
        // Plan, render and write: the whole build, callable without the CLI.
        // The example site of `minhbach init` is content/, compiled in at build time.
        .target(name: "MinhBachBuild", dependencies: [
            "MinhBachDiagnostics", "MinhBachText", "MinhBachMarkdown",
            "MinhBachContent", "MinhBachTemplates", "MinhBachParallel", "MinhBachData", "MinhBachComponents",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["ExampleSite"], plugins: ["EmbedFilesPlugin"]),
        // The link checker: every internal link and anchor of a built site leads somewhere.
        .target(name: "MinhBachLinks", dependencies: [
            "MinhBachDiagnostics", "MinhBachParallel", "MinhBachText", "MinhBachContent",
        ]),
        // The preview server: serves a site from memory and rebuilds what changed.
        .target(name: "MinhBachServe", dependencies: [
            "MinhBachBuild", "MinhBachDiagnostics",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        // Compiles templates/ and content/ into the binary as Swift source, at
        // build time, so that they are the only copies and no resource bundle
        // has to sit next to the installed binary.
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedFilesPlugin", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        // The release build allocates with mimalloc (Debian's libmimalloc-dev,
        // installed by `make deps`): linked before the C library, it takes
        // every malloc and free of the process, Swift's runtime's included.
        // A build spends a tenth of its instructions in glibc's allocator
        // (docs/PERFORMANCE.md, "The allocator"). Debug and sanitizer builds
        // keep glibc's, which the sanitizers replace with their own.
        .executableTarget(name: "minhbach", dependencies: [
            "MinhBachBuild", "MinhBachDiagnostics", "MinhBachServe", "MinhBachLinks",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release))]),
        .testTarget(name: "MinhBachTextTests", dependencies: ["MinhBachText"]),
        .testTarget(name: "MinhBachChartsTests", dependencies: ["MinhBachCharts"], exclude: ["Golden"]),
        .testTarget(name: "MinhBachMarkdownTests", dependencies: ["MinhBachMarkdown"]),
        .testTarget(name: "MinhBachContentTests", dependencies: ["MinhBachContent", "MinhBachDiagnostics"]),
        .testTarget(name: "MinhBachDataTests", dependencies: ["MinhBachData", "MinhBachDiagnostics"], exclude: ["Fixtures"]),
        // The built-in theme gives the component tests its interface strings, as a build does.
        .testTarget(name: "MinhBachComponentsTests", dependencies: [
            "MinhBachComponents", "MinhBachData", "MinhBachDiagnostics", "MinhBachText", "MinhBachTemplates",
        ], exclude: ["Golden"]),
        .testTarget(name: "MinhBachLinksTests", dependencies: ["MinhBachLinks", "MinhBachDiagnostics"], exclude: ["Fixtures"]),
        .testTarget(name: "MinhBachServeTests", dependencies: ["MinhBachServe", "MinhBachBuild"]),
        .testTarget(name: "MinhBachTemplatesTests", dependencies: ["MinhBachTemplates", "MinhBachDiagnostics", "MinhBachText"]),
        .testTarget(
            name: "MinhBachBuildTests",
            dependencies: ["MinhBachBuild", "MinhBachDiagnostics", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
    ]
)
