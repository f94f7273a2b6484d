using System.Net;
using Monitor.Grains;

namespace Monitor.Ingest.Tests;

/// <summary>Outcomes that mean what they say, and the one article rule every way in shares.</summary>
public sealed class OutcomeTests(KeyedHost host) : IClassFixture<KeyedHost>
{
    private static string Unique() => Guid.NewGuid().ToString("n")[..10];

    [Fact]
    public async Task The_same_id_sent_twice_is_a_duplicate_of_itself_the_second_time()
    {
        var id = "twice-" + Unique();
        var article = Api.Article(id, "wire", "Twice", $"Text {id} sent twice.");

        var first = await (await host.Http.SendAsync(Api.Post("/api/articles", article))).JsonAsync();
        var second = await (await host.Http.SendAsync(Api.Post("/api/articles", article))).JsonAsync();

        first.GetProperty("outcome").GetString().Should().Be("accepted");
        second.GetProperty("outcome").GetString().Should().Be("duplicate");
        second.GetProperty("duplicateOf").GetString().Should().Be(id);
        second.GetProperty("storyId").GetString().Should().Be(first.GetProperty("storyId").GetString());
    }

    [Fact]
    public async Task A_new_text_under_a_known_id_is_refused_and_the_first_text_stays()
    {
        var id = "changed-" + Unique();
        var first = await (await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(id, "wire", "Changed", $"First text {id}.")))).JsonAsync();

        var changed = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(id, "wire", "Changed", $"Second text {id}, rewritten.")));

        changed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await changed.ProblemAsync()).GetProperty("detail").GetString().Should().Contain("new id");
        var story = await (await host.Http.GetAsync($"/api/stories/{first.GetProperty("storyId").GetString()}")).JsonAsync();
        story.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Equal(id);
    }

    [Fact]
    public async Task The_same_text_under_another_headline_and_id_is_a_duplicate()
    {
        var text = $"One wire text {Unique()} that two outlets headline differently.";
        var first = await (await host.Http.SendAsync(Api.Post("/api/articles", Api.Article("h1-" + Unique(), "wire", "A headline", text)))).JsonAsync();

        var second = await (await host.Http.SendAsync(Api.Post("/api/articles", Api.Article("h2-" + Unique(), "desk", "Another headline", text)))).JsonAsync();

        second.GetProperty("outcome").GetString().Should().Be("duplicate");
        second.GetProperty("duplicateOf").GetString().Should().Be(first.GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task A_missing_title_is_the_first_line_of_the_text()
    {
        var id = "untitled-" + Unique();

        var response = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(id, "wire", "", $"Ferry sails again {id}\nThe ferry sailed on Monday.")));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var story = await (await host.Http.GetAsync($"/api/stories/{(await response.JsonAsync()).GetProperty("storyId").GetString()}")).JsonAsync();
        story.GetProperty("articles")[0].GetProperty("title").GetString().Should().Be($"Ferry sails again {id}");
    }

    [Theory]
    [InlineData(null, "Body first line", "Body first line")]
    [InlineData("  ", "\n\n  Body first line  \nmore", "Body first line")]
    [InlineData(" Given title ", "Body", "Given title")]
    public void A_title_defaults_to_the_first_line(string? title, string text, string expected) =>
        ArticleRules.TitleOf(title, text).Should().Be(expected);

    [Fact]
    public void A_long_title_is_shortened_at_a_word_not_replaced()
    {
        var title = string.Join(' ', Enumerable.Repeat("Ferry", 60)) + ". Then a second sentence.";

        var shortened = ArticleRules.TitleOf(title, "Another text entirely.");

        shortened.Length.Should().BeLessThanOrEqualTo(ArticleRules.MaxTitleLength);
        shortened.Should().StartWith("Ferry Ferry").And.EndWith("Ferry…");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3000)]
    [InlineData(10, 300)]
    public void Speed_zero_is_as_fast_as_it_goes_and_one_is_an_article_every_interval(double speed, int milliseconds)
    {
        ReplaySpeed.Interval(TimeSpan.FromSeconds(3), speed).Should().Be(TimeSpan.FromMilliseconds(milliseconds));
        ReplaySpeed.Problem(speed).Should().BeNull();
        ReplaySpeed.Problem(-1).Should().NotBeNull();
    }

    [Fact]
    public async Task An_unknown_entity_or_source_is_a_404_problem()
    {
        foreach (var path in new[] { "/api/entities/person:nobody-" + Unique(), "/api/sources/nobody-" + Unique(), "/api/stories/s-nobody" })
        {
            var response = await host.Http.GetAsync(path);

            response.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            await response.ProblemAsync();
        }
    }

    [Fact]
    public async Task A_source_id_with_a_slash_and_spaces_round_trips_through_its_route()
    {
        var source = $"ABC/WPLG Local 10 {Unique()}";
        await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, source, "Local news", $"Local text {Unique()}.")));

        var response = await host.Http.GetAsync("/api/sources/" + Uri.EscapeDataString(source));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = await response.JsonAsync();
        view.GetProperty("id").GetString().Should().Be(source);
        view.GetProperty("articles").GetArrayLength().Should().Be(1);
    }
}
