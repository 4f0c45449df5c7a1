namespace ScoGraph.Domain.Facts;

/// <summary>
/// The predicates <see cref="FactProjection"/> emits. Field predicates use the import format's field names, so a
/// claim on <c>entryIntoForce</c> lands beside the agreement's own <c>entryIntoForce</c> value.
/// </summary>
public static class Predicates
{
    // Relations (subject → object).
    /// <summary>Official → state.</summary>
    public const string Nationality = "nationality";
    /// <summary>Organization → parent organization.</summary>
    public const string Parent = "parent";
    /// <summary>Organization → the organization that took its place.</summary>
    public const string SucceededBy = "succeededBy";
    /// <summary>Post → owning organization or state.</summary>
    public const string BelongsTo = "belongsTo";
    /// <summary>Official → post, valid over the tenure's period; stated by the tenure.</summary>
    public const string HoldsPost = "holdsPost";
    /// <summary>Participant (official, state, organization) → meeting, valid over the meeting; value = role.</summary>
    public const string ParticipatedIn = "participatedIn";
    /// <summary>Meeting → host state.</summary>
    public const string HostedBy = "hostedBy";
    /// <summary>Meeting → state of the venue.</summary>
    public const string HeldIn = "heldIn";
    /// <summary>Agreement → meeting where it was signed.</summary>
    public const string SignedAt = "signedAt";
    /// <summary>State → agreement, valid from its own signature (or accession); value = null.</summary>
    public const string PartyTo = "partyTo";
    /// <summary>State → organization, valid on the effective date (an event); value = the new status.</summary>
    public const string MembershipChange = "membershipChange";
    /// <summary>Membership change → meeting that decided it.</summary>
    public const string DecidedAt = "decidedAt";
    /// <summary>Any item → a source it cites; value = the quote.</summary>
    public const string Cites = "cites";

    // Scalar fields (subject = the entity itself). Date fields are valid on their date (events).
    public const string Name = "name";
    public const string Iso3 = "iso3";
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Start = "start";
    public const string End = "end";
    public const string City = "city";
    public const string Virtual = "virtual";
    public const string Signed = "signed";
    public const string Place = "place";
    public const string EntryIntoForce = "entryIntoForce";
    public const string From = "from";
    public const string To = "to";
    public const string Effective = "effective";
    public const string Publisher = "publisher";
    public const string Url = "url";
    public const string Published = "published";
    public const string Language = "language";

    /// <summary>A claim that an official held a post (value = post id or title); attested, without a verified term.</summary>
    public const string HeldPost = "heldPost";

    /// <summary>
    /// A claim about a city in the subject state: value = <c>canonical|other name|...</c> (e.g. <c>Almaty|Alma-Ata</c>),
    /// the names sources use for one city, the name meetings are recorded under first.
    /// </summary>
    public const string CityAlias = "cityAlias";

    /// <summary>
    /// Claim predicates that hold many values at once (an official held several posts, a state has several cities):
    /// different values are not a disagreement, so they never form a conflict.
    /// </summary>
    public static IReadOnlySet<string> MultiValued { get; } = new HashSet<string>(StringComparer.Ordinal) { HeldPost, CityAlias };

    /// <summary>
    /// The dated predicates "what changed between two dates" reads: status changes, tenures (their start and end),
    /// signatures, entries into force and meeting starts.
    /// </summary>
    public static IReadOnlySet<string> Events { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        MembershipChange, HoldsPost, Signed, EntryIntoForce, Start,
    };
}
