namespace Monitor.Analysis;

/// <summary>Whether a line reads as a headline: no end punctuation, and mostly capitalised words.</summary>
internal static class HeadingShape
{
    private const int MaxWords = 24;

    public static bool IsHeading(string text, int start, int end)
    {
        var last = text[end - 1];
        if (last is '.' or '!' or '?' or '"' or '”' or ':' or ';' or ',')
        {
            return IsTitleCase(text, start, end, requireAll: true);
        }
        return IsTitleCase(text, start, end, requireAll: false);
    }

    private static bool IsTitleCase(string text, int start, int end, bool requireAll)
    {
        int words = 0, capitalised = 0, lower = 0;
        var atWordStart = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                continue;
            }
            if (atWordStart && char.IsLetter(c))
            {
                if (++words > MaxWords)
                {
                    return false; // a line this long is prose, whatever its remaining words are: no need to read them
                }
                if (char.IsUpper(c))
                {
                    capitalised++;
                }
                else if (!IsSmallWord(text, i, end))
                {
                    if (requireAll)
                    {
                        return false; // one lower-case word is enough: no need to read the rest
                    }
                    lower++;
                }
            }
            atWordStart = false;
        }
        if (words == 0)
        {
            return false;
        }
        return requireAll ? lower == 0 && words >= 3 : lower * 3 <= words;
    }

    /// <summary>Short function words stay lower case in headlines ("of", "and", "with").</summary>
    private static bool IsSmallWord(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }
        return j - i <= 4 && WordLists.IsStopWord(text.AsSpan(i, j - i));
    }
}
