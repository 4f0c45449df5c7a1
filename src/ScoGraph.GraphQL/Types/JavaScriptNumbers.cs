using System.Globalization;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Types;

/// <summary>The few pieces of JavaScript number semantics the built-in scalars rely on.</summary>
internal static class JavaScriptNumbers
{
    /// <summary>The value as a JavaScript number, or null when it is not a CLR number.</summary>
    public static double? AsNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul,
        _ => null,
    };

    public static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>String(value) in JavaScript: integral CLR values print exactly, doubles as JavaScript prints them.</summary>
    public static string Format(object original, double asDouble) => original switch
    {
        int or long or short or byte or sbyte or ushort or uint or ulong =>
            Convert.ToString(original, CultureInfo.InvariantCulture)!,
        _ => JavaScriptNumber.Format(asDouble),
    };

    /// <summary>JavaScript's <c>Number(string)</c>: trimmed decimal, hex/octal/binary, Infinity; empty is 0; else NaN.</summary>
    public static double FromString(string text)
    {
        var s = text.Trim();
        if (s.Length == 0) return 0;
        if (s.Length > 2 && s[0] == '0' && (s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            var radix = s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2;
            double result = 0;
            foreach (var c in s[2..])
            {
                var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
                if (digit >= radix) return double.NaN;
                result = result * radix + digit;
            }
            return result;
        }
        var unsigned = s.TrimStart('+', '-');
        if (unsigned == "Infinity") return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var c in s)
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')) return double.NaN;
        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }
}
