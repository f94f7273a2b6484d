namespace Monitor.Analysis.Tests;

public sealed class OrderIndependenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(1234)]
    public void Any_arrival_order_gives_the_same_stories_consensus_and_divergences(int seed)
    {
        var inputs = SeedPipeline.ReadSeeds().ToArray();
        var expected = SeedPipeline.Run(inputs).Canonical();
        new Random(seed).Shuffle(inputs);
        SeedPipeline.Run(inputs).Canonical().Should().Be(expected);
    }
}
