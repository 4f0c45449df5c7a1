using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>The schema as SDL for <c>GET ?sdl</c>.</summary>
internal static class SchemaSdl
{
    /// <summary>
    /// The printed schema as a text file: followed by a newline, so that <c>curl /graphql?sdl &gt; schema.graphql</c>
    /// gives exactly the checked-in contract file.
    /// </summary>
    public static string Print(Schema schema) => ScoGraph.GraphQL.Utilities.SchemaPrinter.Print(schema) + "\n";
}
