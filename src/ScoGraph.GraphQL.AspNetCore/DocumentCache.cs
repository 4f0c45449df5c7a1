using System.Collections.Concurrent;
using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>A document parsed once: its tree (or syntax error), and its analysis when no variable can change it.</summary>
public sealed record CachedDocument(DocumentNode? Document, GraphQLError? SyntaxError, QueryAnalysis? FixedAnalysis)
{
    /// <summary>
    /// Validation errors, filled in by the first request that passes the limits (validation does not depend on
    /// variables). Two requests racing may both validate; they store equal results.
    /// </summary>
    public IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }

    /// <summary>The type of the operation a request selects; null when the name matches nothing (the executor reports that).</summary>
    public OperationType? OperationTypeOf(string? operationName)
    {
        if (Document is null) return null;
        OperationDefinitionNode? found = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (operationName is null)
            {
                if (found is not null) return null; // ambiguous: the executor reports it
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation.Operation;
            }
        }
        return found?.Operation;
    }
}

/// <summary>
/// Parsed documents by text, so repeated operations (the common case: clients send the same few) skip parsing,
/// analysis and validation. Bounded by count and by total text length: when full it starts over, which keeps
/// memory flat under a flood of unique (or huge) documents.
/// </summary>
public sealed class DocumentCache(int capacity = 1000, long maxTotalLength = 4_000_000)
{
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);
    private long _totalLength;

    public CachedDocument GetOrParse(string text, Func<DocumentNode, QueryAnalysis?> analyzeFixed)
    {
        if (_documents.TryGetValue(text, out var cached)) return cached;

        CachedDocument parsed;
        try
        {
            var document = Parser.Parse(text);
            parsed = new CachedDocument(document, null, analyzeFixed(document));
        }
        catch (GraphQLSyntaxException e)
        {
            parsed = new CachedDocument(null, e.Error, null);
        }

        if (_documents.Count >= capacity || Interlocked.Read(ref _totalLength) + text.Length > maxTotalLength)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _totalLength, 0);
        }
        if (_documents.TryAdd(text, parsed)) Interlocked.Add(ref _totalLength, text.Length);
        return parsed;
    }
}
