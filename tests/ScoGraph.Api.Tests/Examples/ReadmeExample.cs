namespace ScoGraph.Api.Tests.Examples;

/// <summary>One example of the README's "Example queries" section: its heading, the query and the answer it shows.</summary>
public sealed record ReadmeExample(string Title, string Query, string Answer)
{
    public override string ToString() => Title;
}
