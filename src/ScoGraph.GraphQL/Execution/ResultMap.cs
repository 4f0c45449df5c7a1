using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// An object in the response: response keys in selection order (what clients and graphql-js expect),
/// stored in two arrays sized by the selection so building it costs one allocation per object.
/// Lookups are linear; selections are small and the writer walks by position anyway.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private string[] _keys;
    private object?[] _values;
    private int _count;
    private readonly bool _sharedKeys;
    private readonly ResultShape? _shape;

    public ResultMap(int capacity = 4)
    {
        capacity = Math.Max(capacity, 1);
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>
    /// A map whose keys are fixed up front and shared with every other object of the same selection
    /// (the executor's case: one key array per selection, one value array per object).
    /// </summary>
    internal ResultMap(ResultShape shape)
    {
        _shape = shape;
        _keys = shape.Keys;
        _values = new object?[_keys.Length];
        _count = _keys.Length;
        _sharedKeys = true;
    }

    /// <summary>The keys already JSON-encoded, when this map shares a shape with its siblings (the writer's fast path).</summary>
    internal System.Text.Json.JsonEncodedText[]? EncodedKeys => _shape?.EncodedKeys;

    public int Count => _count;

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    /// <summary>Appends a key and returns its position; a later <see cref="SetAt"/> fills in a deferred value.</summary>
    internal int Add(string key, object? value)
    {
        if (_sharedKeys) throw new InvalidOperationException("A map with shared keys cannot grow.");
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _keys[_count] = key;
        _values[_count] = value;
        return _count++;
    }

    internal void SetAt(int index, object? value) => _values[index] = value;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys
    {
        get { for (var i = 0; i < _count; i++) yield return _keys[i]; }
    }

    public IEnumerable<object?> Values
    {
        get { for (var i = 0; i < _count; i++) yield return _values[i]; }
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
        for (var i = 0; i < _count; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
