using System.Text.Json;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>The small printing and suggestion helpers match graphql-js's internals they copy the behaviour of.</summary>
public class PrintingHelpersSpecs
{
    private static readonly string[] Strings =
    [
        "", "a", " a", "a ", "\ta", "line\nbreak", "\nleading", "trailing\n", "  both\n  indented", "a\n  b", "quote\"", "slash\\",
        "triple \"\"\" inside", "ends \"\"\"", "\r\nwindows", "bell\u0007", "del\u007f", "c1\u0085", "\u0010dle", "é ü 😀",
        new string('x', 71), new string('x', 70), "a\n\nb", "a\n \nb", "   ", "\n", "a\r", "x\u000by",
    ];

    [Fact]
    public void Strings_print_as_graphql_js_printString_printBlockString_and_isPrintableAsBlockString_decide()
    {
        var expected = JsonSerializer.Deserialize<string[][]>(GraphQLJs.RunScript($$"""
            const { printString } = require('graphql/language/printString');
            const { printBlockString, isPrintableAsBlockString } = require('graphql/language/blockString');
            out(JSON.stringify({{JsonSerializer.Serialize(Strings)}}.map(s =>
              [printString(s), printBlockString(s), printBlockString(s, { minimize: true }), String(isPrintableAsBlockString(s))])));
            """))!;
        var actual = Strings.Select(s => new[]
        {
            ValueLiteralPrinter.PrintString(s), BlockString.Print(s), BlockString.Print(s, minimize: true),
            BlockString.IsPrintable(s) ? "true" : "false",
        }).ToArray();
        for (var i = 0; i < Strings.Length; i++)
            Assert.True(expected[i].SequenceEqual(actual[i]),
                $"{JsonSerializer.Serialize(Strings[i])}: graphql-js {JsonSerializer.Serialize(expected[i])} | ours {JsonSerializer.Serialize(actual[i])}");
    }

    [Fact]
    public void Value_literals_print_as_graphql_js_print()
    {
        string[] literals =
        [
            "1", "-1.5e10", "\"a\\\"b\"", "\"\"\"block\n  text\"\"\"", "true", "null", "ENUM", "$var", "[]", "{}", "[1, [2, {a: [3]}]]",
            "{a: 1, b: {c: \"d\"}, e: [$f]}",
        ];
        var expected = JsonSerializer.Deserialize<string[]>(GraphQLJs.RunScript($$"""
            const { parseValue, print } = require('graphql');
            out(JSON.stringify({{JsonSerializer.Serialize(literals)}}.map(l => print(parseValue(l)))));
            """))!;
        Assert.Equal(expected, literals.Select(l => ValueLiteralPrinter.Print(Parser.ParseValue(l))).ToArray());
    }

    [Fact]
    public void Suggestions_are_those_of_graphql_js_suggestionList_and_didYouMean()
    {
        (string Input, string[] Options)[] cases =
        [
            ("stat", ["state", "states", "status", "start", "static", "stats"]),
            ("nam", ["name", "Name", "NAME", "names", "game", "ham"]),
            ("f1", ["f10", "f2", "f1x", "F1", "f11", "f9"]),
            ("item2", ["item10", "item2a", "item1", "Item2", "item20", "item3", "item02"]),
            ("ab", ["ba", "abc", "a", "xyz"]),
            ("", ["a", "b"]),
            ("LongFieldName", ["longFieldName", "LongFieldNames", "OtherName"]),
        ];
        var expected = JsonSerializer.Deserialize<string[]>(GraphQLJs.RunScript($$"""
            const { suggestionList } = require('graphql/jsutils/suggestionList');
            const { didYouMean } = require('graphql/jsutils/didYouMean');
            out(JSON.stringify({{JsonSerializer.Serialize(cases.Select(c => new object[] { c.Input, c.Options }))}}.map(([input, options]) =>
              didYouMean(suggestionList(input, options)) + '|' + didYouMean('the thing', suggestionList(input, options)))));
            """))!;
        var actual = cases.Select(c =>
        {
            var list = Suggestions.List(c.Input, c.Options);
            return Suggestions.DidYouMean(list) + "|" + Suggestions.DidYouMean(list, "the thing");
        }).ToArray();
        Assert.Equal(expected, actual);
    }
}
