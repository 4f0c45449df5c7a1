using FluentValidation;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// A meeting: title, a defined kind, a start (and an end not before it), a country and host that are states,
/// participants that are known officials, states or organizations (never the meeting itself), each at most once.
/// </summary>
public sealed class MeetingValidator : EntityRules<Meeting>
{
    public MeetingValidator(IReferenceCatalog catalog) : base(catalog)
    {
        RuleFor(m => m.Title).Name().OverridePropertyName("title");
        RuleFor(m => m.MeetingKind).IsInEnum().WithMessage("is not a meeting kind").WithErrorCode(ErrorCodes.InvalidEnumValue).OverridePropertyName("kind");
        RuleFor(m => m.Period.Start).NotNull().WithMessage("a meeting needs a start date").WithErrorCode(ErrorCodes.Required).OverridePropertyName("start");
        RuleFor(m => m.Period).Must(p => !p.IsInverted)
            .WithMessage(m => $"end {m.Period.End} is before start {m.Period.Start}").WithErrorCode(ErrorCodes.PeriodStartAfterEnd).OverridePropertyName("end");
        RuleFor(m => m.City).Name().When(m => m.City is not null).OverridePropertyName("city");
        RuleFor(m => m.Country).References(catalog, null, EntityKind.State).OverridePropertyName("country");
        RuleFor(m => m.Host).References(catalog, null, EntityKind.State).OverridePropertyName("host");
        RuleForEach(m => m.Participants).ChildRules(participant =>
        {
            participant.RuleFor(p => p.Entity).NotNull().WithMessage("say who took part").WithErrorCode(ErrorCodes.Required)
                .References(catalog, null, EntityKind.Official, EntityKind.State, EntityKind.Organization).OverridePropertyName("entity");
            participant.RuleFor(p => p.Role).Name().When(p => p.Role is not null).OverridePropertyName("role");
            participant.RuleFor(p => p.Represents).References(catalog, null, EntityKind.State, EntityKind.Organization).OverridePropertyName("represented");
        }).OverridePropertyName("participants");
        RuleForEach(m => m.Participants).Must((meeting, p) => p.Entity != meeting.Id)
            .WithMessage("a meeting cannot take part in itself").WithErrorCode(ErrorCodes.SelfReference).OverridePropertyName("participants");
        RuleFor(m => m.Participants).Must(ps => ps.Select(p => p.Entity).Distinct().Count() == ps.Count)
            .WithMessage(m => $"lists {string.Join(", ", Duplicates(m.Participants.Select(p => p.Entity)))} more than once").WithErrorCode(ErrorCodes.Duplicate)
            .OverridePropertyName("participants");
        RuleFor(m => m.Participants).AtMost(ListBounds.Participants).OverridePropertyName("participants");
        EachName(m => m.Topics, "topics");
        RuleFor(m => m.Topics).AtMost(ListBounds.Topics).OverridePropertyName("topics");
        RuleForEach(m => m.Decisions).Text(1000).OverridePropertyName("decisions");
        RuleFor(m => m.Decisions).AtMost(ListBounds.Decisions).OverridePropertyName("decisions");
    }

    internal static IEnumerable<string> Duplicates(IEnumerable<string> ids) =>
        ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => $"\"{g.Key}\"");
}
