namespace Monitor.Analysis;

/// <summary>
/// Head nouns (the last word of a name) that give a name its kind, from English usage: "... Act" is a
/// law, "... Day" an event, "House Democrats" a body of a party's members.
/// </summary>
internal static class EntityHeads
{
    public static readonly WordSet Laws = WordLists.Set("""
        act acts law laws amendment amendments bill bills treaty accord accords agreement partnership pact
        program programme plan initiative doctrine constitution charter protocol resolution
        """);

    public static readonly WordSet Events = WordLists.Set("""
        day election elections convention summit games olympics war primary primaries debate rally march
        festival week month revolution crisis scandal hearing hearings conference caucuses
        """);

    /// <summary>Plural members of a party or movement: with a chamber or qualifier before them, a body.</summary>
    public static readonly WordSet Members = WordLists.Set("""
        democrats republicans conservatives liberals progressives libertarians independents socialists
        """);

    /// <summary>Bodies that a single capitalised word names.</summary>
    public static readonly WordSet Bodies = WordLists.Set("senate house congress parliament pentagon");
}
