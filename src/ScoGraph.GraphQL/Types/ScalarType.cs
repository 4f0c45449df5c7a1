using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>Turns a resolver's value into the scalar's response value; throws <see cref="GraphQLCoercionException"/> when it cannot.</summary>
public delegate object? ScalarSerializer(object? value);

/// <summary>Turns a variable's (JSON-shaped) value into the scalar's runtime value; throws <see cref="GraphQLCoercionException"/> when it cannot.</summary>
public delegate object? ScalarValueParser(object? value);

/// <summary>Turns a literal into the scalar's runtime value; <paramref name="variables"/> are the operation's coerced variables.</summary>
public delegate object? ScalarLiteralParser(ValueNode literal, IReadOnlyDictionary<string, object?>? variables);

/// <summary>
/// A leaf type. The five built-ins coerce exactly as graphql-js 16 does (including messages); a custom scalar
/// passes values through unchanged until its functions are bound (see <see cref="SetCoercion"/>).
/// </summary>
public sealed class ScalarType : NamedType
{
    public ScalarType(string name, string? description = null, ScalarSerializer? serialize = null,
        ScalarValueParser? parseValue = null, ScalarLiteralParser? parseLiteral = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        Serializer = serialize ?? (value => value);
        ValueParser = parseValue ?? (value => value);
        LiteralParser = parseLiteral ?? ((literal, variables) => InputValues.ValueFromAstUntyped(literal, variables));
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The <c>@specifiedBy(url:)</c> of the scalar, if any.</summary>
    public string? SpecifiedByUrl { get; set { EnsureMutable(); field = value; } }

    public ScalarSerializer Serializer { get; private set; }

    public ScalarValueParser ValueParser { get; private set; }

    public ScalarLiteralParser LiteralParser { get; private set; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public bool IsSpecified => BuiltInScalars.IsSpecified(this);

    public object? Serialize(object? value) => Serializer(value);

    public object? ParseValue(object? value) => ValueParser(value);

    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        LiteralParser(literal, variables);

    /// <summary>Replaces the coercion functions (only before the schema is built; built-ins cannot be changed).</summary>
    public void SetCoercion(ScalarSerializer? serialize = null, ScalarValueParser? parseValue = null, ScalarLiteralParser? parseLiteral = null)
    {
        EnsureMutable();
        if (serialize is not null) Serializer = serialize;
        if (parseValue is not null) ValueParser = parseValue;
        if (parseLiteral is not null) LiteralParser = parseLiteral;
    }

    public static ScalarType Int => BuiltInScalars.Int;
    public static ScalarType Float => BuiltInScalars.Float;
    public static ScalarType String => BuiltInScalars.String;
    public static ScalarType Boolean => BuiltInScalars.Boolean;
    public static ScalarType ID => BuiltInScalars.ID;

    internal void FreezeBuiltIn() => Freeze();
}
