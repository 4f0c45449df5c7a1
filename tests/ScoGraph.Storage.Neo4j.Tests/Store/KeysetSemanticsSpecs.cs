using System.Text.RegularExpressions;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j.Reading;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// The keyset conditions evaluated as Cypher would (AND binds tighter than OR, strings by code point) on random
/// items, against the domain's cursor order: "beyond the cursor" must be exactly the items after (or before) it.
/// </summary>
public sealed partial class KeysetSemanticsSpecs
{
    public static TheoryData<EntityOrder> Orders() =>
    [
        new EntityOrder(EntityOrderField.Name),
        new EntityOrder(EntityOrderField.Date, SortDirection.Descending),
        new EntityOrder(EntityOrderField.Id, SortDirection.Descending),
        new EntityOrder(EntityOrderField.Date, SortDirection.Ascending, new EntityOrder(EntityOrderField.Name)),
        new EntityOrder(EntityOrderField.Date, SortDirection.Descending, new EntityOrder(EntityOrderField.Name)),
        new EntityOrder(EntityOrderField.Date, SortDirection.Ascending, new EntityOrder(EntityOrderField.Name, SortDirection.Descending)),
    ];

    [Theory]
    [MemberData(nameof(Orders))]
    public void Beyond_a_cursor_is_exactly_the_items_after_or_before_it_in_list_order(EntityOrder order)
    {
        var random = new Random(7);
        string Pick(params string[] options) => options[random.Next(options.Length)];
        var items = Enumerable.Range(0, 60).Select(i => new Dictionary<string, string>
        {
            ["v.itemId"] = $"id-{random.Next(30):D2}{Pick("", "😀", "\uFFFF")}",
            ["v.nameKey"] = Pick("a", "b", "é", "\uFFFF", "😀"),
            ["v.dateKey"] = Pick("2001-01-012001-01-01", "2001-01-012001-12-31", EntityIndexEntry.MissingKey),
        }).DistinctBy(i => i["v.itemId"]).ToArray();
        var keyset = KeysetOrder.For(order);
        KeysetCursor CursorOf(Dictionary<string, string> item) => new(item[keyset.SortProperties[0]], item["v.itemId"],
            keyset.SortProperties.Count > 1 ? item[keyset.SortProperties[1]] : null);

        foreach (var cursorItem in items)
        {
            var cursor = CursorOf(cursorItem);
            var parameters = new Dictionary<string, string> { ["$afterKey"] = cursor.SortKey, ["$afterThen"] = cursor.ThenKey ?? "", ["$afterId"] = cursor.Id };
            foreach (var (later, inclusive) in new[] { (true, false), (false, false), (true, true), (false, true) })
            {
                var condition = keyset.Beyond("after", later, inclusive);
                foreach (var item in items)
                {
                    var comparison = KeysetCursor.Compare(CursorOf(item), cursor, order);
                    var expected = (later ? comparison > 0 : comparison < 0) || (inclusive && comparison == 0);
                    Assert.True(expected == Evaluate(condition, item, parameters), $"{condition} on {string.Join(",", item.Values)}");
                }
            }
        }
    }

    // A tiny evaluator for the generated conditions: ( ) AND OR and comparisons "property op $parameter".
    [GeneratedRegex(@"\s*(\(|\)|AND\b|OR\b|v\.\w+|<=|>=|<|>|=|\$\w+)")]
    private static partial Regex Token();

    private static bool Evaluate(string condition, Dictionary<string, string> item, Dictionary<string, string> parameters)
    {
        var tokens = Token().Matches(condition).Select(m => m.Groups[1].Value).ToList();
        var position = 0;
        bool Or()
        {
            var value = And();
            while (position < tokens.Count && tokens[position] == "OR") { position++; value = And() | value; }
            return value;
        }
        bool And()
        {
            var value = Primary();
            while (position < tokens.Count && tokens[position] == "AND") { position++; value = Primary() & value; }
            return value;
        }
        bool Primary()
        {
            if (tokens[position] == "(") { position++; var inner = Or(); Assert.Equal(")", tokens[position++]); return inner; }
            var left = item[tokens[position++]];
            var op = tokens[position++];
            var right = parameters[tokens[position++]];
            var c = KeysetCursor.CompareCodePoints(left, right);
            return op switch { "<" => c < 0, "<=" => c <= 0, ">" => c > 0, ">=" => c >= 0, "=" => c == 0, _ => throw new FormatException(op) };
        }
        var result = Or();
        Assert.Equal(tokens.Count, position);
        return result;
    }
}
