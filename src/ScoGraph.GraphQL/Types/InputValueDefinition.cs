using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// An argument (of a field or directive) or a field of an input object type. The default value is kept as the
/// literal the SDL wrote; <see cref="InputValues.ValueFromAst"/> coerces it against <see cref="Type"/>.
/// </summary>
public sealed class InputValueDefinition
{
    private bool _frozen;
    private object? _coercedDefault;
    private bool _coercedDefaultValid;

    public InputValueDefinition(string name, IGraphQLType type, string? description = null,
        ValueNode? defaultValue = null, string? deprecationReason = null)
    {
        Name = name;
        Type = type;
        Description = description;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public IGraphQLType Type { get; }

    public string? Description { get; set { EnsureMutable(); field = value; } }

    /// <summary>The default value literal; null when the input value has no default (an explicit <c>= null</c> is a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue { get; set { EnsureMutable(); field = value; } }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; set { EnsureMutable(); field = value; } }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? Definition { get; set { EnsureMutable(); field = value; } }

    /// <summary>
    /// The default value coerced to its runtime shape (graphql-js keeps this as <c>defaultValue</c>); false when
    /// there is no default or the literal does not fit the type. Computed once when the schema is built.
    /// </summary>
    public bool TryGetDefaultValue(out object? value)
    {
        if (_frozen)
        {
            // The cached default is shared by every request: each gets its own lists and objects to change.
            value = InputValues.Copy(_coercedDefault);
            return _coercedDefaultValid;
        }
        return TryCoerceDefault(out value);
    }

    private bool TryCoerceDefault(out object? value)
    {
        value = null;
        if (DefaultValue is null) return false;
        // `input A { a: A = {} }` makes a default depend on itself: treat it as invalid instead of recursing forever.
        InProgress ??= new HashSet<InputValueDefinition>(ReferenceEqualityComparer.Instance);
        if (!InProgress.Add(this)) return false;
        try
        {
            return InputValues.TryValueFromAst(DefaultValue, Type, null, out value);
        }
        finally
        {
            InProgress.Remove(this);
        }
    }

    [ThreadStatic] private static HashSet<InputValueDefinition>? InProgress;

    /// <summary>Freezes the definition and caches its coerced default (types it refers to may still be unfrozen: they are complete).</summary>
    internal void Freeze()
    {
        if (_frozen) return;
        _coercedDefaultValid = TryCoerceDefault(out _coercedDefault);
        _frozen = true;
    }

    private void EnsureMutable()
    {
        if (_frozen) throw new InvalidOperationException($"The input value \"{Name}\" belongs to a built schema and can no longer be changed.");
    }

    public override string ToString() => Name;
}
