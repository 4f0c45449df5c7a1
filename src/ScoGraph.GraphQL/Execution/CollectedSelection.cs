namespace ScoGraph.GraphQL.Execution;

/// <summary>A collected selection: its fields in response order and their keys, shared by every result map built from it.</summary>
internal sealed record CollectedSelection(CollectedField[] Fields, ResultShape Shape);
