namespace Monitor.Analysis;

/// <summary>
/// English given names and their usual short forms, from common usage (the lists of hypocorisms in any
/// name dictionary): "Bill" is William, "Chuck" Charles. A short form that stands for two names ("Jack"
/// for John or Jacob) joins them, so every name of a line, and of lines that share a name, has one key.
/// </summary>
internal static class Nicknames
{
    private const string Table = """
        william: bill billy will willie liam
        robert: bob bobby rob robbie
        richard: dick rick ricky rich
        james: jim jimmy jamie
        john: jack johnny
        jacob: jack jake
        joseph: joe joey
        thomas: tom tommy
        christopher: chris
        edward: ted teddy ed eddie ned
        daniel: dan danny
        david: dave
        steven: steve
        stephen: steve
        anthony: tony
        andrew: andy
        nicholas: nick
        patrick: pat
        samuel: sam
        benjamin: ben bibi
        matthew: matt
        jeffrey: jeff
        gregory: greg
        ronald: ron ronnie
        donald: don donnie
        elizabeth: liz beth betty libby
        katherine: kate katie kathy
        catherine: cathy
        jennifer: jen jenny
        susan: sue susie
        charles: chuck charlie
        albert: al
        alexander: alex
        frederick: fred
        henry: hank harry
        lawrence: larry
        newton: newt
        mitchell: mitch
        michael: mike mickey
        margaret: maggie peggy
        deborah: debbie
        patricia: patty trish
        rebecca: becky
        kenneth: ken kenny
        timothy: tim
        gerald: jerry
        vincent: vince
        raymond: ray
        philip: phil
        peter: pete
        walter: walt
        douglas: doug
        abraham: abe
        nathaniel: nate
        zachary: zach
        victoria: vicky
        pamela: pam
        kimberly: kim
        eugene: gene
        """;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Formal = Build().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The formal name a given name stands for (itself when it is no short form), lower case.</summary>
    public static string FormalOf(ReadOnlySpan<char> given) =>
        Formal.TryGetValue(given, out var formal) ? formal : given.ToString().ToLowerInvariant();

    /// <summary>A given name of the table, formal or short ("Elizabeth", "Liz"), or another common one ("Laura").</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => Formal.ContainsKey(word) || CommonGivenNames.Names.Contains(word);

    private static Dictionary<string, string> Build()
    {
        // Names of one line, and of lines that share a short form, end with the first formal name among them.
        var formal = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split([':', ' '], StringSplitOptions.RemoveEmptyEntries);
            var key = parts.Select(p => formal.GetValueOrDefault(p)).FirstOrDefault(k => k is not null) ?? parts[0];
            foreach (var part in parts)
            {
                if (formal.TryGetValue(part, out var old) && old != key)
                {
                    foreach (var name in formal.Where(p => p.Value == old).Select(p => p.Key).ToList())
                    {
                        formal[name] = key;
                    }
                }
                formal[part] = key;
            }
        }
        return formal;
    }
}
