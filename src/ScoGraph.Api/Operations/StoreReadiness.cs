namespace ScoGraph.Api.Operations;

/// <summary>
/// What start-up established about the store, for <c>/health/ready</c>: its schema is migrated (the adapter's own
/// words, e.g. "SQLite schema version 3") and the shipped dataset is loaded (or deliberately not, when seeding is
/// off). The host sets both before the server listens; a check reads them on every probe.
/// </summary>
public sealed class StoreReadiness
{
    private volatile string? _schema;
    private volatile string? _dataset;

    public string? Schema => _schema;

    public string? Dataset => _dataset;

    public void SchemaApplied(string description) => _schema = description;

    public void DatasetLoaded(string description) => _dataset = description;
}
