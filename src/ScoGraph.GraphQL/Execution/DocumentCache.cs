namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Understood documents by query text, least recently used evicted first, so clients that send the same queries
/// (the usual case) skip parsing, analysis and validation. Bounded by count and by the total length of the texts
/// kept (a parsed tree takes roughly 70 bytes per character of its text), so a flood of unique or huge documents
/// cannot grow memory.
/// </summary>
internal sealed class DocumentCache(int capacity, long maxTotalLength = long.MaxValue)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, CachedDocument Document)>> _byText = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, CachedDocument Document)> _recency = new();
    private long _totalLength;

    public int Count
    {
        get { lock (_gate) return _byText.Count; }
    }

    /// <summary>The document kept for this text, marked as just used; false when there is none.</summary>
    public bool TryGet(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CachedDocument? document)
    {
        lock (_gate)
        {
            if (_byText.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }
        document = null;
        return false;
    }

    public CachedDocument GetOrAdd(string text, Func<string, CachedDocument> create)
    {
        if (TryGet(text, out var known)) return known;
        // Parsing happens outside the lock; two racing requests may both do it, harmlessly.
        var document = create(text);
        if (capacity <= 0 || text.Length > maxTotalLength) return document;
        lock (_gate)
        {
            if (_byText.TryGetValue(text, out var raced)) return raced.Value.Document;
            _byText[text] = _recency.AddFirst((text, document));
            _totalLength += text.Length;
            while (_byText.Count > capacity || _totalLength > maxTotalLength)
            {
                var oldest = _recency.Last!.Value;
                _recency.RemoveLast();
                _byText.Remove(oldest.Text);
                _totalLength -= oldest.Text.Length;
            }
        }
        return document;
    }
}
