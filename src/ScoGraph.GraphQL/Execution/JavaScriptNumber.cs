using System.Globalization;

namespace ScoGraph.GraphQL.Execution;

/// <summary>Formats a double the way JavaScript's <c>Number.prototype.toString()</c> does (ECMA-262 Number::toString).</summary>
public static class JavaScriptNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0"; // also -0, as JavaScript prints it
        if (value < 0) return "-" + Format(-value);

        // Shortest round-trip digits and the decimal exponent, from .NET's "R" output like "1.2345E-07".
        var (digits, exponent) = Decompose(value.ToString("R", CultureInfo.InvariantCulture));

        var k = digits.Length;
        var n = exponent + 1; // position of the decimal point relative to the digits
        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        var sign = n - 1 >= 0 ? "+" : "-";
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Splits "1.25E+22" or "0.00125" into significant digits ("125") and the exponent of the first digit.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var integerPart = point >= 0 ? text[..point] : text;
        var fraction = point >= 0 ? text[(point + 1)..] : "";
        var all = integerPart + fraction;
        var firstNonZero = 0;
        while (firstNonZero < all.Length && all[firstNonZero] == '0') firstNonZero++;
        if (firstNonZero == all.Length) return ("", 0);
        var digits = all[firstNonZero..].TrimEnd('0');
        // The first significant digit sits at 10^(integerPart.Length - 1 - firstNonZero) before the E exponent.
        return (digits, exponent + integerPart.Length - 1 - firstNonZero);
    }
}
