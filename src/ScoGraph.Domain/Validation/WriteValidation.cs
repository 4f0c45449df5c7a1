using FluentValidation;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// Validates a write batch before it goes to the store (mutations, imports): every upserted entity with its
/// validator, against the ids the batch itself defines plus the ids the store knows; every retraction for a usable
/// target and a reason. Pure: the caller supplies what the store knows (see <see cref="WriteValidator"/>).
/// </summary>
public static class WriteValidation
{
    /// <summary>The ids the batch refers to but does not define: look these up in the store.</summary>
    public static IReadOnlySet<string> ExternalReferences(IEnumerable<WriteItem> items)
    {
        var list = items.ToList();
        var defined = list.OfType<Upsert>().Select(u => u.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var upsert in list.OfType<Upsert>())
        {
            var entry = EntityIndexEntry.Of(upsert.Entity);
            referenced.UnionWith(entry.References);
            referenced.UnionWith(entry.SourceIds);
        }
        referenced.ExceptWith(defined);
        return referenced;
    }

    public static IReadOnlyList<WriteIssue> Validate(IReadOnlyList<WriteItem> items, IReadOnlyDictionary<string, EntityKind> storeKnown)
    {
        var known = new Dictionary<string, EntityKind>(storeKnown, StringComparer.Ordinal);
        foreach (var upsert in items.OfType<Upsert>()) known[upsert.Entity.Id] = upsert.Entity.Kind;
        var entities = new EntityValidator(new ReferenceCatalog(known));
        var retractions = new RetractionValidator();
        var issues = new List<WriteIssue>();
        for (var i = 0; i < items.Count; i++)
        {
            var found = items[i] switch
            {
                Upsert { Entity: var entity } => entities.Check(entity),
                WriteItem retraction => ValidationIssue.From(retractions.Validate(retraction)),
            };
            issues.AddRange(found.Select(issue => new WriteIssue(i, issue)));
        }
        return issues;
    }

    /// <summary>Retractions: a reason, and a target that can be an id (or claim id), or a subject and predicate.</summary>
    private sealed class RetractionValidator : AbstractValidator<WriteItem>
    {
        public RetractionValidator()
        {
            When(i => i is Retract, () =>
            {
                RuleFor(i => ((Retract)i).ItemId)
                    .Must(id => Rules.IsSlug(id) || id.StartsWith("claim:", StringComparison.Ordinal))
                    .WithMessage((_, id) => Rules.SlugMessage(id)).WithErrorCode(ErrorCodes.InvalidId).OverridePropertyName("target");
                RuleFor(i => ((Retract)i).Reason).Text(1000).OverridePropertyName("reason");
            });
            When(i => i is RetractClaims, () =>
            {
                RuleFor(i => ((RetractClaims)i).Subject).Slug().OverridePropertyName("subject");
                RuleFor(i => ((RetractClaims)i).Predicate).Predicate().OverridePropertyName("predicate");
                RuleFor(i => ((RetractClaims)i).Reason).Text(1000).OverridePropertyName("reason");
            });
        }
    }
}
