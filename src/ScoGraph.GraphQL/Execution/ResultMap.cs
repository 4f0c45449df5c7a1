using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// An object in the response: response keys in selection order (what clients and graphql-js expect). The keys are
/// fixed up front and shared with every other object of the same selection, so building one costs one value array.
/// Lookups are linear; selections are small and the writer walks by position anyway.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly ResultShape _shape;
    private readonly object?[] _values;

    internal ResultMap(ResultShape shape)
    {
        _shape = shape;
        _values = new object?[shape.Keys.Length];
    }

    /// <summary>The keys already JSON-encoded (the writer's fast path).</summary>
    internal System.Text.Json.JsonEncodedText[] EncodedKeys => _shape.EncodedKeys;

    public int Count => _values.Length;

    public object? ValueAt(int index) => _values[index];

    /// <summary>Fills in the value at a key's position (deferred values arrive after their siblings).</summary>
    internal void SetAt(int index, object? value) => _values[index] = value;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    // Iterated, not handed out: the key array is shared by every object of the selection.
    public IEnumerable<string> Keys
    {
        get { foreach (var key in _shape.Keys) yield return key; }
    }

    public IEnumerable<object?> Values
    {
        get { foreach (var value in _values) yield return value; }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++) yield return new(_shape.Keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => Array.IndexOf(_shape.Keys, key);
}
