namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// What static analysis measured on the operation that will run (fragments expanded). Counts saturate at a very
/// large number rather than overflow, so a fragment "billion laughs" document still measures as huge.
/// </summary>
public sealed record QueryAnalysis(
    int Depth,
    long Aliases,
    long RootFields,
    int MaxDirectivesPerField,
    long Cost,
    bool UsesIntrospection);
