namespace Monitor.Analysis;

/// <summary>Weekday and month names as English writes them, with the usual newspaper abbreviations (AP style: "Aug.", "Sept.").</summary>
internal static class Calendar
{
    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly WordMap MonthTable = WordTable.Parse("""
        1:january,jan
        2:february,feb
        3:march,mar
        4:april,apr
        5:may
        6:june,jun
        7:july,jul
        8:august,aug
        9:september,sept,sep
        10:october,oct
        11:november,nov
        12:december,dec
        """);

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The weekday a capitalised word names, 0 for Monday; -1 for none.</summary>
    public static int Weekday(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (word.Equals(Weekdays[i], StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The month a capitalised word or abbreviation names, 1 for January; 0 for none.</summary>
    public static int Month(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && MonthTable.TryGetValue(word, out var month) ? int.Parse(month) : 0;

    /// <summary>
    /// "past" for days wholly before the article's date, "future" for days wholly after it (up to a quarter
    /// ahead: a day with no year further on is more likely last year's), null otherwise: a deadline still to
    /// come and an event gone by are never told of one thing.
    /// </summary>
    public static string? Tense(int firstDay, int lastDay, DateOnly published) =>
        lastDay < published.DayNumber ? "past" : firstDay > published.DayNumber && firstDay - published.DayNumber <= FutureDays ? "future" : null;

    private const int FutureDays = 92;
}
