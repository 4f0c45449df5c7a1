using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Language;

/// <summary>
/// The document is not valid GraphQL syntax. <see cref="Error"/> is ready for the response's
/// <c>errors</c> list: <c>Syntax Error: ...</c> with the one location graphql-js reports.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
        Error = new GraphQLError(Message, [new SourceLocation(line, column)]);
    }

    public GraphQLError Error { get; }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Character offset in the source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Builds the exception for an offset, computing line and column the way graphql-js does.</summary>
    internal static GraphQLSyntaxException At(string source, int position, string description)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < source.Length && i < position; i++)
        {
            var c = source[i];
            if (c == '\r')
            {
                var length = i + 1 < source.Length && source[i + 1] == '\n' ? 2 : 1;
                lineStart = i + length;
                line++;
                i += length - 1;
            }
            else if (c == '\n')
            {
                lineStart = i + 1;
                line++;
            }
        }
        return new GraphQLSyntaxException(description, position, line, position + 1 - lineStart);
    }
}
