using System.Globalization;

namespace Monitor.Analysis;

/// <summary>
/// Reads a count at a token: digits ("250", "1,200", "7 million"), number words ("ten", "two hundred
/// fifty", "a dozen"), hedges ("roughly", "more than", "up to") and vague quantities as ranges
/// ("several" is 3 to 9, "dozens" 24 to 144, "a group" 2 to 100), so that compatible counts agree.
/// </summary>
public static class QuantityReader
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Turns most words away from the number words before hashing: a count is read at every token.</summary>
    private static readonly WordFilter UnitWords = new(Units.Keys);

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleOf = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Vague quantities: the words, then the range. Longest first.</summary>
    private static readonly (string[] Words, double Low, double High)[] Vague =
    [
        (["tens", "of", "thousands"], 20_000, 99_999), (["hundreds", "of", "thousands"], 200_000, 999_999),
        (["a", "handful", "of"], 2, 6), (["a", "couple", "of"], 2, 3), (["a", "few"], 2, 6), (["a", "group", "of"], 2, 100),
        (["a", "dozen"], 12, 12), (["half", "a", "dozen"], 6, 6), (["several"], 3, 9), (["dozens", "of"], 24, 144),
        (["dozens"], 24, 144), (["scores", "of"], 40, 200), (["hundreds", "of"], 200, 999), (["hundreds"], 200, 999),
        (["thousands", "of"], 2_000, 9_999), (["thousands"], 2_000, 9_999), (["millions", "of"], 2_000_000, 9_999_999),
        (["a", "pair", "of"], 2, 2), (["both"], 2, 2),
    ];

    private static readonly (string[] Words, double Below, double Above)[] Hedges =
    [
        (["more", "than"], 0, 1), (["over"], 0, 1), (["at", "least"], 0, 1), (["upwards", "of"], 0, 1),
        (["fewer", "than"], 1, 0), (["less", "than"], 1, 0), (["up", "to"], 1, 0), (["under"], 1, 0), (["at", "most"], 1, 0),
        (["roughly"], 0.1, 0.1), (["about"], 0.1, 0.1), (["around"], 0.1, 0.1), (["approximately"], 0.1, 0.1),
        (["some"], 0.1, 0.1), (["an", "estimated"], 0.1, 0.1), (["nearly"], 0.1, 0), (["almost"], 0.1, 0),
        (["close", "to"], 0.1, 0), (["an", "additional"], 0, 0),
    ];

    /// <summary>The words a count can open with; most tokens are none of them, and need no further look.</summary>
    private static readonly WordSet Openers = new(Hedges.Select(h => h.Words[0]).Concat(Vague.Select(v => v.Words[0])).Concat(Units.Keys));

    /// <summary>The words a hedge opens with, and those a vague quantity does: a token that is neither is read as a number only.</summary>
    private static readonly WordSet HedgeOpeners = new(Hedges.Select(h => h.Words[0]));
    private static readonly WordSet VagueOpeners = new(Vague.Select(v => v.Words[0]));

    /// <summary>A count starting at <paramref name="start"/>; <paramref name="next"/> is the token after it.</summary>
    public static Quantity? Read(ReadOnlySpan<Token> tokens, int start, string text, out int next)
    {
        var found = Find(tokens, start);
        next = found?.Next ?? start;
        return found is { } count ? Read(tokens, count, text) : null;
    }

    /// <summary>
    /// Where a count starting at <paramref name="start"/> ends and how it reads, before its words are cut from the
    /// text: a rule that needs more than the count after it looks there first, and makes the count only for a match.
    /// </summary>
    internal static Count? Find(ReadOnlySpan<Token> tokens, int start)
    {
        if (start >= tokens.Length || !MayOpenCount(tokens[start]))
        {
            return null;
        }
        var (below, above, at) = (0.0, 0.0, start);
        foreach (var hedge in HedgeOpeners.Contains(tokens[start].Text) ? Hedges : [])
        {
            if (Matches(tokens, start, hedge.Words))
            {
                (below, above, at) = (hedge.Below, hedge.Above, start + hedge.Words.Length);
                break;
            }
        }
        if (Number(tokens, at, out var after) is { } n && n > 0)
        {
            return new Count(start, at, after, n, below, above, -1);
        }
        if (at != start || !VagueOpeners.Contains(tokens[start].Text))
        {
            return null;
        }
        for (var vague = 0; vague < Vague.Length; vague++)
        {
            if (Matches(tokens, start, Vague[vague].Words))
            {
                return new Count(start, at, start + Vague[vague].Words.Length, 0, 0, 0, vague);
            }
        }
        return null;
    }

    /// <summary>The count <paramref name="count"/> found, as a quantity with its words.</summary>
    internal static Quantity Read(ReadOnlySpan<Token> tokens, Count count, string text)
    {
        var (start, at, next, n, below, above) = (count.Start, count.At, count.Next, count.Number, count.Below, count.Above);
        if (count.Vague >= 0)
        {
            var vague = Vague[count.Vague];
            var exact = vague.Low == vague.High;
            var (looseLow, looseHigh) = Quantity.VagueLoose(vague.Low);
            return new Quantity(Text(tokens, start, next, text), vague.Low, vague.High, exact, exact ? null : looseLow, exact ? null : looseHigh);
        }
        var low = below == 1 ? 0 : n * (1 - below);
        var high = above == 1 ? Quantity.Unbounded : n * (1 + above);
        // An approximate figure ("roughly 140", "nearly 90") allows a tenth either side loosely, a plain one its
        // rounding ("1.5 million" is 1.45 to 1.55 million), a bound only itself.
        var step = Figure.Step(n, tokens[at].IsNumber ? tokens[at].Text : default);
        var loose = below is > 0 and < 1 ? Figure.Tolerance(n, step) : below == 0 && above == 0 ? Figure.HalfStep * step : -1;
        return new Quantity(Text(tokens, start, next, text), Math.Round(low), Math.Round(high), below == 0 && above == 0,
            loose >= 0 ? n - loose : null, loose >= 0 ? n + loose : null);
    }

    /// <summary>
    /// A count found at tokens [<paramref name="Start"/>, <paramref name="Next"/>): its number from token <paramref name="At"/>
    /// (after a hedge that allows <paramref name="Below"/> and <paramref name="Above"/> of it), or the vague words of
    /// <see cref="Vague"/> at index <paramref name="Vague"/> (-1 for a number).
    /// </summary>
    internal readonly record struct Count(int Start, int At, int Next, double Number, double Below, double Above, int Vague);

    /// <summary>Digits or number words with scales: "7 million", "two hundred fifty", "twenty-five".</summary>
    public static double? Number(ReadOnlySpan<Token> tokens, int start, out int next)
    {
        next = start;
        if (start >= tokens.Length)
        {
            return null;
        }
        double total = 0, current = 0;
        var i = start;
        var any = false;
        if (tokens[i].IsNumber && TryParseDigits(tokens[i].Text, out var digits))
        {
            current = digits;
            any = true;
            i++;
        }
        for (; i < tokens.Length; i++)
        {
            var word = tokens[i].Text;
            if (TryUnit(word, out var unit) || word.Contains('-') && TryHyphenated(word, out unit))
            {
                if (any && current % 10 == 0 && current % 100 != 0 && unit < 10 || !any || current >= 100 && current % 100 == 0)
                {
                    current += unit;
                    any = true;
                    continue;
                }
                break;
            }
            if (any && ScaleOf.TryGetValue(word, out var scale))
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                continue;
            }
            if (any && word is "and" && i + 1 < tokens.Length && TryUnit(tokens[i + 1].Text, out _))
            {
                continue;
            }
            break;
        }
        next = i;
        return any ? total + current : null;
    }

    private static bool TryUnit(ReadOnlySpan<char> word, out int unit)
    {
        unit = 0;
        return UnitWords.MayContain(word) && UnitLookup.TryGetValue(word, out unit);
    }

    /// <summary>Digits, a number word ("ten", "twenty-five"), a hedge or a vague quantity.</summary>
    internal static bool MayOpenCount(Token token)
    {
        var text = token.Text;
        return text.Length > 0 && char.IsDigit(text[0]) || text.Contains('-') || Openers.Contains(text);
    }

    private static bool TryHyphenated(ReadOnlySpan<char> word, out int value)
    {
        var dash = word.IndexOf('-');
        var first = word[..dash];
        var second = word[(dash + 1)..];
        value = 0;
        return !second.Contains('-') && TryUnit(first, out var tens) && TryUnit(second, out var ones)
            && tens >= 20 && ones < 10 && (value = tens + ones) > 0;
    }

    /// <summary>Digits with their group separators ("1,200") read as a number; a token is short, so the digits fit on the stack.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> token, out double value)
    {
        if (TryParseWhole(token, out var whole))
        {
            value = whole;
            return true;
        }
        Span<char> digits = token.Length <= 64 ? stackalloc char[64] : new char[token.Length];
        var length = 0;
        foreach (var c in token)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }
        return double.TryParse(digits[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Digits and group separators only ("250", "1,200"), short enough to be exact: the number, read without the
    /// general parser. Anything else (a decimal point, say) is left to it.
    /// </summary>
    private static bool TryParseWhole(ReadOnlySpan<char> token, out long whole)
    {
        whole = 0;
        var digits = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                whole = whole * 10 + (c - '0');
                digits++;
            }
            else if (c != ',')
            {
                return false;
            }
        }
        return digits is > 0 and <= MaxExactDigits;
    }

    /// <summary>A whole number of up to 15 digits is exact as a double.</summary>
    private const int MaxExactDigits = 15;

    internal static bool Matches(ReadOnlySpan<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Length)
        {
            return false;
        }
        for (var i = 0; i < words.Length; i++)
        {
            if (!tokens[start + i].Is(words[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static string Text(ReadOnlySpan<Token> tokens, int start, int end, string text) =>
        StripOf(text.Substring(tokens[start].Start, tokens[end - 1].End - tokens[start].Start));

    private static string StripOf(string text) => text.EndsWith(" of", StringComparison.OrdinalIgnoreCase) ? text[..^3] : text;
}
