using FluentValidation;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>Retractions: a reason, and a target that can be an id (or claim id), or a subject and predicate.</summary>
internal sealed class RetractionValidator : AbstractValidator<WriteItem>
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
