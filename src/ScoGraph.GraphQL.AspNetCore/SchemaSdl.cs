using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>The schema as SDL for <c>GET ?sdl</c>.</summary>
internal static class SchemaSdl
{
    public static string Print(Schema schema) => ScoGraph.GraphQL.Utilities.SchemaPrinter.Print(schema);
}
