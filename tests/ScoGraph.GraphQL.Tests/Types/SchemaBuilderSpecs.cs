using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Tests.TypeSystem;

public class SchemaBuilderSpecs
{
    private const string Sdl = """
        type Query { state(id: ID!): State states: [State!]! party: Party node: Node status: Status }
        interface Node { id: ID! }
        type State implements Node { id: ID! name: String! code: String }
        type Organization implements Node { id: ID! title: String }
        union Party = State | Organization
        enum Status { NONE DIALOGUE_PARTNER MEMBER }
        scalar Date
        type Mutation { setDate(date: Date!): Date }
        """;

    private sealed record StateDto(string Id, string Name, string? Code);
    private sealed record OrganizationDto(string Id, string Title);
    private enum MembershipStatus { None, DialoguePartner, Member }

    private static async Task<string> Run(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        ResultJson.Text(await Executor.ExecuteAsync(new ExecutionArgs(schema, Parser.Parse(query), Variables: variables)));

    [Fact]
    public async Task Bound_resolvers_answer_and_unbound_fields_read_properties()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "state", ctx => new StateDto(ctx.Argument<string>("id"), "Kazakhstan", "KAZ"))
            .Type("State", t => t.Field("code", ctx => ((StateDto)ctx.Parent!).Code!.ToLowerInvariant()))
            .Build();
        Assert.Equal("""{"data":{"state":{"id":"KAZ","name":"Kazakhstan","code":"kaz"}}}""",
            await Run(schema, "{ state(id: \"KAZ\") { id name code } }"));
    }

    [Fact]
    public async Task Typed_resolvers_receive_their_parent_and_report_a_parent_of_the_wrong_type()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "state", ctx => ctx.Argument<string>("id") == "x" ? "not a state" : new StateDto("KGZ", "Kyrgyzstan", "KGZ"))
            .Bind<StateDto>("State", "name", (state, _) => state.Name.ToUpperInvariant())
            .BindAsync<StateDto, string?>("State", "code", async (state, _) => { await Task.Yield(); return state.Code + "!"; })
            .Build();
        Assert.Equal("""{"data":{"state":{"name":"KYRGYZSTAN","code":"KGZ!"}}}""", await Run(schema, "{ state(id: \"KGZ\") { name code } }"));
        Assert.Contains("The resolver of \\\"State.name\\\" expects a parent of type StateDto but got String.",
            await Run(schema, "{ state(id: \"x\") { name } }"));
    }

    [Fact]
    public async Task Async_resolvers_are_awaited()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindAsync("Query", "states", async _ =>
            {
                await Task.Yield();
                return new[] { new StateDto("IND", "India", null) };
            })
            .Build();
        Assert.Equal("""{"data":{"states":[{"name":"India"}]}}""", await Run(schema, "{ states { name } }"));
    }

    [Fact]
    public async Task Abstract_types_resolve_through_bound_clr_types()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "party", _ => new OrganizationDto("SCO", "Shanghai Cooperation Organisation"))
            .Bind("Query", "node", _ => new StateDto("CHN", "China", "CHN"))
            .BindType<StateDto>("State")
            .BindType<OrganizationDto>("Organization")
            .Build();
        Assert.Equal("""{"data":{"party":{"__typename":"Organization","title":"Shanghai Cooperation Organisation"},"node":{"__typename":"State","id":"CHN"}}}""",
            await Run(schema, "{ party { __typename ... on Organization { title } } node { __typename id } }"));
    }

    [Fact]
    public async Task ResolveType_names_the_runtime_type()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "party", _ => new Dictionary<string, object?> { ["id"] = "RUS", ["name"] = "Russia" })
            .ResolveType("Party", (value, _) => "State")
            .Build();
        Assert.Equal("""{"data":{"party":{"name":"Russia"}}}""", await Run(schema, "{ party { ... on State { name } } }"));
    }

    [Fact]
    public async Task Enums_map_to_dotnet_enums_ignoring_case_and_underscores()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "status", _ => MembershipStatus.DialoguePartner)
            .BindEnum<MembershipStatus>("Status")
            .Build();
        Assert.Equal(MembershipStatus.Member, schema.GetType<EnumType>("Status")!.ParseLiteral(new EnumValueNode("MEMBER")));
        Assert.Equal("""{"data":{"status":"DIALOGUE_PARTNER"}}""", await Run(schema, "{ status }"));
    }

    [Fact]
    public async Task An_unbound_enum_still_serializes_dotnet_enum_members_by_name()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Bind("Query", "status", _ => MembershipStatus.DialoguePartner).Build();
        Assert.Equal("""{"data":{"status":"DIALOGUE_PARTNER"}}""", await Run(schema, "{ status }"));
        Assert.Equal("DIALOGUE_PARTNER", schema.GetType<EnumType>("Status")!.ParseLiteral(new EnumValueNode("DIALOGUE_PARTNER")));
    }

    [Fact]
    public async Task Custom_scalars_use_the_bound_coercion()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindScalar("Date",
                serialize: value => ((DateOnly)value!).ToString("yyyy-MM-dd"),
                parseValue: value => DateOnly.Parse((string)value!),
                parseLiteral: (literal, _) => literal is StringValueNode s
                    ? DateOnly.Parse(s.Value)
                    : throw new GraphQLCoercionException("Date must be a string."))
            .Bind("Mutation", "setDate", ctx => ((DateOnly)ctx.Arguments["date"]!).AddDays(1))
            .Build();
        Assert.Equal("""{"data":{"setDate":"2001-06-16"}}""", await Run(schema, "mutation { setDate(date: \"2001-06-15\") }"));
        Assert.Equal("""{"data":{"setDate":"2002-06-08"}}""", await Run(schema, "mutation($d: Date!) { setDate(date: $d) }",
            new Dictionary<string, object?> { ["d"] = "2002-06-07" }));
    }

    [Fact]
    public void Bindings_that_name_missing_types_or_fields_are_all_reported()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "stat", _ => null)
            .Bind("Querry", "state", _ => null)
            .Bind("Status", "x", _ => null)
            .BindEnumValue("Status", "MEMBR", 1)
            .BindScalar("State")
            .BindScalar("Int")
            .BindEnum<MembershipStatus>("Party")
            .IsTypeOf("Node", (_, _) => true)
            .Build());
        Assert.Equal(string.Join("\n", new[]
        {
            "Cannot bind a resolver to \"Query.stat\": the type \"Query\" has no field \"stat\". Did you mean \"state\", \"states\", or \"status\"?",
            "Cannot bind a resolver to \"Querry.state\": the schema has no type \"Querry\". Did you mean \"Query\"?",
            "Cannot bind a resolver to \"Status.x\": \"Status\" is an enum type, which has no fields to resolve.",
            "Cannot bind a value to \"Status.MEMBR\": the enum \"Status\" has no value \"MEMBR\". Did you mean \"MEMBER\"?",
            "Cannot bind coercion to the scalar \"State\": \"State\" is an object type, not a scalar type.",
            "Cannot bind coercion to the scalar \"Int\": the built-in scalars cannot be changed.",
            "Cannot bind the CLR type MembershipStatus to \"Party\": \"Party\" is a union type; only object, interface and enum types map to CLR types.",
            "Cannot bind IsTypeOf to \"Node\": \"Node\" is an interface type, not an object type.",
        }), string.Join("\n", exception.Problems.Select(p => p.Message)));
    }

    [Fact]
    public void An_enum_bound_to_a_dotnet_enum_without_a_matching_member_is_refused()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            SchemaBuilder.FromSdl("type Query { s: S } enum S { NONE OTHER }").BindEnum<MembershipStatus>("S").Build());
        Assert.Equal("Cannot bind the enum type \"S\" to MembershipStatus: the value OTHER has no matching member (members: None, DialoguePartner, Member).",
            Assert.Single(exception.Problems).Message);
    }

    [Fact]
    public void Root_fields_without_resolvers_fail_the_build_when_required()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "state", _ => null)
            .Build(ResolverRequirement.RootFields));
        Assert.Equal(
        [
            "Field \"Query.states\" has no resolver; bind one with Bind(\"Query\", \"states\", ...).",
            "Field \"Query.party\" has no resolver; bind one with Bind(\"Query\", \"party\", ...).",
            "Field \"Query.node\" has no resolver; bind one with Bind(\"Query\", \"node\", ...).",
            "Field \"Query.status\" has no resolver; bind one with Bind(\"Query\", \"status\", ...).",
            "Field \"Mutation.setDate\" has no resolver; bind one with Bind(\"Mutation\", \"setDate\", ...).",
        ], exception.Problems.Select(p => p.Message));
        Assert.Equal(new SourceLocation(1, 36), exception.Problems[0].Locations![0]);
    }

    [Fact]
    public void With_all_fields_required_a_bound_clr_type_stands_in_for_its_properties()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.FromSdl(
                "type Query { state: State } type State { id: ID! name: String! population: Int }")
            .Bind("Query", "state", _ => null)
            .BindType<StateDto>("State")
            .Build(ResolverRequirement.AllFields));
        Assert.Equal("Field \"State.population\" has no resolver and StateDto has no property \"population\"; bind one with Bind(\"State\", \"population\", ...).",
            Assert.Single(exception.Problems).Message);
    }

    [Fact]
    public void Marked_types_and_fields_need_resolvers_and_unknown_marks_are_reported()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => SchemaBuilder.FromSdl(Sdl)
            .RequireResolver("State", "name")
            .RequireResolver("Organization")
            .RequireResolver("State", "nam")
            .Bind("Organization", "id", _ => "x")
            .Build());
        Assert.Equal(
        [
            "Cannot require a resolver for \"State.nam\": the type \"State\" has no field \"nam\". Did you mean \"name\"?",
            "Field \"State.name\" has no resolver; bind one with Bind(\"State\", \"name\", ...).",
            "Field \"Organization.title\" has no resolver; bind one with Bind(\"Organization\", \"title\", ...).",
        ], exception.Problems.Select(p => p.Message));
    }

    [Fact]
    public void An_interface_resolver_serves_implementations_without_their_own()
    {
        FieldResolver shared = _ => new ValueTask<object?>("shared");
        FieldResolver own = _ => new ValueTask<object?>("own");
        var schema = SchemaBuilder.FromSdl(Sdl).Bind("State", "id", own).Bind("Node", "id", shared).Build();
        Assert.Same(own, schema.GetType<ObjectType>("State")!.GetField("id")!.Resolver);
        Assert.Same(shared, schema.GetType<ObjectType>("Organization")!.GetField("id")!.Resolver);
    }

    [Fact]
    public void Every_sdl_feature_ends_up_in_the_type_model()
    {
        var schema = SchemaBuilder.FromSdl(SampleSchemas.KitchenSink).Build();
        Assert.Equal("The SCO graph, as a test schema.", schema.Description);
        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Mutations", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
        Assert.Single(schema.Extensions);

        var named = schema.GetType<InterfaceType>("Named")!;
        Assert.Equal(["Node"], named.Interfaces.Select(i => i.Name));
        Assert.Equal(["State", "Organization"], schema.GetPossibleTypes(named).Select(t => t.Name));
        var node = schema.GetType<InterfaceType>("Node")!;
        Assert.Equal(["Named"], schema.Types.OfType<InterfaceType>().Where(i => i.Interfaces.Contains(node)).Select(t => t.Name));

        var state = schema.GetType<ObjectType>("State")!;
        Assert.Equal("aliases", state.Fields[^1].Name); // from `extend type`
        Assert.Equal("No longer supported", state.GetField("code")!.DeprecationReason);
        Assert.Equal("[State!]!", state.GetField("neighbours")!.Type.ToString());

        Assert.Equal(["State", "Organization", "Mutations"], schema.GetType<UnionType>("Party")!.Types.Select(t => t.Name));
        var status = schema.GetType<EnumType>("MembershipStatus")!;
        Assert.Equal("PARTNER", status.Values[^1].Name);
        Assert.Equal("Use \"FULL\" instead.\nSee docs.", status.GetValue("MEMBER")!.DeprecationReason);
        Assert.Equal("Talks with the organization.", status.GetValue("DIALOGUE_PARTNER")!.Description);

        Assert.True(schema.GetType<InputObjectType>("PartyRef")!.IsOneOf);
        Assert.False(schema.GetType<InputObjectType>("MemberFilter")!.IsOneOf);
        Assert.Equal("gone", schema.GetType<InputObjectType>("MemberFilter")!.GetField("old")!.DeprecationReason);
        Assert.Equal("https://www.iso.org/iso-8601-date-and-time-format.html", schema.GetType<ScalarType>("PartialDate")!.SpecifiedByUrl);

        var cost = schema.GetDirective("cost")!;
        Assert.True(cost.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], cost.Locations);
        Assert.Equal("No longer supported", cost.GetArgument("reason")!.DeprecationReason);
        Assert.Equal(["cost", "tag", "meta", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public void The_meta_fields_are_found_where_graphql_js_finds_them()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var state = schema.GetType<ObjectType>("State")!;
        Assert.Equal("__typename", schema.GetField(state, "__typename")!.Name);
        Assert.Equal("__typename", schema.GetField(schema.GetType("Party")!, "__typename")!.Name);
        Assert.Null(schema.GetField(state, "__schema"));
        Assert.Equal("__schema", schema.GetField(schema.QueryType!, "__schema")!.Name);
        Assert.Equal("__type", schema.GetField(schema.QueryType!, "__type")!.Name);
        Assert.Null(schema.GetField(schema.GetType("Status")!, "__typename"));
        Assert.Same(state.GetField("name"), schema.GetField(state, "name"));
    }

    [Fact]
    public void A_built_schema_cannot_be_changed()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        var state = schema.GetType<ObjectType>("State")!;
        Assert.Throws<InvalidOperationException>(() => state.GetField("name")!.Resolver = _ => default);
        Assert.Throws<InvalidOperationException>(() => state.AddField(new FieldDefinition("x", ScalarType.Int)));
        Assert.Throws<InvalidOperationException>(() => schema.GetType<EnumType>("Status")!.Values[0].Value = 1);
        Assert.Throws<InvalidOperationException>(() => ScalarType.Int.SetCoercion(serialize: v => v));
    }

    [Fact]
    public void Type_references_resolve_against_the_schema()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).Build();
        Assert.Equal("[State!]!", schema.GetTypeFromAst(Parser.ParseType("[State!]!"))!.ToString());
        Assert.Null(schema.GetTypeFromAst(Parser.ParseType("[Nope]")));
        Assert.True(TypeComparators.IsEqualType(schema.GetTypeFromAst(Parser.ParseType("[String]!"))!, new NonNullType(new ListType(ScalarType.String))));
    }
}
