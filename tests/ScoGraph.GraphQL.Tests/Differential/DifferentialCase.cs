namespace ScoGraph.GraphQL.Tests.Differential;

/// <summary>One document to run through both graphql-js and our engine, against one corpus schema.</summary>
/// <param name="Id">Stable name: <c>schema/file/case</c>, or <c>...~variant</c> for generated variants.</param>
/// <param name="VariablesJson">Raw JSON object text, or null for no variables.</param>
public sealed record DifferentialCase(
    string Id,
    string Schema,
    string Document,
    string? VariablesJson = null,
    string? OperationName = null)
{
    public override string ToString() => Id;
}
