namespace ScoGraph.Domain.Validation;

/// <summary>
/// Machine-readable names of the rules a validation issue broke (GraphQL <c>ValidationError.code</c>).
/// <see cref="UnknownReference"/> issues also carry the unknown id (<see cref="ValidationIssue.ReferencedId"/>).
/// </summary>
public static class ErrorCodes
{
    public const string Invalid = "INVALID";
    public const string Required = "REQUIRED";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidName = "INVALID_NAME";
    public const string InvalidText = "INVALID_TEXT";
    public const string InvalidPartialDate = "INVALID_PARTIAL_DATE";
    public const string InvalidPredicate = "INVALID_PREDICATE";
    public const string InvalidLanguage = "INVALID_LANGUAGE";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidIso3 = "INVALID_ISO3";
    public const string InvalidEnumValue = "INVALID_ENUM_VALUE";
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    public const string WrongReferenceKind = "WRONG_REFERENCE_KIND";
    public const string SelfReference = "SELF_REFERENCE";
    public const string Duplicate = "DUPLICATE";
    public const string TooMany = "TOO_MANY";
    public const string PeriodStartAfterEnd = "PERIOD_START_AFTER_END";
    public const string EntryIntoForceBeforeSignature = "ENTRY_INTO_FORCE_BEFORE_SIGNATURE";
    public const string RatificationBeforeSignature = "RATIFICATION_BEFORE_SIGNATURE";
    public const string StatusUnchanged = "STATUS_UNCHANGED";
    public const string PostOwner = "POST_OWNER";
    public const string StillReferenced = "STILL_REFERENCED";
    public const string ClaimIdMismatch = "CLAIM_ID_MISMATCH";
}
