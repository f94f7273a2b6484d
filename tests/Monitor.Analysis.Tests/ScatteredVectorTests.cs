namespace Monitor.Analysis.Tests;

public sealed class ScatteredVectorTests
{
    [Fact]
    public void A_dot_product_is_the_sum_over_the_other_vectors_ids_in_order_to_the_last_bit()
    {
        var scattered = new ScatteredVector();
        scattered.Scatter([7, 3, 2_000], [0.1, 0.7, 0.3]);

        var dot = scattered.Dot([3, 5, 2_000, 7], [0.3, 0.9, 0.6, 0.2]);
        scattered.Clear();

        dot.Should().Be(0 + 0.3 * 0.7 + 0.6 * 0.3 + 0.2 * 0.1);
        scattered.Dot([3, 7], [1, 1]).Should().Be(0, "a cleared vector has no ids");
    }

    [Fact]
    public void An_id_met_twice_counts_once_with_its_weights_summed_in_the_order_first_met()
    {
        var scattered = new ScatteredVector();

        var (ids, weights) = scattered.Distinct([4, 9, 4, 1], [0.1, 0.2, 0.3, 0.4]);
        var (same, sameWeights) = scattered.Distinct([4, 9, 1], [0.1, 0.2, 0.4]);

        ids.Should().Equal(4, 9, 1);
        weights.Should().Equal(0 + 0.1 + 0.3, 0.2, 0.4);
        same.Should().Equal(4, 9, 1);
        sameWeights.Should().Equal(0.1, 0.2, 0.4);
        scattered.Dot([4, 9, 1], [1, 1, 1]).Should().Be(0, "Distinct leaves nothing scattered");
    }
}
