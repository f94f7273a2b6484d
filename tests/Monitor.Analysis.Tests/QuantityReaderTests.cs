namespace Monitor.Analysis.Tests;

public sealed class QuantityReaderTests
{
    private static Quantity? Read(string text) =>
        QuantityReader.Read(Tokenizer.Tokenize(text), 0, text, out _);

    [Theory]
    [InlineData("ten soldiers", 10)]
    [InlineData("two hundred fifty people", 250)]
    [InlineData("twenty-five workers", 25)]
    [InlineData("1,200 voters", 1200)]
    [InlineData("7 million people", 7_000_000)]
    [InlineData("a dozen hostages", 12)]
    public void Reads_digits_and_number_words_as_exact_counts(string text, double value)
    {
        var quantity = Read(text);
        quantity.Should().NotBeNull();
        quantity!.Low.Should().Be(value);
        quantity.High.Should().Be(value);
    }

    [Fact]
    public void Several_and_250_are_incompatible()
    {
        Read("several migrants")!.ToValue().IsCompatibleWith(Read("250 migrants")!.ToValue()).Should().BeFalse();
    }

    [Fact]
    public void Roughly_250_and_250_agree()
    {
        Read("roughly 250 migrants")!.ToValue().IsCompatibleWith(Read("250 migrants")!.ToValue()).Should().BeTrue();
    }

    [Fact]
    public void More_than_is_an_open_range()
    {
        var more = Read("more than 40 people")!.ToValue();
        more.IsCompatibleWith(Read("55 people")!.ToValue()).Should().BeTrue();
        more.IsCompatibleWith(Read("12 people")!.ToValue()).Should().BeFalse();
    }

    [Fact]
    public void Dozens_and_a_few_conflict()
    {
        Read("dozens of protesters")!.ToValue().IsCompatibleWith(Read("a few protesters")!.ToValue()).Should().BeFalse();
    }
}
