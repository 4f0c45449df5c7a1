using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>
/// Bad SDL never crashes start-up: whatever the mutation of a rich schema, building either succeeds (and the schema
/// then prints and introspects) or fails with <see cref="SchemaBuildException"/>. Seeded, so a failure reproduces.
/// </summary>
public class SchemaBuilderRobustnessSpecs
{
    private static readonly string[] Snippets =
    [
        "{", "}", "(", ")", "[", "]", "!", ":", "=", "|", "&", "@", "\"x\"", " ", "\n", "Int", "String", "Query", "State",
        "Node", "MemberFilter", "PartyRef", "MembershipStatus", "@deprecated", "@oneOf", "@specifiedBy(url: 1)", "implements ",
        "extend ", "type ", "input ", "interface ", "union ", "enum ", "scalar ", "schema ", "directive ", "repeatable ",
        "= {}", "= []", "= null", "= 1", "= MEMBER", "__x", "query: ", "mutation: ", "on FIELD", "@cost", "@cost(weight: \"a\")",
    ];

    [Fact]
    public async Task Mutated_schemas_build_or_fail_with_the_list_of_problems()
    {
        var random = new Random(20261123);
        var built = 0;
        var refused = 0;
        for (var i = 0; i < 1_500; i++)
        {
            var sdl = Mutate(random, SampleSchemas.KitchenSink);
            Schema schema;
            try
            {
                schema = SchemaBuilder.FromSdl(sdl).Build();
            }
            catch (SchemaBuildException e)
            {
                Assert.NotEmpty(e.Problems);
                refused++;
                continue;
            }
            catch (Exception e)
            {
                Assert.Fail($"Building crashed with {e.GetType().Name}: {e.Message}\nSDL:\n{sdl}");
                return;
            }
            built++;
            SchemaPrinter.Print(schema);
            if (i % 10 == 0)
            {
                var result = await Executor.ExecuteAsync(new ExecutionArgs(schema, Parser.Parse(IntrospectionQuery.Full)));
                Assert.True(result.HasData, $"introspection failed for:\n{sdl}");
            }
        }
        Assert.True(built > 50 && refused > 50, $"built {built}, refused {refused}: the mutations should produce both outcomes");
    }

    private static string Mutate(Random random, string text)
    {
        var result = text;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(result.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    result = result.Insert(position, Snippets[random.Next(Snippets.Length)]);
                    break;
                case 1:
                    var length = Math.Min(random.Next(1, 12), result.Length - position);
                    if (length > 0) result = result.Remove(position, length);
                    break;
                default:
                    // Swap a whole line with another: reorders definitions and fields.
                    var lines = result.Split('\n');
                    var a = random.Next(lines.Length);
                    var b = random.Next(lines.Length);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    result = string.Join('\n', lines);
                    break;
            }
        }
        return result;
    }
}
