using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Tests.Language;

public class SyntaxWalkerSpecs
{
    private sealed class KindRecorder : SyntaxWalker
    {
        public List<string> Entered { get; } = [];
        public List<string> Left { get; } = [];

        protected override void Enter(SyntaxNode node) => Entered.Add(node.Kind);

        protected override void Leave(SyntaxNode node) => Left.Add(node.Kind);
    }

    private sealed class FieldCounter : SyntaxWalker
    {
        public List<string> Fields { get; } = [];

        protected override void VisitField(FieldNode node)
        {
            Fields.Add(node.ResponseKey);
            base.VisitField(node);
        }

        // Skipping the base call prunes the subtree: fragments' fields are not counted.
        protected override void VisitInlineFragment(InlineFragmentNode node)
        {
        }
    }

    [Fact]
    public void Nodes_are_entered_in_graphql_js_order_and_left_after_their_children()
    {
        var walker = new KindRecorder();
        walker.Visit(Parser.Parse("query Q($v: Int = 1) @d { a: f(x: [$v]) { b } }"));
        Assert.Equal(
            ["Document", "OperationDefinition", "Name", "VariableDefinition", "Variable", "Name", "NamedType", "Name",
             "IntValue", "Directive", "Name", "SelectionSet", "Field", "Name", "Name", "Argument", "Name", "ListValue",
             "Variable", "Name", "SelectionSet", "Field", "Name"],
            walker.Entered);
        Assert.Equal("Document", walker.Left[^1]);
        Assert.Equal("Name", walker.Left[0]);
        Assert.Equal(walker.Entered.Count, walker.Left.Count);
    }

    [Fact]
    public void Overriding_a_visit_method_sees_that_kind_and_can_prune_the_walk()
    {
        var walker = new FieldCounter();
        walker.Visit(Parser.Parse("{ a { b c: d } ... on T { hidden } } fragment F on T { e }"));
        Assert.Equal(["a", "b", "c", "e"], walker.Fields);
    }

    [Fact]
    public void Type_system_nodes_are_walked_too()
    {
        var walker = new KindRecorder();
        walker.Visit(Parser.Parse("\"d\" type T implements I @k { f(a: Int = 2): [S!] } extend union U = A directive @x on FIELD"));
        Assert.Contains("ObjectTypeDefinition", walker.Entered);
        Assert.Contains("InputValueDefinition", walker.Entered);
        Assert.Contains("NonNullType", walker.Entered);
        Assert.Contains("UnionTypeExtension", walker.Entered);
        Assert.Contains("DirectiveDefinition", walker.Entered);
        Assert.Equal(2, walker.Entered.Count(k => k == "StringValue" || k == "IntValue"));
    }
}
