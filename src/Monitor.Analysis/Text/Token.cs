namespace Monitor.Analysis;

/// <summary>A word, number or mark of a sentence, with its offset in the article text.</summary>
public readonly record struct Token(string Text, int Start)
{
    public int End => Start + Text.Length;

    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);

    public bool IsNumber => Text.Length > 0 && char.IsDigit(Text[0]);

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>All capitals with at least two letters: "CECOT", "U.S.", "NATO".</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2;
        }
    }

    public bool Is(string word) => string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Text;
}
