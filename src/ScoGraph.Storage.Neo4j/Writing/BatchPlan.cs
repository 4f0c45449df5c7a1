using System.Text.Json;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Storage.Neo4j.Graph;

namespace ScoGraph.Storage.Neo4j.Writing;

/// <summary>The latest stored version of an id, as the write transaction read it (under the clock's lock).</summary>
/// <param name="Relations">The relationships its facts were written as (<see cref="RelationKey"/>), as the version node
/// records them; null to derive them from the content.</param>
internal sealed record StoredLatest(string Id, EntityKind Kind, int Revision, bool IsCurrent, string Content,
    IReadOnlyList<string>? Relations = null);

/// <summary>
/// One relation or claim fact's relationship as a version node records it (<c>relations</c>): type, subject and end
/// node. Retraction finds the relationships from this record, not by projecting the content again, so facts written by
/// an older ScoGraph (whose projection may have differed) are still retracted exactly.
/// </summary>
internal readonly record struct RelationKey(string Type, string Subject, string Target)
{
    private const char Separator = '\u001F';

    public override string ToString() => $"{Type}{Separator}{Subject}{Separator}{Target}";

    public static RelationKey Parse(string text)
    {
        var parts = text.Split(Separator);
        if (parts.Length != 3 || !GraphNames.FactTypes.Contains(parts[0]) || parts[0] == GraphNames.Field)
            throw new InvalidDataException($"The store holds a version with an unknown relation record \"{text}\".");
        return new RelationKey(parts[0], parts[1], parts[2]);
    }

    public static RelationKey Of(Fact fact) =>
        new(GraphNames.TypeOf(fact), fact.Subject, fact.Origin == FactOrigin.Claim ? fact.ItemId : fact.Object!);
}

/// <summary>A version the batch writes (possibly retracted by a later item of the same batch).</summary>
internal sealed class PlannedVersion
{
    public required UpsertProjection Projection { get; init; }
    public Entity Entity => Projection.Entity;
    public string Content => Projection.Content;
    public EntityIndexEntry Entry => Projection.Entry;
    public IReadOnlyList<Fact> Facts => Projection.Facts;
    public required int Revision { get; init; }
    public int? Supersedes { get; init; }

    /// <summary>Set when a later item of the batch retracts it: recorded and retracted at the same instant.</summary>
    public string? RetractionReason { get; set; }
}

/// <summary>A stored version the batch retracts, with the relationships its relation and claim facts were written as.</summary>
internal sealed record PlannedRetraction(string ItemId, EntityKind Kind, int Revision, string Reason, IReadOnlyList<RelationKey> Relations);

/// <summary>
/// The decisions of one write batch, made in C# exactly as the SQLite adapter's BatchWriter makes them (in order, a
/// later upsert of an id supersedes an earlier one, unchanged by content, no change of kind, references current after
/// the batch), from the batch and the latest stored version of every id it touches. Pure: no I/O, so it is
/// unit-tested without a server; the store then writes <see cref="Versions"/> and <see cref="Retractions"/>.
/// </summary>
internal sealed class BatchPlan
{
    private readonly IReadOnlyDictionary<string, StoredLatest> _stored;
    private readonly Dictionary<string, ItemState> _overlay = new(StringComparer.Ordinal);
    private readonly List<(int Index, Entity Entity, string Reference)> _references = [];
    private readonly IReadOnlyDictionary<int, IReadOnlyCollection<string>> _storedClaims;
    private readonly WriteBatch _batch;

    private BatchPlan(WriteBatch batch, IReadOnlyDictionary<string, StoredLatest> stored, IReadOnlyDictionary<int, IReadOnlyCollection<string>> storedClaims)
    {
        _batch = batch;
        _stored = stored;
        _storedClaims = storedClaims;
    }

    public List<WriteItemResult> Results { get; } = [];

    /// <summary>New versions in batch order.</summary>
    public List<PlannedVersion> Versions { get; } = [];

    /// <summary>Stored versions to retract, in batch order.</summary>
    public List<PlannedRetraction> Retractions { get; } = [];

    /// <summary>Ids whose identity node the batch creates (first version ever).</summary>
    public HashSet<string> NewItems { get; } = new(StringComparer.Ordinal);

    /// <summary>Who writes the batch (<see cref="WriteBatch.RecordedBy"/>): recorded on what it writes and what it retracts.</summary>
    public string? RecordedBy { get; private init; }

