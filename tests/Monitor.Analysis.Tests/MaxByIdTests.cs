namespace Monitor.Analysis.Tests;

/// <summary>An hour's bound reads its largest values from sorted arrays raised a signature at a time: they must hold what a table of maxima would.</summary>
public sealed class MaxByIdTests
{
    [Fact]
    public void Raising_keeps_each_number_once_in_order_with_the_largest_value_it_was_given()
    {
        var random = new Random(11);
        var raised = new MaxById();
        var expected = new SortedDictionary<int, float>();
        for (var round = 0; round < 500; round++)
        {
            var ids = Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(0, 80)).Distinct().Order().ToArray();
            var values = ids.Select(_ => random.NextSingle()).ToArray();
            raised.Raise(ids, values);
            for (var i = 0; i < ids.Length; i++)
            {
                expected[ids[i]] = Math.Max(expected.GetValueOrDefault(ids[i]), values[i]);
            }

            raised.Ids.ToArray().Should().Equal(expected.Keys, "round {0}", round);
            raised.Values.ToArray().Should().Equal(expected.Values, "round {0}", round);
        }
    }

    [Fact]
    public void A_value_is_kept_as_a_float_never_below_it()
    {
        foreach (var value in new[] { 0.1, 1.0 / 3, 0.25, 1, 2.0 / 11, 1e-12 })
        {
            var kept = MaxById.AtLeast(value);

            ((double)kept).Should().BeGreaterThanOrEqualTo(value);
            ((double)MathF.BitDecrement(kept)).Should().BeLessThan(value, "it is the nearest float from above");
        }
    }
}
