namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// A position in the response (spec 7.1.2 "path"): a linked list from the field back to the root, as
/// graphql-js keeps it, so creating one per field costs a single small object.
/// Internally it also remembers where the value is stored and whether that position may be null:
/// a field that completes late (after an await) can then null out the nearest nullable parent.
/// </summary>
public sealed class ResponsePath
{
    internal ResponsePath(ResponsePath? parent, string? fieldKey, int slot, object container, bool nullable)
    {
        Parent = parent;
        FieldKey = fieldKey;
        Slot = slot;
        Container = container;
        Nullable = nullable;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key for a field position; null for a list item.</summary>
    public string? FieldKey { get; }

    /// <summary>The list index for a list item (and, internally, the slot of a field in its object).</summary>
    internal int Slot { get; }

    /// <summary>The response key (string) or list index (int) of this position.</summary>
    public object Key => FieldKey ?? (object)Slot;

    /// <summary>The <see cref="ResultMap"/> or <c>object?[]</c> that holds this position's value.</summary>
    internal object Container { get; }

    /// <summary>Whether this position's type is nullable, i.e. whether an error stops propagating here.</summary>
    internal bool Nullable { get; }

    internal void Store(object? value)
    {
        if (Container is ResultMap map) map.SetAt(Slot, value);
        else ((object?[])Container)[Slot] = value;
    }

    /// <summary>The path as the response shows it: keys from the root down.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent) depth++;
        var keys = new object[depth];
        for (var p = this; p is not null; p = p.Parent) keys[--depth] = p.Key;
        return keys;
    }

    public override string ToString() => string.Join(".", ToList());
}
