using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Validation;

namespace ScoGraph.GraphQL.Tests.Validation;

/// <summary>
/// The schema the validation specs run against (modelled on the pets-and-humans schema graphql-js's own rule tests
/// use) and assertions that compare errors exactly: messages and locations, in order.
/// </summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        interface Mammal { mother: Mammal father: Mammal }
        interface Pet { name(surname: Boolean): String }
        interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
        enum DogCommand { SIT HEEL DOWN }
        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }
        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }
        union CatOrDog = Cat | Dog
        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
          iq: Int
        }
        enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }
        input OneOfInput @oneOf { stringField: String intField: Int }
        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }
        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }
        type MutationRoot { addPet(name: String!): Pet }
        type SubscriptionRoot { newDog: Dog newCat: Cat }
        schema { query: QueryRoot mutation: MutationRoot subscription: SubscriptionRoot }
        directive @onField on FIELD
        directive @repeatableOnField repeatable on FIELD
        directive @onQuery on QUERY
        """;

    public static Schema TestSchema { get; } = SchemaBuilder.FromSdl(Sdl).Build();

    public static (string Message, (int Line, int Column)[] Locations) Error(string message, params (int Line, int Column)[] locations) =>
        (message, locations);

    public static IReadOnlyList<GraphQLError> Validate(IValidationRule? rule, string query, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(query), rule is null ? null : [rule]);

    public static void ExpectValid(IValidationRule? rule, string query, Schema? schema = null) =>
        Assert.Equal([], Describe(Validate(rule, query, schema)));

    public static void ExpectErrors(IValidationRule? rule, string query,
        params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        ExpectErrors(rule, query, null, expected);

    public static void ExpectErrors(IValidationRule? rule, string query, Schema? schema,
        params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        Assert.Equal(expected.Select(e => Describe(e.Message, e.Locations)).ToArray(), Describe(Validate(rule, query, schema)));

    /// <summary>One line per error, so a failing assertion shows every message and location side by side.</summary>
    public static string[] Describe(IReadOnlyList<GraphQLError> errors) =>
        errors.Select(e => Describe(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray())).ToArray();

    private static string Describe(string message, (int Line, int Column)[] locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}
