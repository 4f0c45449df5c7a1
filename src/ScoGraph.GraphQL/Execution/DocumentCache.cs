using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by query text, least recently used evicted first, so clients that send the
/// same queries (the usual case) skip parsing and validation.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    public sealed record Entry(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);

    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Entry Value)>> _byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Entry Value)> _recency = new();

    public int Count
    {
        get { lock (_gate) return _byKey.Count; }
    }

    public Entry GetOrAdd(string key, Func<string, Entry> create)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Value;
            }
        }
        // Parsing and validating happen outside the lock; two racing requests may both do it, harmlessly.
        var entry = create(key);
        if (capacity <= 0) return entry;
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var raced)) return raced.Value.Value;
            _byKey[key] = _recency.AddFirst((key, entry));
            while (_byKey.Count > capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _byKey.Remove(last.Value.Key);
            }
        }
        return entry;
    }
}
