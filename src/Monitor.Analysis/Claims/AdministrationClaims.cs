namespace Monitor.Analysis;

/// <summary>
/// Which government an article credits: "the Trump administration", "President Bukele's administration".
/// The slot is the country's administration (unqualified ones are taken as the United States', as
/// English-language news writes them); an article naming two for one country is giving history, not a claim.
/// </summary>
internal static class AdministrationClaims
{
    private static readonly Country Default = Countries.ByNameOrAlias("United States")!;

    public static void Add(ClaimContext context, List<Claim> claims)
    {
        List<(Country Country, string Key, Claim Claim)>? found = null;
        foreach (var name in context.Entities.Names)
        {
            if (name.Kind != EntityKind.Person)
            {
                continue;
            }
            var sentence = context.Sentences[name.Span.Sentence];
            var tokens = sentence.Tokens;
            var at = name.Span.End;
            if (at < tokens.Length && tokens[at].Text is "'s" or "’s")
            {
                at++;
            }
            if (at >= tokens.Length || !tokens[at].Is("administration") || WordLists.PoliticalAdjectives.Contains(name.Name))
            {
                // "The incoming Republican administration" names a party, not a head of government.
                continue;
            }
            var country = context.CountryOfPerson.GetValueOrDefault(name.Key) ?? Default;
            var surname = PersonName.Surname(name.Name);
            // An administration is named by its head's surname, whichever way an article keys the person.
            var value = new ClaimValue(surname + " administration", "administration:" + surname.ToLowerInvariant());
            (found ??= []).Add((country, value.Key, new Claim($"{country.Name} administration", ClaimKind.Attribution, value, sentence.Text)));
        }
        if (found is null)
        {
            return;
        }
        foreach (var byCountry in found.GroupBy(f => f.Country.Key, StringComparer.Ordinal))
        {
            if (byCountry.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                claims.Add(byCountry.First().Claim);
            }
        }
    }
}
