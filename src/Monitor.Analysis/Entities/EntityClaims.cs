namespace Monitor.Analysis;

/// <summary>
/// Turns a name or title an article gives an entity into a claim of the entity's ledger. Names compare
/// by given name and surname (middle names, accents, nicknames and a surname's spelling slips aside).
/// A title compares by its office: "former Senator", "late Senator" and "Senator" agree, for outlets
/// keep the courtesy title of an office once held; and only within one story, for a title held years
/// apart is a career.
/// </summary>
internal static class EntityClaims
{
    public static Claim? For(string label, EntityAttribute attribute, string storyId) => attribute.Attribute switch
    {
        "name" => new Claim($"name of {label}", ClaimKind.Name,
            new ClaimValue(attribute.Value, PersonName.Canonical(attribute.Value), Family: PersonName.Family(attribute.Value)), attribute.Quote),
        "title" => new Claim($"title of {label}", ClaimKind.Title,
            new ClaimValue(attribute.Value, Office(attribute.Value), Family: Office(attribute.Value) + "|" + storyId), attribute.Quote),
        _ => null,
    };

    private static string Office(string title)
    {
        var words = title.Split(' ');
        return Titles.IsModifier(words[0]) ? string.Join(' ', words[1..]).ToLowerInvariant() : title.ToLowerInvariant();
    }
}
