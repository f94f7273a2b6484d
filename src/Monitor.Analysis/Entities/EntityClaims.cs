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
    /// <summary>The slots of an entity's name and title, named by what the entity is called.</summary>
    public static (string Name, string Title) SlotsOf(string label) => ($"name of {label}", $"title of {label}");

    public static Claim? For((string Name, string Title) slots, EntityAttribute attribute, string storyId) => attribute.Attribute switch
    {
        "name" => new Claim(slots.Name, ClaimKind.Name,
            new ClaimValue(attribute.Value, PersonName.Canonical(attribute.Value), Family: PersonName.Family(attribute.Value)), attribute.Quote),
        "title" => Title(slots.Title, attribute, storyId),
        _ => null,
    };

    private static Claim Title(string slot, EntityAttribute attribute, string storyId)
    {
        var office = Office(attribute.Value);
        return new Claim(slot, ClaimKind.Title, new ClaimValue(attribute.Value, office, Family: office + "|" + storyId), attribute.Quote);
    }

    private static string Office(string title)
    {
        var words = title.Split(' ');
        return Titles.IsModifier(words[0]) ? string.Join(' ', words[1..]).ToLowerInvariant() : title.ToLowerInvariant();
    }
}
