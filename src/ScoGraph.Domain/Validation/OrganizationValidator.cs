using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>An organization: name, aliases, optional parent and successor organizations (not itself).</summary>
public sealed class OrganizationValidator : EntityRules<Organization>
{
    public OrganizationValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(o => o.Name).Name().OverridePropertyName("name");
        EachName(o => o.Aliases, "aliases");
        RuleFor(o => o.Aliases).AtMost(ListBounds.Aliases).OverridePropertyName("aliases");
        RuleFor(o => o.Parent).References(catalog, o => o.Id, EntityKind.Organization).OverridePropertyName("parent");
        RuleFor(o => o.SucceededBy).References(catalog, o => o.Id, EntityKind.Organization).OverridePropertyName("succeededBy");
    }
}
