namespace ScoGraph.GraphQL.Tests.TypeSystem;

/// <summary>SDL documents shared by the type-system specs.</summary>
internal static class SampleSchemas
{
    /// <summary>Every type-system feature at once: descriptions, interfaces of interfaces, unions, enums, inputs, defaults, deprecations, directives.</summary>
    public const string KitchenSink = """"
        "The SCO graph, as a test schema."
        schema {
          query: Root
          mutation: Mutations
        }

        "A date with reduced precision."
        scalar PartialDate @specifiedBy(url: "https://www.iso.org/iso-8601-date-and-time-format.html")

        scalar Json

        """
        Anything with a stable id.
          Indented line kept.
        """
        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          "The display name."
          name(language: String = "en"): String!
        }

        enum MembershipStatus {
          NONE
          "Talks with the organization."
          DIALOGUE_PARTNER
          OBSERVER @deprecated
          MEMBER @deprecated(reason: "Use \"FULL\" instead.\nSee docs.")
          FULL
        }

        type State implements Node & Named {
          id: ID!
          name(language: String = "en"): String!
          code: String @deprecated(reason: "No longer supported")
          status(asOf: PartialDate, certain: Boolean! = true, at: [Int!] = 3): MembershipStatus
          neighbours(first: Int = 10, after: String): [State!]!
        }

        type Organization implements Node & Named {
          id: ID!
          name(language: String = "en"): String!
          members(filter: MemberFilter = {status: MEMBER, codes: "KAZ"}): [State]
        }

        union Party = State | Organization

        input MemberFilter {
          status: MembershipStatus = FULL
          codes: [String!]
          since: PartialDate
          limit: Float = 2
          ratio: Float = 1.5
          old: Int @deprecated(reason: "gone")
          nested: MemberFilter
        }

        input PartyRef @oneOf {
          state: ID
          organization: ID
        }

        """
        Marks a field as costly.
        """
        directive @cost(weight: Int! = 1, "why" reason: String @deprecated) repeatable on FIELD_DEFINITION | OBJECT

        directive @tag(name: String!) on FIELD | QUERY

        type Root {
          node(id: ID!): Node
          party(ref: PartyRef!): Party @cost(weight: 2)
          states(filter: MemberFilter = {}, ids: [ID] = [1, "a"], json: Json = {a: [1, 2.5, "x"]}): [State!]! @cost @cost
          empty: String @deprecated(reason: "")
        }

        type Mutations {
          "Renames a state."
          rename(
            "The state."
            id: ID!
            name: String @deprecated(reason: "x")
          ): State
        }

        extend type State {
          aliases: [String!]!
        }

        extend union Party = Mutations

        extend enum MembershipStatus {
          PARTNER
        }

        extend input MemberFilter {
          text: String = "a\u00e9\"b"
        }

        directive @meta on SCHEMA

        extend schema @meta
        """";
}
