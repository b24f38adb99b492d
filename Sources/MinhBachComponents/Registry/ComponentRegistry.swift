/// The components a page can use, looked up by the info string of a fence.
/// The standard set is the site's; a test may render with more.
struct ComponentRegistry: Sendable {
    let components: [any Component.Type]

    /// Every component of MinhBạch. A new component is added here, and only here.
    static let standard = ComponentRegistry([
        ChartComponent.self,
        TableComponent.self,
        KPIComponent.self,
        TasksComponent.self,
        CriteriaComponent.self,
        DocumentsComponent.self,
    ])

    init(_ components: [any Component.Type]) {
        self.components = components
    }

    var names: [String] { components.map { $0.name } }

    func component(named name: String) -> (any Component.Type)? {
        components.first { $0.name == name }
    }

    /// The same registry with `component` added after the others.
    func adding(_ component: any Component.Type) -> ComponentRegistry {
        ComponentRegistry(components + [component])
    }
}
