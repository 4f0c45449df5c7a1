using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>A membership change: a known state and organization, two different defined statuses, a deciding meeting.</summary>
public sealed class MembershipChangeValidator : EntityRules<MembershipChange>
{
    public MembershipChangeValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(c => c.State).References(catalog, null, EntityKind.State).OverridePropertyName("state");
        RuleFor(c => c.Organization).References(catalog, null, EntityKind.Organization).OverridePropertyName("organization");
        RuleFor(c => c.From).IsInEnum().WithMessage("is not a membership status").WithErrorCode(ErrorCodes.InvalidEnumValue).OverridePropertyName("fromStatus");
        RuleFor(c => c.To).IsInEnum().WithMessage("is not a membership status").WithErrorCode(ErrorCodes.InvalidEnumValue).OverridePropertyName("toStatus");
        RuleFor(c => c.To).NotEqual(c => c.From)
            .WithMessage(c => c.From == MembershipStatus.None
                ? "is missing, as is \"fromStatus\": a change must change the status"
                : $"is the same as \"fromStatus\" ({EnumText<MembershipStatus>.Format(c.From)}): a change must change the status")
            .WithErrorCode(ErrorCodes.StatusUnchanged)
            .When(c => Enum.IsDefined(c.To)).OverridePropertyName("toStatus");
        // default(PartialDate) is not a date (year 0): it means the caller never set one.
        RuleFor(c => c.Effective).Must(d => d.Year >= 1).WithMessage("an effective date is required")
            .WithErrorCode(ErrorCodes.Required).OverridePropertyName("effective");
        RuleFor(c => c.DecidedAt).References(catalog, null, EntityKind.Meeting).OverridePropertyName("decidedAt");
    }
}
