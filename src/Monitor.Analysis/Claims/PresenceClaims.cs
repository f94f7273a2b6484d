namespace Monitor.Analysis;

/// <summary>
/// Who and what the article is about: an entity it names twice or in its opening is involved.
/// These never contradict one another; they let independent sources agree on the parties of a story.
/// </summary>
internal static class PresenceClaims
{
    private const int Opening = 3;

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        foreach (var entity in context.Entities.Names.GroupBy(n => Label(n), StringComparer.OrdinalIgnoreCase))
        {
            var names = entity.ToList();
            if (names.Count < 2 && names[0].Span.Sentence >= Opening)
            {
                continue;
            }
            var first = names.OrderBy(n => n.Span.Sentence).First();
            var label = entity.Key;
            claims.Add(new Claim($"involved: {label}", ClaimKind.Other, new ClaimValue(label, TextKey.Of(label)), context.Sentences[first.Span.Sentence].Text));
        }
    }

    /// <summary>People by surname, so "Maduro" and "Nicolás Maduro" in two articles are one party.</summary>
    private static string Label(LocatedName name) =>
        name.Kind == EntityKind.Person ? PersonName.Surname(name.Name) : name.Name;
}
