using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// An agreement: title, a defined kind, entry into force not certainly before signature, a known meeting,
/// parties that are known states or organizations, each once, whose own dates are not before the signature.
/// </summary>
public sealed class AgreementValidator : EntityRules<Agreement>
{
    public AgreementValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(a => a.Title).Name().OverridePropertyName("title");
        RuleFor(a => a.AgreementKind).IsInEnum().WithMessage("is not an agreement kind").WithErrorCode(ErrorCodes.InvalidEnumValue).OverridePropertyName("kind");
        RuleFor(a => a.Place).Name().When(a => a.Place is not null).OverridePropertyName("place");
        RuleFor(a => a.Meeting).References(catalog, null, EntityKind.Meeting).OverridePropertyName("meeting");
        RuleFor(a => a.EntryIntoForce)
            .Must((a, inForce) => inForce is null || a.Signed is null || inForce.Value.Latest >= a.Signed.Value.Earliest)
            .WithMessage(a => $"entry into force {a.EntryIntoForce} is before signature {a.Signed}").WithErrorCode(ErrorCodes.EntryIntoForceBeforeSignature).OverridePropertyName("entryIntoForce");
        RuleFor(a => a.Parties).AtMost(ListBounds.Parties).OverridePropertyName("parties");
        RuleForEach(a => a.Parties).ChildRules(party =>
        {
            party.RuleFor(p => p.Party).NotNull().WithMessage("say which state is a party").WithErrorCode(ErrorCodes.Required)
                .References(catalog, null, EntityKind.State, EntityKind.Organization).OverridePropertyName("party");
            party.RuleFor(p => p.Ratified)
                .Must((p, ratified) => ratified is null || p.Signed is null || ratified.Value.Latest >= p.Signed.Value.Earliest)
                .WithMessage(p => $"ratification {p.Ratified} is before signature {p.Signed}").WithErrorCode(ErrorCodes.RatificationBeforeSignature).OverridePropertyName("ratified");
        }).OverridePropertyName("parties");
        RuleFor(a => a.Parties).Must(ps => ps.Select(p => p.Party).Distinct().Count() == ps.Count)
            .WithMessage(a => $"lists {string.Join(", ", MeetingValidator.Duplicates(a.Parties.Select(p => p.Party)))} more than once").WithErrorCode(ErrorCodes.Duplicate)
            .OverridePropertyName("parties");
    }
}
