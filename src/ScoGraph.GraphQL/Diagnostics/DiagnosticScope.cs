namespace ScoGraph.GraphQL.Diagnostics;

/// <summary>Scopes the engine hands out: the empty one, and one that ends the scopes of several listeners.</summary>
internal sealed class DiagnosticScope : IDisposable
{
    public static readonly IDisposable Empty = new DiagnosticScope([]);

    private readonly IDisposable[] _scopes;

    public DiagnosticScope(IDisposable[] scopes) => _scopes = scopes;

    public void Dispose()
    {
        // Ended in reverse, as nested scopes end.
        for (var i = _scopes.Length - 1; i >= 0; i--) _scopes[i].Dispose();
    }
}