    /// <summary>The (subject, predicate) of every <see cref="RetractClaims"/> item, by index: the claims to look up first.</summary>
    public static IReadOnlyDictionary<int, (string Subject, string Predicate)> ClaimLookups(WriteBatch batch)
    {
        var lookups = new Dictionary<int, (string, string)>();
        for (var i = 0; i < batch.Items.Count; i++)
        {
            if (batch.Items[i] is RetractClaims { Subject: { } s, Predicate: { } p } && !string.IsNullOrWhiteSpace(s) && !string.IsNullOrWhiteSpace(p))
                lookups[i] = (s, p);
        }
        return lookups;
    }

    /// <summary>Every id whose latest stored version the plan needs: touched ids, their references, the claims found.</summary>
    public static IReadOnlyList<string> IdsToLoad(WriteBatch batch, IEnumerable<string> claimIds)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in batch.Items)
        {
            switch (item)
            {
                case Upsert { Entity: { Id: { Length: > 0 } id } entity }:
                    ids.Add(id);
                    try
                    {
                        var entry = EntityIndexEntry.Of(entity);
                        ids.UnionWith(entry.References);
                        ids.UnionWith(entry.SourceIds);
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException or NullReferenceException)
                    {
                        // The plan rejects the entity with a message; nothing to load for it.
                    }
                    if (entity is Claim { Subject: { } subject }) ids.Add(subject);
                    break;
                case Retract { ItemId: { Length: > 0 } id }:
                    ids.Add(id);
                    break;
            }
        }
        ids.UnionWith(claimIds);
        ids.Remove("");
        return ids.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Decides the batch or throws <see cref="WriteRejectedException"/> (then nothing is written).</summary>
    /// <param name="stored">The latest stored version of (at least) every id of <see cref="IdsToLoad"/>.</param>
    /// <param name="storedClaims">For each RetractClaims item, the ids of the current stored claims on its subject and predicate.</param>
    public static BatchPlan Build(WriteBatch batch, IReadOnlyDictionary<string, StoredLatest> stored,
        IReadOnlyDictionary<int, IReadOnlyCollection<string>> storedClaims)
    {
        var plan = new BatchPlan(batch, stored, storedClaims) { RecordedBy = batch.RecordedBy };
        for (var index = 0; index < batch.Items.Count; index++)
        {
            plan.Results.Add(batch.Items[index] switch
            {
                Upsert upsert => plan.Upsert(index, upsert),
                Retract retract => plan.Retract(index, retract),
                RetractClaims retractClaims => plan.RetractClaims(index, retractClaims),
                null => throw new WriteRejectedException(index, "the item is null"),
                var other => throw new WriteRejectedException(index, $"{other.GetType().Name} is not a write item this store knows"),
            });
        }
        plan.CheckReferences();
        return plan;
    }

    private WriteItemResult Upsert(int index, Upsert upsert)
    {
        var entity = upsert.Entity ?? throw new WriteRejectedException(index, "the upsert has no entity");
        if (string.IsNullOrWhiteSpace(entity.Id))
            throw new WriteRejectedException(index, $"the {EntityKindText.Format(entity.Kind).ToLowerInvariant()} has no id");
        if (entity.Id.Length > 400)
            throw new WriteRejectedException(index, $"the id \"{entity.Id[..40]}…\" is longer than 400 characters");

        var kind = EntityKindText.Format(entity.Kind);
        UpsertProjection projection;
        try
        {
            projection = _batch.Project(index, upsert);
        }
        catch (Exception e) when (UpsertProjection.IsUnstorable(e))
        {
            throw new WriteRejectedException(index, $"\"{entity.Id}\" cannot be stored: {e.Message}");
        }
        var (content, facts, entry) = (projection.Content, projection.Facts, projection.Entry);
        foreach (var fact in facts)
        {
            if (fact.Valid is { IsInverted: true } period)
                throw new WriteRejectedException(index, $"\"{entity.Id}\": the period {period} ends before it starts");
        }

        var latest = State(entity.Id);
        if (latest is not null && latest.Kind != entity.Kind)
            throw new WriteRejectedException(index,
                $"the id \"{entity.Id}\" already belongs to a {EntityKindText.Format(latest.Kind).ToLowerInvariant()}; it cannot become a {kind.ToLowerInvariant()}");

        if (latest is { IsCurrent: true } current && current.Content == content)
            return new WriteItemResult(index, WriteOutcome.Unchanged, [entity.Id], current.Revision);

        var revision = (latest?.Revision ?? 0) + 1;
        int? supersedes = null;
        if (latest is { IsCurrent: true } replaced)
        {
            RetractCurrent(entity.Id, replaced, $"superseded by revision {revision}");
            supersedes = replaced.Revision;
        }
        if (latest is null) NewItems.Add(entity.Id);

        var version = new PlannedVersion
        {
            Projection = projection, Revision = revision, Supersedes = supersedes,
        };
        Versions.Add(version);
        _overlay[entity.Id] = new ItemState(entity.Kind, revision, true, content, version, entity);

        foreach (var reference in entry.References) _references.Add((index, entity, reference));
        foreach (var source in entry.SourceIds) _references.Add((index, entity, source));
        if (entity is Claim claim) _references.Add((index, entity, claim.Subject));
        return new WriteItemResult(index, supersedes is null ? WriteOutcome.Created : WriteOutcome.Superseded, [entity.Id], revision);
    }

    private WriteItemResult Retract(int index, Retract retract)
    {
        if (string.IsNullOrWhiteSpace(retract.ItemId))
            throw new WriteRejectedException(index, "the retraction names no item");
        if (string.IsNullOrWhiteSpace(retract.Reason))
            throw new WriteRejectedException(index, $"the retraction of \"{retract.ItemId}\" gives no reason");

        if (State(retract.ItemId) is not { IsCurrent: true } current)
            return new WriteItemResult(index, WriteOutcome.NotFound, [retract.ItemId], null);
        RetractCurrent(retract.ItemId, current, retract.Reason);
        return new WriteItemResult(index, WriteOutcome.Retracted, [retract.ItemId], current.Revision);
    }

    private WriteItemResult RetractClaims(int index, RetractClaims retract)
    {
        if (string.IsNullOrWhiteSpace(retract.Subject) || string.IsNullOrWhiteSpace(retract.Predicate))
            throw new WriteRejectedException(index, "the claim retraction needs a subject and a predicate");
        if (string.IsNullOrWhiteSpace(retract.Reason))
            throw new WriteRejectedException(index, $"the retraction of claims on \"{retract.Subject}\".{retract.Predicate} gives no reason");

        // Claims stored before the batch, and claims written by earlier items of this batch.
        var candidates = new HashSet<string>(_storedClaims.GetValueOrDefault(index) ?? [], StringComparer.Ordinal);
        candidates.UnionWith(_overlay.Where(o => o.Value.Kind == EntityKind.Claim).Select(o => o.Key));
        var found = new List<(string Id, ItemState State)>();
        foreach (var id in candidates)
        {
            if (State(id) is not { IsCurrent: true, Kind: EntityKind.Claim } state) continue;
            if (state.Entity() is Claim claim && claim.Subject == retract.Subject && claim.Predicate == retract.Predicate
                && (retract.Value is null || claim.Value == retract.Value))
                found.Add((id, state));
        }
        if (found.Count == 0)
            return new WriteItemResult(index, WriteOutcome.NotFound, [], null);
        found.Sort((a, b) => KeysetCursor.CompareCodePoints(a.Id, b.Id));
        foreach (var (id, state) in found) RetractCurrent(id, state, retract.Reason);
        return new WriteItemResult(index, WriteOutcome.Retracted, found.Select(c => c.Id).ToArray(),
            found.Count == 1 ? found[0].State.Revision : null);
    }

    private void RetractCurrent(string id, ItemState current, string reason)
    {
        if (current.Pending is { } pending) pending.RetractionReason = reason;
        else
        {
            var relations = _stored.GetValueOrDefault(id)?.Relations is { } recorded
                ? recorded.Select(RelationKey.Parse)
                : FactProjection.Project(current.Entity()).Where(f => f.Origin != FactOrigin.Field).Select(RelationKey.Of);
            Retractions.Add(new PlannedRetraction(id, current.Kind, current.Revision, reason, relations.Distinct().ToArray()));
        }
        _overlay[id] = current with { IsCurrent = false };
    }

    /// <summary>Every id an upserted item points at must be current once the whole batch is applied.</summary>
    private void CheckReferences()
    {
        foreach (var (index, entity, reference) in _references)
        {
            if (State(reference) is not { IsCurrent: true })
                throw new WriteRejectedException(index,
                    $"{EntityKindText.Format(entity.Kind).ToLowerInvariant()} \"{entity.Id}\" refers to \"{reference}\", which is neither in the batch nor in the store");
        }
    }

    private ItemState? State(string id)
    {
        if (_overlay.TryGetValue(id, out var state)) return state;
        if (!_stored.TryGetValue(id, out var stored)) return null;
        state = new ItemState(stored.Kind, stored.Revision, stored.IsCurrent, stored.Content, null, null);
        _overlay[id] = state;
        return state;
    }

    private sealed record ItemState(EntityKind Kind, int Revision, bool IsCurrent, string Content, PlannedVersion? Pending, Entity? Known)
    {
        private Entity? _parsed = Known;
        public Entity Entity() => _parsed ??= EntityJson.Deserialize(Content);
    }
}
