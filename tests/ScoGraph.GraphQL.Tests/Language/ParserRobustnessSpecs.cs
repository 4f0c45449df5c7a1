using System.Text;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Tests.Support;

namespace ScoGraph.GraphQL.Tests.Language;

/// <summary>
/// Bad input never crashes: whatever the bytes, parsing returns a document or throws
/// <see cref="GraphQLSyntaxException"/>. Seeded, so a failure reproduces.
/// </summary>
public class ParserRobustnessSpecs
{
    private const string KitchenSink = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment { field2 { id , alias: field1(first:10, after:$foo,) @include(if: $foo) { id, ...frag } } }
            ... @skip(unless: $foo) { id }
          }
        }
        mutation likeStory { like(story: 123) @onField { story { id } } }
        subscription S($input: In = {a: 1.5e3, b: "str\u00e9\n", c: """block "quoted" """}) { s(input: $input) { count } }
        fragment frag on Friend { foo(size: $size, bar: $b, obj: {key: "value", list: [-0, null, true, ENUM]}) }
        { unnamed(truthy: true, falsy: false, nullish: null), query }
        "desc" type Foo implements Bar & Baz @d { "f" one(a: [Int!]! = [1] @x): Type @deprecated(reason: "no") }
        extend type Foo @onType
        interface Bar implements Baz { one: Type }
        union Feed = | Story | Article
        enum Site { DESKTOP MOBILE }
        input InputType { key: String! answer: Int = 42 }
        scalar Custom @specifiedBy(url: "https://x")
        directive @d(if: Boolean!) repeatable on FIELD | FRAGMENT_SPREAD
        schema { query: Q mutation: M }
        """";

    private static readonly string[] Snippets =
    [
        "{", "}", "(", ")", "[", "]", "\"", "\"\"\"", "\\", "\\u", "\\u{", "$", "@", "...", ".", "#", "\n", "\r", " ", ",",
        "!", ":", "=", "|", "&", "-", "0", "1e", "on", "query", "fragment", "extend ", "\"d\"", "\u00e9", "\uD83D",
        "\uDE00", "\U0001F600", "\t", "\uFEFF", "\0", "'",
    ];

    [Fact]
    public void Random_and_mutated_documents_never_escape_as_anything_but_syntax_errors()
    {
        var random = new Random(20261123);
        var parsed = 0;
        var rejected = 0;
        const int cases = 12_000;

        for (var i = 0; i < cases; i++)
        {
            var bytes = i % 3 == 0 ? RandomBytes(random) : null;
            var document = (i % 3) switch
            {
                0 => Encoding.UTF8.GetString(bytes!),
                1 => Mutate(random, KitchenSink),
                _ => RandomSnippets(random),
            };
            try
            {
                var options = new ParserOptions { MaxDepth = 64 };
                if (bytes is not null)
                {
                    Parser.Parse(bytes, options);
                }
                else
                {
                    Parser.Parse(document, options);
                }
                parsed++;
            }
            catch (GraphQLSyntaxException error)
            {
                Assert.StartsWith("Syntax Error: ", error.Message);
                Assert.InRange(error.Line, 1, int.MaxValue);
                Assert.InRange(error.Column, 1, int.MaxValue);
                rejected++;
            }
            catch (Exception other)
            {
                Assert.Fail($"Case {i} threw {other.GetType().Name}: {other.Message}\nDocument: {Escape(document)}");
            }
        }

        // Both outcomes occur, so the loop above checked the error path and the success path alike.
        Assert.True(parsed > 0, "some mutations should still be valid documents");
        Assert.True(rejected > 0, "most random documents should be rejected");
    }

    [Fact]
    public void Unbalanced_deep_nesting_of_every_kind_is_rejected_quickly()
    {
        foreach (var opener in new[] { "{a", "[", "{a:", "(", "{a(b:[", "{...on T{" })
        {
            var source = string.Concat(Enumerable.Repeat(opener, 100_000));
            Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
            Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source));
            Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(source));
        }
    }

    [Fact]
    public void The_deepest_accepted_document_parses_prints_and_reparses_on_a_one_megabyte_stack()
    {
        const int depth = 999; // plus the innermost selection set: exactly the default limit of 1000
        var fields = string.Concat(Enumerable.Repeat("{a", depth)) + "{b}" + new string('}', depth);
        var fragments = string.Concat(Enumerable.Repeat("{...on Q", depth)) + "{b}" + new string('}', depth);
        var values = "{b(x:" + new string('[', depth - 1) + "1" + new string(']', depth - 1) + ")}";
        var types = "query($v:" + new string('[', depth) + "Int" + new string(']', depth) + "){a}";
        Exception? failure = null;
        var printedTwice = 0;

        // A thread with a small stack stands in for a busy server thread; recursion must fit in it.
        var thread = new Thread(() =>
        {
            try
            {
                foreach (var source in new[] { fields, fragments, values, types })
                {
                    var document = Parser.Parse(source);
                    var printed = Printer.Print(document);
                    Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
                    printedTwice++;
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.Equal(4, printedTwice);
    }

    private const string AsciiBias = "{}()[]:$@!=|&.\"\\ \nabqon019-#,";

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 64)];
        random.NextBytes(bytes);
        // Bias toward ASCII punctuation so the parser gets past the first token now and then.
        for (var i = 0; i < bytes.Length; i++)
        {
            if (random.Next(3) > 0)
            {
                bytes[i] = (byte)AsciiBias[random.Next(AsciiBias.Length)];
            }
        }
        return bytes;
    }

    private static string Mutate(Random random, string source)
    {
        var text = new StringBuilder(source);
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0 when at < text.Length: // delete
                    text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                    break;
                case 1: // insert a snippet
                    text.Insert(at, Snippets[random.Next(Snippets.Length)]);
                    break;
                case 2 when at < text.Length: // duplicate a chunk
                    var chunk = text.ToString(at, Math.Min(random.Next(1, 20), text.Length - at));
                    text.Insert(at, chunk);
                    break;
                case 3 when at + 1 < text.Length: // swap two characters
                    (text[at], text[at + 1]) = (text[at + 1], text[at]);
                    break;
            }
        }
        return text.ToString();
    }

    private static string RandomSnippets(Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(0, 30);
        for (var i = 0; i < count; i++)
        {
            text.Append(Snippets[random.Next(Snippets.Length)]);
            if (random.Next(3) == 0)
            {
                text.Append((char)random.Next('a', 'z' + 1));
            }
        }
        return text.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
