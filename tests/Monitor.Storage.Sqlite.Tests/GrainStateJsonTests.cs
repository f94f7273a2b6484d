using System.Text;
using Monitor.Contracts;

namespace Monitor.Storage.Sqlite.Tests;

public sealed class GrainStateJsonTests
{
    public enum Outcome
    {
        Delivered,
        WillRetry,
    }

    public sealed record Route(string? Kind, IReadOnlyList<string> Events);

    public sealed class Routes
    {
        public long Cursor { get; set; }

        public Dictionary<string, Route> ById { get; set; } = [];

        public List<Outcome> Outcomes { get; set; } = [];

        public TimeSpan Interval { get; set; }
    }

    private static readonly Route Single = new(null, ["divergence.detected"]);

    [Fact]
    public void A_collection_expression_behind_an_interface_is_stored_as_a_plain_array_and_reads_back()
    {
        var state = new Routes
        {
            Cursor = 95,
            ById = { ["wh_1"] = Single, ["wh_2"] = new("quantity", ["divergence.detected", "divergence.updated"]) },
            Outcomes = [Outcome.WillRetry],
            Interval = TimeSpan.FromMinutes(15),
        };

        var stored = GrainStateJson.Instance.Serialize(state);
        var read = GrainStateJson.Instance.Deserialize<Routes>(stored);

        stored.ToString().Should().NotContain("$type").And.Contain("\"events\":[\"divergence.detected\",\"divergence.updated\"]").And.Contain("\"WillRetry\"");
        read.Should().BeEquivalentTo(state);
        GrainStateJson.Instance.Serialize(read).ToString().Should().Be(stored.ToString());
    }

    /// <summary>As Orleans' default grain storage serializer wrote it: type names, $id/$ref, $values, enums as numbers.</summary>
    [Fact]
    public void A_state_written_with_type_names_and_references_reads_back_as_declared()
    {
        const string legacy = """
            {"$id":"1","$type":"Tests.Routes, Tests","Cursor":95,"ById":{"$id":"2","$type":"System.Collections.Generic.Dictionary`2[[System.String],[Tests.Route]], System.Private.CoreLib",
            "wh_1":{"$id":"3","$type":"Tests.Route, Tests","Events":{"$type":"<>z__ReadOnlySingleElementList`1[[System.String, System.Private.CoreLib]], Monitor.Webhooks","$values":["divergence.detected"]}},
            "wh_2":{"$ref":"3"}},
            "Outcomes":{"$type":"System.Collections.Generic.List`1[[Tests.Outcome, Tests]], System.Private.CoreLib","$values":[1]},"Interval":"00:15:00"}
            """;

        var read = GrainStateJson.Instance.Deserialize<Routes>(new BinaryData(Encoding.UTF8.GetBytes(legacy)));

        read.Cursor.Should().Be(95);
        read.ById.Should().BeEquivalentTo(new Dictionary<string, Route> { ["wh_1"] = Single, ["wh_2"] = Single });
        read.Outcomes.Should().Equal(Outcome.WillRetry);
        read.Interval.Should().Be(TimeSpan.FromMinutes(15));
    }
}
