namespace Monitor.Analysis.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split("Mr. Smith met George W. Bush in the U.S. on Monday. Then he left.");
        sentences.Select(s => s.Text).Should().Equal("Mr. Smith met George W. Bush in the U.S. on Monday.", "Then he left.");
    }

    [Fact]
    public void A_title_case_line_without_a_full_stop_is_a_heading()
    {
        var sentences = SentenceSplitter.Split("Mayor Wins Second Term in Landslide\nThe mayor won easily.");
        sentences[0].IsHeading.Should().BeTrue();
        sentences[1].IsHeading.Should().BeFalse();
    }

    [Fact]
    public void Sentences_are_verbatim_parts_of_the_text()
    {
        const string text = "“We will win,” she said.  He disagreed!\nA new line starts here.";
        SentenceSplitter.Split(text).Should().OnlyContain(s => text.Contains(s.Text, StringComparison.Ordinal));
    }
}
