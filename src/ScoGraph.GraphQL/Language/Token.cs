namespace ScoGraph.GraphQL.Language;

/// <summary>
/// One lexical token: where it is (character offsets, 1-based line and column of its start) and,
/// for names, numbers and strings, its value (strings already unescaped/dedented).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>The token as graphql-js describes it in messages, e.g. <c>Name "x"</c> or <c>"}"</c>.</summary>
    public string Describe() =>
        Value is null ? TokenKindText.Describe(Kind) : $"{TokenKindText.Describe(Kind)} \"{Value}\"";
}
