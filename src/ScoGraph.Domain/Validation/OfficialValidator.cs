using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>An official: name, aliases (transliterations), optional nationality (a state).</summary>
public sealed class OfficialValidator : EntityRules<Official>
{
    public OfficialValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(o => o.Name).Name().OverridePropertyName("name");
        EachName(o => o.Aliases, "aliases");
        RuleFor(o => o.Aliases).AtMost(ListBounds.Aliases).OverridePropertyName("aliases");
        RuleFor(o => o.Nationality).References(catalog, null, EntityKind.State).OverridePropertyName("nationality");
    }
}
