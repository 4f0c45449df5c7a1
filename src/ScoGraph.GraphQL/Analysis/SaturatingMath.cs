namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// Arithmetic that stops at <see cref="Max"/> instead of overflowing: a fragment spread a million times
/// over must still measure as "very large", never wrap around to a small or negative number.
/// </summary>
internal static class SaturatingMath
{
    public const long Max = long.MaxValue / 4;

    public static long Add(long a, long b) => a >= Max - b ? Max : a + b;

    public static long Multiply(long a, long b)
    {
        if (a == 0 || b == 0) return 0;
        return a > Max / b ? Max : a * b;
    }
}
