using ScoGraph.Api.Schema.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// <c>recordClaim</c>: records what sources say about one property of an entity. A claim that disagrees with another
/// current claim (or with the entity's own field) is kept beside it; the payload returns that conflict.
/// </summary>
public static class ClaimMutation
{
    public static async Task<ClaimPayload> ResolveAsync(IResolverContext context)
    {
        var writer = ApiKeyAuthorization.Demand(context);
        var reader = UpsertMutation.ReadInput(context);
        // The claim's id is derived from subject, predicate and value: re-recording the same claim finds it again.
        var claim = Claim.Create(reader.Id("subject"), reader.Text("predicate"), reader.Text("value"), reader.Sources());

        var store = context.Services.GetRequiredService<ITimelineStore>();
        var written = await UpsertMutation.WriteAsync(store, claim, reader.Errors,
            issue => UserErrors.From(issue, UpsertMutation.InputArgument), writer.Name, context.CancellationToken);
        if (written.Errors.Count > 0) return new ClaimPayload(null, written.Errors);

        var conflicts = await store.ListConflictsAsync(new ConflictQuery([claim.Subject]), context.CancellationToken);
        var conflict = conflicts.FirstOrDefault(c => c.Predicate == claim.Predicate && c.Facts.Any(f => f.Fact.ItemId == claim.Id));
        return new ClaimPayload(conflict is null ? null : GraphNodes.Conflict(conflict), []);
    }
}
