namespace Monitor.Analysis;

/// <summary>
/// Titles that stand before a name ("Secretary of State Marco Rubio", "former President Trump"):
/// the office, and the modifiers that change whether it is held now.
/// </summary>
internal static class Titles
{
    private static readonly string[] Offices =
    [
        "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Defense Minister",
        "Defence Minister", "Interior Minister", "Finance Minister", "Minister", "Chancellor", "Secretary of State",
        "Secretary of Defense", "Defense Secretary", "Secretary of Homeland Security", "Homeland Security Secretary",
        "Treasury Secretary", "Secretary of the Treasury", "Secretary-General", "Secretary General", "Secretary",
        "Attorney General", "Senator", "Sen.", "Senate Majority Leader", "Senate Minority Leader", "Majority Leader",
        "Minority Leader", "Speaker", "House Speaker", "Representative", "Rep.", "Congressman", "Congresswoman",
        "Governor", "Gov.", "Lt. Gov.", "Lieutenant Governor", "Mayor", "Judge", "Justice", "Chief Justice",
        "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Ambassador", "Envoy", "Special Envoy", "King", "Queen",
        "Prince", "Princess", "Pope", "Cardinal", "Bishop", "Archbishop", "Rabbi", "Imam", "Sheikh", "Chairman",
        "Chairwoman", "Chair", "Director", "Commissioner", "Spokesman", "Spokeswoman", "Spokesperson", "Press Secretary",
        "Chief of Staff", "Commander", "Sheriff", "Prosecutor", "District Attorney", "Dr.", "Mr.", "Mrs.", "Ms.",
        "Rev.", "Reverend", "Father", "Pastor", "Sir", "Dame", "Capt.", "Captain", "Lt.", "Lieutenant", "Sgt.", "Sergeant",
        "Officer", "Det.", "Detective", "Trooper", "Prof.", "Professor", "Del.", "Delegate", "Assemblyman",
        "Assemblywoman", "Councilman", "Councilwoman", "Superintendent",
    ];

    /// <summary>Honorifics say "a person" but are not titles worth comparing.</summary>
    private static readonly WordSet Honorifics = WordLists.Set("Mr. Mrs. Ms. Dr. Rev. Reverend Father Pastor Sir Dame");

    private static readonly WordSet Ranks = WordLists.Set("Captain Lieutenant Sergeant Officer Detective Trooper");

    private static readonly WordSet Modifiers = WordLists.Set("former late then acting interim outgoing incoming ex");

    /// <summary>Titles by their first word, longest first, so the scanner tries "Secretary of State" before "Secretary".</summary>
    private static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord = Offices
        .Select(o => o.Split(' '))
        .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> Abbreviated = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sen."] = "Senator", ["Rep."] = "Representative", ["Gov."] = "Governor", ["Lt. Gov."] = "Lieutenant Governor",
        ["Gen."] = "General", ["Adm."] = "Admiral", ["Col."] = "Colonel", ["Secretary General"] = "Secretary-General",
        ["Defence Minister"] = "Defense Minister", ["Capt."] = "Captain", ["Lt."] = "Lieutenant", ["Sgt."] = "Sergeant",
        ["Det."] = "Detective", ["Prof."] = "Professor", ["Del."] = "Delegate",
    };

    /// <summary>The title spelled out, so "Sen." and "Senator" are one value.</summary>
    public static string Normalise(string title) => Abbreviated.GetValueOrDefault(title, title);

    /// <summary>Ranks of the police and the junior ranks of the forces: "Captain", "former Sergeant".</summary>
    public static bool IsRank(string title) => Ranks.Contains(title[(title.LastIndexOf(' ') + 1)..]);

    public static bool IsModifier(ReadOnlySpan<char> word) => Modifiers.Contains(word);

    public static bool IsHonorific(string title) => Honorifics.Contains(title);

    /// <summary>The number of words of the longest title starting at <paramref name="start"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<Token> tokens, int start)
    {
        if (start >= tokens.Length || !ByFirstWord.TryGetValue(tokens[start].Text, out var candidates))
        {
            return 0;
        }
        foreach (var words in candidates)
        {
            if (start + words.Length > tokens.Length)
            {
                continue;
            }
            var matches = true;
            for (var i = 0; i < words.Length && matches; i++)
            {
                var token = tokens[start + i];
                // Titles before a name are capitalised; a lower-case "president" is a common noun.
                matches = token.Is(words[i])
                    && (i > 0 && words[i] is "of" or "the" || char.IsUpper(token.Text[0]));
            }
            if (matches)
            {
                return words.Length;
            }
        }
        return 0;
    }
}
