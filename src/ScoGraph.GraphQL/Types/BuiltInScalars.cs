using System.Globalization;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// Int, Float, String, Boolean and ID with graphql-js 16's coercion rules and messages. Numbers follow
/// JavaScript's view: any CLR number is "a number", integral when it has no fraction.
/// </summary>
internal static class BuiltInScalars
{
    private const int MaxInt = int.MaxValue;
    private const int MinInt = int.MinValue;

    public static readonly ScalarType Int = Freeze(new ScalarType("Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        SerializeInt, ParseIntValue, ParseIntLiteral));

    public static readonly ScalarType Float = Freeze(new ScalarType("Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        SerializeFloat, ParseFloatValue, ParseFloatLiteral));

    public static readonly ScalarType String = Freeze(new ScalarType("String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        SerializeString, ParseStringValue, ParseStringLiteral));

    public static readonly ScalarType Boolean = Freeze(new ScalarType("Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral));

    public static readonly ScalarType ID = Freeze(new ScalarType("ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        SerializeId, ParseIdValue, ParseIdLiteral));

    /// <summary>In graphql-js's order (String, Int, Float, Boolean, ID).</summary>
    public static readonly IReadOnlyList<ScalarType> All = [String, Int, Float, Boolean, ID];

    public static bool IsSpecified(ScalarType type) =>
        type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static ScalarType Freeze(ScalarType type)
    {
        type.FreezeBuiltIn();
        return type;
    }

    private static string Inspect(object? value) => ValueInspector.Inspect(value);

    private static string PrintLiteral(ValueNode node) => ValueLiteralPrinter.Print(node);

    // ---- Int

    private static object? SerializeInt(object? value)
    {
        if (value is bool b) return b ? 1 : 0;
        double? number = value is string s && s.Length > 0 ? JavaScriptNumbers.FromString(s) : JavaScriptNumbers.AsNumber(value);
        if (number is not double n || !JavaScriptNumbers.IsInteger(n))
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Inspect(value)}");
        if (n > MaxInt || n < MinInt)
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(value)}");
        return (int)n;
    }

    private static object? ParseIntValue(object? value)
    {
        if (value is bool || JavaScriptNumbers.AsNumber(value) is not double n || !JavaScriptNumbers.IsInteger(n))
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Inspect(value)}");
        if (n > MaxInt || n < MinInt)
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {JavaScriptNumbers.Format(value!, n)}");
        return (int)n;
    }

    private static object? ParseIntLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intNode)
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {PrintLiteral(literal)}", literal);
        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", literal);
        return result;
    }

    // ---- Float

    private static object? SerializeFloat(object? value)
    {
        if (value is bool b) return b ? 1d : 0d;
        double? number = value is string s && s.Length > 0 ? JavaScriptNumbers.FromString(s) : JavaScriptNumbers.AsNumber(value);
        if (number is not double n || !double.IsFinite(n))
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Inspect(value)}");
        return n;
    }

    private static object? ParseFloatValue(object? value)
    {
        if (value is bool || JavaScriptNumbers.AsNumber(value) is not double n || !double.IsFinite(n))
            throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Inspect(value)}");
        return n;
    }

    private static object? ParseFloatLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"Float cannot represent non numeric value: {PrintLiteral(literal)}", literal),
    };

    // ---- String

    private static object? SerializeString(object? value)
    {
        switch (value)
        {
            case string s: return s;
            case bool b: return b ? "true" : "false";
        }
        if (JavaScriptNumbers.AsNumber(value) is double n && double.IsFinite(n)) return JavaScriptNumbers.Format(value!, n);
        throw new GraphQLCoercionException($"String cannot represent value: {Inspect(value)}");
    }

    private static object? ParseStringValue(object? value) => value as string ??
        throw new GraphQLCoercionException($"String cannot represent a non string value: {Inspect(value)}");

    private static object? ParseStringLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s ? s.Value
            : throw new GraphQLCoercionException($"String cannot represent a non string value: {PrintLiteral(literal)}", literal);

    // ---- Boolean

    private static object? SerializeBoolean(object? value)
    {
        if (value is bool b) return b;
        if (JavaScriptNumbers.AsNumber(value) is double n && double.IsFinite(n)) return n != 0;
        throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}");
    }

    private static object? ParseBooleanValue(object? value) => value as bool? ??
        throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}");

    private static object? ParseBooleanLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is BooleanValueNode b ? b.Value
            : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {PrintLiteral(literal)}", literal);

    // ---- ID

    private static object? SerializeId(object? value)
    {
        if (value is string s) return s;
        if (value is not bool && JavaScriptNumbers.AsNumber(value) is double n && JavaScriptNumbers.IsInteger(n))
            return JavaScriptNumbers.Format(value!, n);
        // CLR identifiers that are naturally strings (Guid) read as their text.
        if (value is Guid guid) return guid.ToString();
        throw new GraphQLCoercionException($"ID cannot represent value: {Inspect(value)}");
    }

    private static object? ParseIdValue(object? value)
    {
        if (value is string s) return s;
        if (value is not bool && JavaScriptNumbers.AsNumber(value) is double n && JavaScriptNumbers.IsInteger(n))
            return JavaScriptNumbers.Format(value!, n);
        throw new GraphQLCoercionException($"ID cannot represent value: {Inspect(value)}");
    }

    private static object? ParseIdLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLCoercionException($"ID cannot represent a non-string and non-integer value: {PrintLiteral(literal)}", literal),
    };
}
