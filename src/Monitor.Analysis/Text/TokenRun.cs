namespace Monitor.Analysis;

/// <summary>
/// Consecutive tokens joined by single spaces, as the lexicons spell entries of several words ("El Salvador",
/// "Secretary of State"). Joined into a caller's buffer, so a look-up that finds nothing costs no string.
/// </summary>
internal static class TokenRun
{
    /// <summary>A buffer this long on the stack holds any run the scanners look up; longer runs get one of their own.</summary>
    public const int StackLength = 256;

    public static ReadOnlySpan<char> Join(ReadOnlySpan<Token> tokens, int first, int count, Span<char> buffer)
    {
        var length = Math.Max(count - 1, 0);
        for (var i = first; i < first + count; i++)
        {
            length += tokens[i].Length;
        }
        var joined = length <= buffer.Length ? buffer[..length] : new char[length];
        var at = 0;
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
            {
                joined[at++] = ' ';
            }
            tokens[i].Text.CopyTo(joined[at..]);
            at += tokens[i].Length;
        }
        return joined;
    }

    public static string ToString(ReadOnlySpan<Token> tokens, int first, int count) =>
        Join(tokens, first, count, stackalloc char[StackLength]).ToString();
}
