namespace Monitor.Analysis.Tests;

public sealed class FactRuleTests
{
    private static List<Claim> Facts(string text) =>
        [.. new ArticleAnalyzer().Analyze(new ArticleInput("a1", "outlet", "", text)).Claims.Where(c => c.Context is not null)];

    private static Claim Fact(string text, string slot) => Facts(text).Should().ContainSingle(c => c.Slot == slot).Subject;

    [Fact]
    public void A_weekday_is_a_day_fact_with_its_sentence()
    {
        var day = Fact("The council voted on Tuesday to close the library.", "day");

        day.Value.Text.Should().Be("Tuesday");
        day.Kind.Should().Be(ClaimKind.Date);
        day.Quote.Should().Be("The council voted on Tuesday to close the library.");
        day.Context!.Close.Should().Contain("vot");
    }

    [Fact]
    public void A_month_and_day_is_a_date_whatever_the_abbreviation()
    {
        Fact("The hearing is set for Aug. 9 in the capital.", "date").Value.Key.Should().Be("august 9");
        Fact("The hearing is set for August 9 in the capital.", "date").Value.Key.Should().Be("august 9");
    }

    [Fact]
    public void Since_stays_in_the_shown_year()
    {
        var year = Fact("She has chaired the board since 1998.", "year");

        year.Value.Text.Should().Be("since 1998");
        year.Value.Point.Should().Be(1998);
    }

    [Fact]
    public void A_sum_of_dollars_keeps_its_cents_and_scale()
    {
        Fact("The campaign paid $4,215.50 for the hotel.", FigureFacts.MoneySlot).Value.Point.Should().Be(4215.5);
        Fact("The plan costs $2.3 billion over a decade.", FigureFacts.MoneySlot).Value.Point!.Value.Should().BeApproximately(2.3e9, 1);
    }

    [Fact]
    public void As_many_as_and_up_to_keep_their_value_within_its_rounding()
    {
        var many = Fact("The suit covers as many as 2.4 million nurses.", FigureFacts.CountSlot).Value;
        var upTo = Fact("The suit covers up to 2.5 million nurses.", FigureFacts.CountSlot).Value;

        many.Point.Should().Be(2_400_000);
        many.IsCompatibleWith(upTo).Should().BeFalse("2.4 million and 2.5 million cannot both be the count");
    }

    [Fact]
    public void A_round_figure_agrees_with_an_exact_one_it_rounds_to()
    {
        var round = Fact("He bought a $61,000 car.", FigureFacts.MoneySlot).Value;
        var exact = Fact("He bought a $61,240 car.", FigureFacts.MoneySlot).Value;
        var other = Fact("He bought a $66,000 car.", FigureFacts.MoneySlot).Value;

        round.IsCompatibleWith(exact).Should().BeTrue();
        round.IsCompatibleWith(other).Should().BeFalse("trailing zeros past the second digit are rounding, not the whole figure");
    }

    [Fact]
    public void Bounds_and_vague_words_are_intervals_and_never_a_point()
    {
        var nearly = Fact("Nearly 70 teachers signed the letter.", FigureFacts.CountSlot).Value;
        var more = Fact("More than 300 teachers signed the letter.", FigureFacts.CountSlot).Value;
        var several = Fact("Several teachers signed the letter.", FigureFacts.CountSlot).Value;

        (nearly.Low, nearly.High, nearly.Point).Should().Be((63.0, 70.0, (double?)null));
        (more.Low, more.Point).Should().Be((300.0, (double?)null));
        more.High.Should().BeGreaterThan(1e9);
        (several.Low, several.High).Should().Be((3.0, 9.0));
    }

    [Fact]
    public void A_number_word_joined_to_its_unit_counts_that_unit()
    {
        var terms = Fact("The five-term senator retired.", FigureFacts.CountSlot).Value;

        (terms.Point, terms.Family).Should().Be((5.0, "term"));
    }

    [Fact]
    public void A_vote_keeps_both_sides()
    {
        Fact("The chamber approved the bill 312-97 on a late vote.", FigureFacts.VoteSlot).Value.Key.Should().Be("312-97");
        Fact("She won the caucus 88 to 41.", FigureFacts.VoteSlot).Value.Key.Should().Be("88-41");
    }

    [Fact]
    public void Names_numbers_times_and_ordinals_are_no_figures()
    {
        Facts("Voters passed Proposition 19 and the 22nd Amendment at 11am.").Should().NotContain(c => c.Kind == ClaimKind.Quantity);
        Facts("In 2004 the bridge opened.").Should().ContainSingle().Which.Slot.Should().Be("year");
    }

    [Fact]
    public void Last_week_and_last_month_are_spans_counted_from_the_article_date()
    {
        var published = new DateTimeOffset(2024, 6, 19, 12, 0, 0, TimeSpan.Zero);
        List<Claim> Dated(string text) =>
            [.. new ArticleAnalyzer().Analyze(new ArticleInput("a1", "outlet", "", text, Published: published)).Claims.Where(c => c.Slot == "date")];

        var week = Dated("The trustees warned last week that the fund will run dry.").Should().ContainSingle().Subject.Value;
        var month = Dated("The trustees warned last month that the fund will run dry.").Should().ContainSingle().Subject.Value;

        (week.Low, week.High).Should().Be((new DateOnly(2024, 6, 6).DayNumber, new DateOnly(2024, 6, 18).DayNumber));
        (month.Low, month.High).Should().Be((new DateOnly(2024, 5, 1).DayNumber, new DateOnly(2024, 5, 31).DayNumber));
        week.IsCompatibleWith(month).Should().BeFalse();
        Dated("Gov. Jan Kowalski spoke in mid May.").Should().ContainSingle().Which.Value.Text.Should().Be("mid May", "Jan before a name is a person");
    }
}
