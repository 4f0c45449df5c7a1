namespace ScoGraph.Api.Hosting;

/// <summary>What <see cref="DatasetSync"/> did on start.</summary>
/// <param name="Version">The shipped dataset's version, which the store now holds.</param>
/// <param name="Previous">The version the store held before; null when it recorded none.</param>
/// <param name="Loaded">False when the store already held this version and nothing was read or written.</param>
/// <param name="Retracted">Ids retracted because the dataset no longer contains them.</param>
/// <param name="KeptForPeople">Dataset ids not written because people wrote or retracted them since.</param>
public sealed record DatasetSyncReport(
    string Version,
    string? Previous,
    bool Loaded,
    int Created,
    int Updated,
    IReadOnlyList<string> Retracted,
    IReadOnlyList<string> KeptForPeople);
