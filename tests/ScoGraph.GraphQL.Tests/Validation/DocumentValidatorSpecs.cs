using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;
using ScoGraph.GraphQL.Validation;
using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation;

/// <summary>How the validator runs the rules together: order, error limit, robustness and custom rules.</summary>
public sealed class DocumentValidatorSpecs
{
    [Fact]
    public void The_specified_rules_are_graphql_js_default_rules_in_its_order()
    {
        string[] expected =
        [
            "ExecutableDefinitions", "UniqueOperationNames", "LoneAnonymousOperation", "SingleFieldSubscriptions",
            "KnownTypeNames", "FragmentsOnCompositeTypes", "VariablesAreInputTypes", "ScalarLeafs", "FieldsOnCorrectType",
            "UniqueFragmentNames", "KnownFragmentNames", "NoUnusedFragments", "PossibleFragmentSpreads", "NoFragmentCycles",
            "UniqueVariableNames", "NoUndefinedVariables", "NoUnusedVariables", "KnownDirectives",
            "UniqueDirectivesPerLocation", "KnownArgumentNames", "UniqueArgumentNames", "ValuesOfCorrectType",
            "ProvidedRequiredArguments", "VariablesInAllowedPosition", "OverlappingFieldsCanBeMerged",
            "UniqueInputFieldNames", "MaxIntrospectionDepth",
        ];
        Assert.Equal(expected, SpecifiedRules.All.Select(r => r.GetType().Name[..^"Rule".Length]));
    }

