using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// Binds every <c>Mutation</c> field, the payload types and the <c>UserError</c> types. The node types inside the
/// payloads (<c>State</c>, <c>Meeting</c>, <c>FactVersion</c>, <c>Conflict</c>...) are the query side's.
/// </summary>
public static class MutationBindings
{
    /// <summary>The upsert/record mutations, one input mapping each.</summary>
    public static IReadOnlyList<EntityInput> EntityInputs { get; } =
    [
        ActorInputs.State, ActorInputs.Organization, ActorInputs.Official, ActorInputs.Post, ActorInputs.Source,
        EventInputs.Tenure, EventInputs.Meeting, EventInputs.Agreement, EventInputs.MembershipChange,
    ];

    public static SchemaBuilder BindMutations(this SchemaBuilder builder)
    {
        foreach (var input in EntityInputs)
        {
            builder.BindAsync("Mutation", input.MutationField, context => UpsertMutation.ResolveAsync(context, input));
            builder.Bind<EntityPayload>(input.PayloadType, input.PayloadField, (payload, _) => payload.Node);
            builder.Bind<EntityPayload>(input.PayloadType, "errors", (payload, _) => payload.Errors);
        }

        builder.BindAsync("Mutation", "recordClaim", ClaimMutation.ResolveAsync)
            .Bind<ClaimPayload>("ClaimPayload", "conflict", (payload, _) => payload.Conflict)
            .Bind<ClaimPayload>("ClaimPayload", "errors", (payload, _) => payload.Errors);

        builder.BindAsync("Mutation", "retract", RetractMutation.ResolveAsync)
            .Bind<RetractPayload>("RetractPayload", "retracted", (payload, _) => payload.Retracted)
            .Bind<RetractPayload>("RetractPayload", "errors", (payload, _) => payload.Errors);

        builder.BindAsync("Mutation", "importFacts", ImportFactsMutation.ResolveAsync)
            .Bind<ImportFactsPayload>("ImportFactsPayload", "created", (payload, _) => payload.Created)
            .Bind<ImportFactsPayload>("ImportFactsPayload", "updated", (payload, _) => payload.Updated)
            .Bind<ImportFactsPayload>("ImportFactsPayload", "unchanged", (payload, _) => payload.Unchanged)
            .Bind<ImportFactsPayload>("ImportFactsPayload", "committed", (payload, _) => payload.Committed)
            .Bind<ImportFactsPayload>("ImportFactsPayload", "errors", (payload, _) => payload.Errors);

        return builder.BindUserErrors();
    }

    /// <summary>The <c>UserError</c> interface and its three implementations (fields read from the records' properties).</summary>
    private static SchemaBuilder BindUserErrors(this SchemaBuilder builder) => builder
        .BindType<ValidationUserError>("ValidationError")
        .BindType<UnknownReferenceUserError>("UnknownReferenceError")
        .BindType<ImportLineUserError>("ImportLineError")
        .BindType<UserError>("UserError")
        .ResolveType("UserError", (value, _) => UserErrors.TypeNameOf(value));
}
