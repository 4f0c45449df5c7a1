using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>A claim: a known subject, a predicate name, a value, at least one source, and the id derived from them.</summary>
public sealed class ClaimValidator : EntityRules<Claim>
{
    public ClaimValidator(IReferenceCatalog catalog) : base(catalog, slugId: false)
    {
        RuleFor(c => c.Subject).NotNull().WithMessage("say which entity the claim is about").WithErrorCode(ErrorCodes.Required)
            .References(catalog, null).OverridePropertyName("subject");
        RuleFor(c => c.Subject).Must(s => catalog.KindOf(s) != EntityKind.Claim)
            .WithMessage("a claim cannot be about another claim").WithErrorCode(ErrorCodes.WrongReferenceKind).When(c => c.Subject is not null).OverridePropertyName("subject");
        RuleFor(c => c.Predicate).Predicate().OverridePropertyName("predicate");
        RuleFor(c => c.Value).Text().OverridePropertyName("value");
        RuleFor(c => c.Note).Text().When(c => c.Note is not null).OverridePropertyName("note");
        RuleFor(c => c.Sources).NotEmpty().WithMessage("a claim must cite at least one source").WithErrorCode(ErrorCodes.Required).OverridePropertyName("sources");
        RuleFor(c => c.Id).Equal(c => Claim.IdFor(c.Subject, c.Predicate, c.Value))
            .When(c => c.Subject is not null && c.Predicate is not null && c.Value is not null)
            .WithMessage("must be derived from subject, predicate and value (Claim.IdFor)").WithErrorCode(ErrorCodes.ClaimIdMismatch).OverridePropertyName("id");
    }
}