    [Fact]
    public void All_rules_report_in_one_walk_in_the_order_graphql_js_reports() =>
        ValidationHarness.ExpectErrors(null, """
            query Pets($unused: Int, $size: String) {
              dog { name(surname: $size) barkVolume @skip(if: $missing) mother }
              cat { ...Cat meows: barks }
            }
            fragment Cat on Cat { meows furColor(x: 1) }
            fragment Lonely on Dog { name }
            """,
            ValidationHarness.Error("Field \"mother\" of type \"Dog\" must have a selection of subfields. Did you mean \"mother { ... }\"?", (2, 61)),
            ValidationHarness.Error("Fields \"meows\" conflict because \"barks\" and \"meows\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 16), (5, 23)),
            ValidationHarness.Error("Cannot query field \"barks\" on type \"Cat\".", (3, 16)),
            ValidationHarness.Error("Variable \"$missing\" is not defined by operation \"Pets\".", (2, 51), (1, 1)),
            ValidationHarness.Error("Variable \"$unused\" is never used in operation \"Pets\".", (1, 12)),
            ValidationHarness.Error("Variable \"$size\" of type \"String\" used in position expecting type \"Boolean\".", (1, 26), (2, 23)),
            ValidationHarness.Error("Unknown argument \"x\" on field \"Cat.furColor\".", (5, 38)),
            ValidationHarness.Error("Fragment \"Lonely\" is never used.", (6, 1)));

    [Fact]
    public void After_one_hundred_errors_validation_stops_with_a_final_error()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 105).Select(i => $"f{i}: unknown{i}")) + " }";
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(query));

        Assert.Equal(ValidationContext.MaxErrors + 1, errors.Count);
        Assert.Equal("Cannot query field \"unknown99\" on type \"QueryRoot\".", errors[^2].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Empty(errors[^1].Locations ?? []);
    }

    [Fact]
    public void The_error_limit_can_be_lowered()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse("{ a b c }"), null,
            new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(
        [
            "Cannot query field \"a\" on type \"QueryRoot\".",
            "Cannot query field \"b\" on type \"QueryRoot\".",
            "Too many validation errors, error limit reached. Validation aborted.",
        ], errors.Select(e => e.Message));
    }

    [Fact]
    public void Suggestions_can_be_hidden_as_graphql_js_hideSuggestions_does()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse("""
            query Q($a: Strin) {
              dog { nam doesKnowCommand(dogcomand: SIT) name @skip(iff: true) }
              catOrDog { name }
              complicatedArgs { enumArgField(enumArg: BROWNN) complexArgField(complexArg: {requiredField: true, intFeld: 1}) }
            }
            """), null, new ValidationOptions { HideSuggestions = true });

        Assert.Equal(
        [
            "Unknown type \"Strin\". @ 1:13",
            "Cannot query field \"nam\" on type \"Dog\". @ 2:9",
            "Unknown argument \"dogcomand\" on field \"Dog.doesKnowCommand\". @ 2:29",
            "Unknown argument \"iff\" on directive \"@skip\". @ 2:56",
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 2:50",
            "Cannot query field \"name\" on type \"CatOrDog\". @ 3:14",
            "Value \"BROWNN\" does not exist in \"FurColor\" enum. @ 4:43",
            "Field \"intFeld\" is not defined by type \"ComplexInput\". @ 4:101",
            "Variable \"$a\" is never used in operation \"Q\". @ 1:9",
        ], ValidationHarness.Describe(errors));
    }

    [Fact]
    public void The_introspection_queries_are_valid_against_any_schema()
    {
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(IntrospectionQuery.Text)));
        Assert.Empty(DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(IntrospectionQuery.Full)));
    }

    [Fact]
    public void A_subscription_root_field_skipped_by_a_variable_is_reported_rather_than_thrown()
    {
        // graphql-js throws from validate() here; a server must answer with an error instead.
        ValidationHarness.ExpectErrors(new SingleFieldSubscriptionsRule(), """
            subscription S($v: Boolean!) { newDog { name } newCat @skip(if: $v) { name } }
            """,
            ValidationHarness.Error(
                "Argument \"if\" of required type \"Boolean!\" was provided the variable \"$v\" which was not provided a runtime value.",
                (1, 65)));
    }

    [Fact]
    public void A_custom_rule_that_skips_a_subtree_skips_it_only_for_itself()
    {
        var counter = new FieldCountingRule();
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema,
            Parser.Parse("{ dog { mother { name unknownField } } human { name } }"),
            [counter, new FieldsOnCorrectTypeRule()]);

        // The counting rule skipped everything below "dog" (so saw dog and human), FieldsOnCorrectType did not.
        Assert.Equal(["dog", "human"], counter.Seen);
        Assert.Equal(["Cannot query field \"unknownField\" on type \"Dog\". @ 1:23"], ValidationHarness.Describe(errors));
    }

    [Fact]
    public void Mutated_documents_never_make_the_validator_throw()
    {
        var random = new Random(20261123);
        string[] seeds =
        [
            "query Q($a: Int, $b: Boolean) { dog { ...F name(surname: $b) @skip(if: $b) mother { name } } }",
            "fragment F on Dog { isAtLocation(x: $a, y: 2) ... on Cat { meows } ...G } fragment G on Pet { ...F name }",
            "subscription S { newDog { name } ... on SubscriptionRoot { newCat @include(if: false) { name } } }",
            "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, stringListField: [\"a\", null]}) oneOfArgField(oneOfArg: {intField: 1}) } }",
            "{ __schema { types { fields { type { fields { name } } } } } __type(name: \"Dog\") { name } }",
        ];
        string[] pieces = ["{", "}", "(", ")", "...", "on", "Dog", "Pet", "CatOrDog", "$a", ":", "!", "[", "]", "@skip(if: $a)", "null", "1", "\"s\"", "F", "G", "name", "mother"];
        var validated = 0;
        for (var i = 0; i < 5000; i++)
        {
            var tokens = seeds[random.Next(seeds.Length)].Split(' ').ToList();
            for (var m = random.Next(1, 3); m > 0; m--)
            {
                var at = random.Next(tokens.Count);
                switch (random.Next(3))
                {
                    case 0: tokens.RemoveAt(at); break;
                    case 1: tokens.Insert(at, pieces[random.Next(pieces.Length)]); break;
                    default: tokens.InsertRange(at, tokens.GetRange(at, Math.Min(random.Next(1, 8), tokens.Count - at))); break;
                }
                if (tokens.Count == 0) tokens.Add("{");
            }
            DocumentNode document;
            try { document = Parser.Parse(string.Join(' ', tokens)); }
            catch (GraphQLSyntaxException) { continue; }
            var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, document);
            Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.Message)));
            validated++;
        }
        Assert.True(validated > 300, $"only {validated} mutated documents parsed");
    }

    [Fact]
    public void A_very_long_fragment_chain_is_refused_with_an_error_instead_of_overflowing_the_stack()
    {
        const int length = 20_000;
        var query = "{ ...F0 } " +
            string.Join(" ", Enumerable.Range(0, length).Select(i => $"fragment F{i} on QueryRoot {{ ...F{i + 1} }}")) +
            $" fragment F{length} on QueryRoot {{ dog {{ name }} }}";
        var document = Parser.Parse(query);

        // Run on a thread with a small stack, as a server's worker threads may have.
        IReadOnlyList<ScoGraph.GraphQL.Execution.GraphQLError>? errors = null;
        var thread = new Thread(() => errors = DocumentValidator.Validate(ValidationHarness.TestSchema, document), 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal([DocumentValidator.TooDeepMessage], errors!.Select(e => e.Message));
    }

    [Fact]
    public void A_moderately_long_fragment_chain_validates_normally()
    {
        var query = "{ ...F0 } " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"fragment F{i} on QueryRoot {{ ...F{i + 1} }}")) +
            " fragment F300 on QueryRoot { dog { name } }";
        ValidationHarness.ExpectValid(null, query);
    }

    [Fact]
    public void Field_merging_work_is_budgeted_so_repetitive_documents_are_aborted()
    {
        // Three identical copies at each of seven levels: comparing them naively grows exponentially.
        static string Nest(int depth) => depth == 0
            ? "name"
            : string.Join(" ", Enumerable.Repeat($"mother {{ {Nest(depth - 1)} }}", 3));
        var document = Parser.Parse($"{{ dog {{ {Nest(7)} }} }}");

        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, document, [new OverlappingFieldsCanBeMergedRule()]);

        Assert.Equal(["Validation aborted."], errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(150, false)]
    public void Fragment_bookkeeping_is_budgeted_like_graphql_js(int operations, bool withinBudget)
    {
        // Every operation uses the same chain of 100 fragments with five variable usages each.
        var query = string.Join(" ", Enumerable.Range(0, operations).Select(i => $"query Q{i}($a: Boolean) {{ dog {{ ...F0 }} }}")) + " " +
            string.Join(" ", Enumerable.Range(0, 100).Select(i =>
                $"fragment F{i} on Dog {{ {string.Join(" ", Enumerable.Range(1, 5).Select(n => $"a{n}: name(surname: $a)"))} ...F{i + 1} }}")) +
            " fragment F100 on Dog { name }";

        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(query));

        Assert.Equal(withinBudget ? [] : ["Validation aborted."], errors.Select(e => e.Message));
    }

    /// <summary>Records top-level field names of each selection and refuses to look deeper.</summary>
    private sealed class FieldCountingRule : IValidationRule
    {
        public List<string> Seen { get; } = [];

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(Seen);

        private sealed class Visitor(List<string> seen) : ValidationVisitor
        {
            public override bool EnterField(FieldNode node)
            {
                seen.Add(node.Name.Value);
                return false;
            }
        }
    }
}
