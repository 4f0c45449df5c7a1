using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Membership;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.GraphQL.DataLoader;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Loaders;

/// <summary>An organization's membership changes and the status periods derived from them.</summary>
public sealed record OrganizationMembership(string Organization, IReadOnlyList<MembershipChange> Changes, StatusTimeline Timeline)
{
    /// <summary>One state's changes, oldest first (by effective date, then id).</summary>
    public IReadOnlyList<MembershipChange> ChangesOf(string state) => Changes
        .Where(c => c.State == state)
        .OrderBy(c => c.Effective).ThenBy(c => c.Id, StringComparer.Ordinal)
        .ToArray();
}

/// <summary>
/// Membership of organizations, batched per request and knowledge time: one <c>LoadMembershipChangesAsync</c> serves
/// every state's <c>status</c> and <c>membershipChanges</c> in a response.
/// </summary>
public static class MembershipLoader
{
    /// <summary>Batched with the other organizations the level asks for (nested fields such as <c>State.status</c>).</summary>
    public static async Task<OrganizationMembership> LoadAsync(IResolverContext context, ReadScope scope, string organization) =>
        (await Loader(context, scope).LoadAsync(organization))!;

    /// <summary>
    /// For root fields: reads now (no batch round to wait for) and primes the loader, so nested fields of the same
    /// request (e.g. <c>membership { state { status } }</c>) reuse the answer.
    /// </summary>
    public static async Task<OrganizationMembership> LoadNowAsync(IResolverContext context, ReadScope scope, string organization)
    {
        var reads = context.GetOrAddRequestState($"membership-now@{scope.Key}",
            () => new System.Collections.Concurrent.ConcurrentDictionary<string, Task<OrganizationMembership>>(StringComparer.Ordinal));
        return await reads.GetOrAdd(organization, async key =>
        {
            var found = (await FetchAsync(context.Store(), scope, [key], context.CancellationToken))[key];
            Loader(context, scope).Prime(key, found);
            return found;
        });
    }

    private static BatchDataLoader<string, OrganizationMembership> Loader(IResolverContext context, ReadScope scope)
    {
        var store = context.Store();
        return context.DataLoaders.Batch<string, OrganizationMembership>($"membership@{scope.Key}",
            (organizations, cancellationToken) => FetchAsync(store, scope, organizations, cancellationToken));
    }

    private static async Task<IReadOnlyDictionary<string, OrganizationMembership>> FetchAsync(
        ITimelineStore store, ReadScope scope, IReadOnlyList<string> organizations, CancellationToken cancellationToken)
    {
        var changes = await store.LoadMembershipChangesAsync(organizations, scope.KnownAt, cancellationToken);
        var byOrganization = changes.Select(c => c.Item).ToLookup(c => c.Organization, StringComparer.Ordinal);
        return organizations.Distinct(StringComparer.Ordinal).ToDictionary(o => o, o =>
        {
            var list = byOrganization[o].ToArray();
            return new OrganizationMembership(o, list, StatusTimeline.Derive(list));
        }, StringComparer.Ordinal);
    }
}
