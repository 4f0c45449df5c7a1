using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Tests.Language;

public class AstSpecs
{
    [Fact]
    public void A_field_without_alias_answers_under_its_name()
    {
        var field = new FieldNode(null, new NameNode("states"), [], [], null);
        Assert.Equal("states", field.ResponseKey);
    }

    [Fact]
    public void A_field_with_alias_answers_under_the_alias()
    {
        var field = new FieldNode(new NameNode("members"), new NameNode("states"), [], [], null);
        Assert.Equal("members", field.ResponseKey);
    }
}
