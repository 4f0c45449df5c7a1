using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// The checks of one write item: an upserted entity with the validator of its kind against the ids a catalog knows,
/// a retraction for a usable target and a reason. Mutations (<see cref="WriteValidation"/>) and imports
/// (<see cref="Import.ImportValidation"/>) both use it, so a line is refused exactly when the mutation would be.
/// </summary>
public sealed class WriteItemValidator(IReferenceCatalog catalog)
{
    // Validators hold no state once built, so one serves every call.
    private static readonly RetractionValidator Retractions = new();

    private readonly EntityValidator _entities = new(catalog);

    /// <summary>The issues of <paramref name="item"/>, with camelCase field paths in the input's own terms.</summary>
    public IReadOnlyList<ValidationIssue> Check(WriteItem item) => item switch
    {
        Upsert { Entity: var entity } => _entities.Check(entity),
        _ => ValidationIssue.From(Retractions.Validate(item)),
    };
}
