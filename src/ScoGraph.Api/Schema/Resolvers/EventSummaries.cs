using ScoGraph.Api.Schema.Loaders;
using ScoGraph.Api.Schema.Nodes;
using ScoGraph.Domain.Model;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>One-sentence summaries of timeline events, from the names of what they involve (all loads batched).</summary>
public static class EventSummaries
{
    public static async Task<string> SummaryAsync(EventNode e, IResolverContext context)
    {
        var item = (await EntityLoader.LoadAsync(context, e.Scope, e.ItemId))?.Item;
        switch (item)
        {
            case MembershipChange change:
            {
                // Both names asked before either is awaited, so they load in one batch.
                var (stateName, organizationName) = (NameAsync(context, e.Scope, change.State), NameAsync(context, e.Scope, change.Organization));
                var (state, organization) = (await stateName, await organizationName);
                // A member of an organization that was succeeded (the Shanghai Five by the SCO) did not leave: it moved on.
                if (change.To == MembershipStatus.None
                    && (await EntityLoader.LoadAsync(context, e.Scope, change.Organization))?.Item is Organization { SucceededBy: { } successor })
                    return $"{state} moved from the {organization} to its successor, the {await NameAsync(context, e.Scope, successor)}";
                return change.To == MembershipStatus.None
                    ? $"{state} left the {organization}"
                    : $"{state} became {StatusWords(change.To)} of the {organization}" +
                      (change.From == MembershipStatus.None ? "" : $" (was {StatusWords(change.From)})");
            }
            case Tenure tenure:
            {
                var (officialName, postTitle) = (NameAsync(context, e.Scope, tenure.Official), NameAsync(context, e.Scope, tenure.Post));
                var (official, post) = (await officialName, await postTitle);
                return e.Kind == EventKind.TenureEnded ? $"{official} left the post of {post}" : $"{official} became {post}";
            }
            case Meeting meeting:
                return meeting.Title;
            case Agreement agreement when e.Kind == EventKind.AgreementEnteredIntoForce:
                return $"{agreement.Title} entered into force";
            case Agreement agreement when e.Party is not null:
                return $"{await NameAsync(context, e.Scope, e.Party)} became party to the {agreement.Title}";
            case Agreement agreement:
                return agreement.Place is null ? $"{agreement.Title} signed" : $"{agreement.Title} signed in {agreement.Place}";
            default:
                return e.ItemId;
        }
    }

    private static async Task<string> NameAsync(IResolverContext context, ReadScope scope, string id) =>
        (await EntityLoader.LoadAsync(context, scope, id))?.Item switch
        {
            State s => s.Name,
            Organization o => o.Aliases.FirstOrDefault(a => a.Length <= 5 && a.All(char.IsUpper)) ?? o.Name,
            Official o => o.Name,
            Post p => p.Title,
            _ => id,
        };

    private static string StatusWords(MembershipStatus status) => status switch
    {
        MembershipStatus.Member => "a member",
        MembershipStatus.Observer => "an observer",
        MembershipStatus.DialoguePartner => "a dialogue partner",
        MembershipStatus.Partner => "a partner",
        _ => "without status",
    };
}
