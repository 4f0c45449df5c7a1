using ScoGraph.GraphQL.Validation.Rules;

namespace ScoGraph.GraphQL.Tests.Validation.Rules;

/// <summary>5.3.1 Field Selections: <see cref="FieldsOnCorrectTypeRule"/>, messages and locations as graphql-js 16 reports them.</summary>
public sealed class FieldsOnCorrectTypeSpecs
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void KnownFieldsAliasesAndTypenameAreFine() =>
        ValidationHarness.ExpectValid(Rule, """
        { dog { name alias: nickname __typename } catOrDog { __typename ... on Cat { meows } } __schema { queryType { name } } }
        """);

    [Fact]
    public void MisspelledFieldsSuggestSimilarFieldNames() =>
        ValidationHarness.ExpectErrors(Rule, """
        fragment F on Dog { meowVolume nickName doesknowcommand }
        """,
            ValidationHarness.Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 21)),
            ValidationHarness.Error("Cannot query field \"nickName\" on type \"Dog\". Did you mean \"nickname\" or \"name\"?", (1, 32)),
            ValidationHarness.Error("Cannot query field \"doesknowcommand\" on type \"Dog\". Did you mean \"doesKnowCommand\"?", (1, 41)));

    [Fact]
    public void FieldsOfAnAbstractTypeSuggestTheTypesToUseAnInlineFragmentOn() =>
        ValidationHarness.ExpectErrors(Rule, """
        fragment F on CatOrDog { name }
        fragment G on Pet { nickname }
        """,
            ValidationHarness.Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 26)),
            ValidationHarness.Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 21)));

    [Fact]
    public void IntrospectionFieldsExistOnlyWhereTheSchemaDefinesThem() =>
        ValidationHarness.ExpectErrors(Rule, """
        { dog { __schema { queryType { name } } } }
        """,
            ValidationHarness.Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));
}
