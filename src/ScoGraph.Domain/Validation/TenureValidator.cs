using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>A tenure: a known official, a known post, a start, and an end not before the start.</summary>
public sealed class TenureValidator : EntityRules<Tenure>
{
    public TenureValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(t => t.Official).References(catalog, null, EntityKind.Official).OverridePropertyName("official");
        RuleFor(t => t.Post).References(catalog, null, EntityKind.Post).OverridePropertyName("post");
        RuleFor(t => t.Period.Start).NotNull().WithMessage("a tenure needs a start date").WithErrorCode(ErrorCodes.Required).OverridePropertyName("start");
        RuleFor(t => t.Period).Must(p => !p.IsInverted)
            .WithMessage(t => $"end {t.Period.End} is before start {t.Period.Start}").WithErrorCode(ErrorCodes.PeriodStartAfterEnd).OverridePropertyName("end");
    }
}
