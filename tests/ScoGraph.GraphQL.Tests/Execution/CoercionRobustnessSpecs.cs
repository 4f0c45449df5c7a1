using FsCheck;
using FsCheck.Xunit;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>Whatever a client sends as variables, execution answers with data or errors and never throws.</summary>
public class CoercionRobustnessSpecs
{
    private static readonly Schema AllInputs = Schema("""
        enum Color { RED GREEN }
        input Inner { n: Int!, tags: [String!] = ["x"] }
        input Outer { inner: Inner, list: [[Int]!], color: Color = RED }
        input Choice @oneOf { a: Int, b: Inner }
        type Query {
          echo(i: Int, f: Float, s: String, b: Boolean, id: ID, c: Color, o: Outer, ch: Choice, l: [Inner!]!, req: Int!): String
        }
        """);

    private const string Query = """
        query($i: Int, $f: Float, $s: String, $b: Boolean, $id: ID, $c: Color, $o: Outer, $ch: Choice, $l: [Inner!]!, $req: Int!) {
          echo(i: $i, f: $f, s: $s, b: $b, id: $id, c: $c, o: $o, ch: $ch, l: $l, req: $req)
        }
        """;

    private static readonly string[] Names = ["i", "f", "s", "b", "id", "c", "o", "ch", "l", "req", "inner", "n", "tags", "list", "color", "a", "zzz"];

    /// <summary>A random JSON-shaped value: scalars of every kind (including NaN and huge numbers), lists and objects.</summary>
    private static object? RandomValue(Random random, int depth)
    {
        switch (random.Next(depth > 3 ? 9 : 11))
        {
            case 0: return null;
            case 1: return random.Next(2) == 0;
            case 2: return random.Next(int.MinValue, int.MaxValue);
            case 3: return random.NextInt64(long.MinValue, long.MaxValue);
            case 4: return new[] { double.NaN, double.PositiveInfinity, 1.5, -0.0, 1e300, 3.0 }[random.Next(6)];
            case 5: return new[] { "", "RED", "GREEN", "abc", "12", "\u0000", "é" }[random.Next(7)];
            case 6: return 2147483648m;
            case 7: return random.Next(-3, 3);
            case 8: return "x";
            case 9: return Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1)).ToArray();
            default:
                var map = new Dictionary<string, object?>();
                for (var i = random.Next(4); i > 0; i--) map[Names[random.Next(Names.Length)]] = RandomValue(random, depth + 1);
                return map;
        }
    }

    [Property(MaxTest = 300)]
    public bool Random_variables_yield_data_or_errors_never_an_exception(int seed)
    {
        var random = new Random(seed);
        var variables = new Dictionary<string, object?>();
        foreach (var name in Names)
        {
            if (random.Next(3) > 0) variables[name] = RandomValue(random, 0);
        }
        var root = Obj(("echo", Resolve(context => string.Join(",", context.Arguments.Keys))));

        var result = Execute(AllInputs, Query, root, variables).GetAwaiter().GetResult();

        return result.Errors is { Count: > 0 } || (result.HasData && result.Data is not null);
    }
}
