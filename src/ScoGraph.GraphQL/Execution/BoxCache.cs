namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Shared boxes for the values properties return most (booleans, small integers), so reading them for a
/// response of thousands of objects does not allocate a box per field.
/// </summary>
internal static class BoxCache
{
    private const int SmallMin = -128;
    private const int SmallMax = 1023;

    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] SmallInts = Enumerable.Range(SmallMin, SmallMax - SmallMin + 1).Select(i => (object)i).ToArray();

    public static object Bool(bool value) => value ? True : False;

    public static object Int(int value) => value is >= SmallMin and <= SmallMax ? SmallInts[value - SmallMin] : value;
}
