using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// Validates any entity with the validator of its kind, against the ids a catalog knows. Register one per request
/// (the catalog differs per batch); FluentValidation's DI package is not available here, construct it directly.
/// </summary>
public sealed class EntityValidator : AbstractValidator<Entity>
{
    public EntityValidator(IReferenceCatalog catalog)
    {
        RuleFor(e => e).SetInheritanceValidator(v => v
            .Add(new StateValidator(catalog))
            .Add(new OrganizationValidator(catalog))
            .Add(new OfficialValidator(catalog))
            .Add(new PostValidator(catalog))
            .Add(new TenureValidator(catalog))
            .Add(new MeetingValidator(catalog))
            .Add(new AgreementValidator(catalog))
            .Add(new MembershipChangeValidator(catalog))
            .Add(new SourceValidator(catalog))
            .Add(new ClaimValidator(catalog))).OverridePropertyName("");
    }

    /// <summary>The issues of one entity, with camelCase field paths (<c>parties[1].party</c>).</summary>
    public IReadOnlyList<ValidationIssue> Check(Entity entity) => ValidationIssue.From(Validate(entity));
}
