using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>A state: ISO 3166 alpha-3 code as id and <c>iso3</c>, a name, aliases.</summary>
public sealed class StateValidator : EntityRules<State>
{
    public StateValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(s => s.Name).Name().OverridePropertyName("name");
        RuleFor(s => s.Iso3).Matches("^[A-Z]{3}$").WithMessage((_, code) => $"\"{Rules.Shorten(code)}\" is not an ISO 3166 alpha-3 code (three capital letters, like \"IND\")").WithErrorCode(ErrorCodes.InvalidIso3)
            .OverridePropertyName("iso3");
        RuleFor(s => s.Iso3).Equal(s => s.Id).WithMessage((s, code) => $"must equal the id (\"{s.Id}\"): a state's id is its ISO 3166 alpha-3 code").WithErrorCode(ErrorCodes.InvalidIso3)
            .When(s => s.Iso3 is { Length: 3 }).OverridePropertyName("iso3");
        EachName(s => s.Aliases, "aliases");
        RuleFor(s => s.Aliases).AtMost(ListBounds.Aliases).OverridePropertyName("aliases");
    }
}
