using System.Net;
using System.Text.Json;

namespace Monitor.Dashboard.Tests;

/// <summary><c>GET /api/stories</c> and the story list's other reads, every parameter and its bad values, on the news day.</summary>
[Collection(NewsDayCollection.Name)]
public sealed class StoriesApiTests(NewsDayFixture host)
{
    [Fact]
    public async Task Without_parameters_the_first_page_lists_the_latest_report_first()
    {
        using var page = await GetAsync("");

        page.RootElement.GetProperty("total").GetInt32().Should().BeGreaterThan(150);
        page.RootElement.GetProperty("page").GetInt32().Should().Be(1);
        page.RootElement.GetProperty("epoch").GetString().Should().NotBeNullOrEmpty();
        page.RootElement.GetProperty("sequence").GetInt64().Should().BeGreaterThan(0);
        var items = Items(page);
        items.Should().HaveCount(50);
        items.Select(i => i.GetProperty("latest").GetDateTimeOffset()).Should().BeInDescendingOrder();
        items.Should().OnlyContain(i => i.GetProperty("first").GetDateTimeOffset() <= i.GetProperty("latest").GetDateTimeOffset());
    }

    [Fact]
    public async Task Words_find_titles_entity_names_and_outlets()
    {
        using var marker = await GetAsync("q=" + NewsDay.Marker.ToUpperInvariant());
        using var outlet = await GetAsync("q=" + NewsDay.Outlets[3] + "&pageSize=200");
        using var nothing = await GetAsync("q=" + NewsDay.Marker + "+zzqqxx");

        Items(marker).Should().NotBeEmpty().And.OnlyContain(i => i.GetProperty("title").GetString()!.Contains(NewsDay.Marker));
        Items(outlet).Should().NotBeEmpty().And.OnlyContain(i => Outlets(i).Contains(NewsDay.Outlets[3]));
        nothing.RootElement.GetProperty("total").GetInt32().Should().Be(0, "every word must be found");
    }

    [Fact]
    public async Task A_source_keeps_the_stories_it_reported_in()
    {
        using var all = await GetAsync("pageSize=200&page=1");
        using var page = await GetAsync($"source={NewsDay.Outlets[0]}&pageSize=200");

        var items = Items(page);
        items.Should().NotBeEmpty().And.OnlyContain(i => Outlets(i).Contains(NewsDay.Outlets[0]));
        page.RootElement.GetProperty("total").GetInt32().Should().BeLessThan(all.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_day_range_keeps_the_stories_reported_within_it()
    {
        using var page = await GetAsync("from=2026-11-03&to=2026-11-03&pageSize=200");

        var items = Items(page);
        items.Should().NotBeEmpty();
        items.Should().OnlyContain(i => i.GetProperty("latest").GetDateTimeOffset().UtcDateTime.Date >= new DateTime(2026, 11, 3)
            && i.GetProperty("first").GetDateTimeOffset().UtcDateTime.Date <= new DateTime(2026, 11, 3));
    }

    [Theory]
    [InlineData("divergences")]
    [InlineData("sources")]
    [InlineData("articles")]
    [InlineData("LATEST")]
    public async Task Each_sort_orders_by_its_count(string sort)
    {
        using var page = await GetAsync($"sort={sort}&pageSize=200");

        var items = Items(page);
        var field = sort.ToLowerInvariant();
        if (field == "latest")
        {
            items.Select(i => i.GetProperty("latest").GetDateTimeOffset()).Should().BeInDescendingOrder();
        }
        else
        {
            items.Select(i => i.GetProperty(field).GetInt32()).Should().BeInDescendingOrder();
        }
        if (field is "sources" or "articles")
        {
            items.Select(i => i.GetProperty(field).GetInt32()).Distinct().Should().HaveCountGreaterThan(1, "the news day's stories differ in " + field);
        }
    }

    [Fact]
    public async Task Pages_follow_on_from_each_other()
    {
        using var wide = await GetAsync("sort=articles&pageSize=20");
        using var second = await GetAsync("sort=articles&pageSize=10&page=2");
        using var beyond = await GetAsync("page=1000");

        Ids(second).Should().Equal(Ids(wide).Skip(10));
        second.RootElement.GetProperty("page").GetInt32().Should().Be(2);
        Items(beyond).Should().BeEmpty();
        beyond.RootElement.GetProperty("total").GetInt32().Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("sort=newest", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=two", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1.5", "pageSize")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=03/11/2026", "to")]
    [InlineData("from=2026-11-04&to=2026-11-02", "to")]
    [InlineData("sort=latest&sort=articles", "sort")]
    [InlineData("pagesize=10&pageSize=20", "pageSize")]
    [InlineData("limit=10", "limit")]
    public async Task A_bad_parameter_is_a_problem_naming_it(string query, string parameter)
    {
        using var response = await host.Http.GetAsync("api/stories?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .Should().Contain(n => string.Equals(n, parameter, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Too_long_words_or_outlet_are_a_problem()
    {
        using var words = await host.Http.GetAsync("api/stories?q=" + new string('a', 201));
        using var outlet = await host.Http.GetAsync("api/stories?source=" + new string('a', 301));

        words.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        outlet.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Empty_parameters_are_left_out()
    {
        using var page = await GetAsync("q=&source=&from=&to=&sort=&page=&pageSize=");

        page.RootElement.GetProperty("page").GetInt32().Should().Be(1);
        Items(page).Should().HaveCount(50);
    }

    [Fact]
    public async Task The_change_log_head_names_its_epoch_and_rejects_a_bad_topic()
    {
        using var head = JsonDocument.Parse(await host.Http.GetStringAsync("api/changes/head?topic=all"));
        using var list = await GetAsync("");
        using var bad = await host.Http.GetAsync("api/changes/head?topic=weather");

        head.RootElement.GetProperty("epoch").GetString().Should().Be(list.RootElement.GetProperty("epoch").GetString());
        head.RootElement.GetProperty("sequence").GetInt64().Should().BeGreaterThanOrEqualTo(list.RootElement.GetProperty("sequence").GetInt64());
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_source_page_reads_articles_and_blindspots_and_rejects_a_bad_minimum()
    {
        var outlet = NewsDay.Outlets[4];
        using var articles = JsonDocument.Parse(await host.Http.GetStringAsync($"api/sources/{outlet}/articles"));
        using var blindspots = JsonDocument.Parse(await host.Http.GetStringAsync($"api/sources/{outlet}/blindspots?min=2"));
        using var bad = await host.Http.GetAsync($"api/sources/{outlet}/blindspots?min=zero");

        articles.RootElement.EnumerateArray().Should().NotBeEmpty()
            .And.OnlyContain(a => a.GetProperty("source").GetString() == outlet && a.GetProperty("title").GetString()!.Length > 0 && a.GetProperty("dated").GetBoolean());
        foreach (var spot in blindspots.RootElement.EnumerateArray())
        {
            Outlets(spot.GetProperty("story")).Should().NotContain(outlet).And.HaveCountGreaterThanOrEqualTo(2);
        }
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_story_merged_along_a_chain_points_to_the_story_holding_its_articles_now()
    {
        var (first, middle, last) = (new ClaimedStory(host.Grains), new ClaimedStory(host.Grains), new ClaimedStory(host.Grains));
        foreach (var story in new[] { first, middle, last })
        {
            await story.AddAsync("chain-wire", 1, ClaimedStory.Said("administration", "Trump", "The Trump administration."));
        }
        await first.Grain.Retire(middle.Id);
        await middle.Grain.Retire(last.Id);

        using var detail = JsonDocument.Parse(await host.Http.GetStringAsync($"api/stories/{first.Id}"));

        detail.RootElement.GetProperty("mergedInto").GetString().Should().Be(last.Id, "the middle story holds nothing any more");
    }

    private async Task<JsonDocument> GetAsync(string query)
    {
        using var response = await host.Http.GetAsync("api/stories?" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }

    private static List<JsonElement> Items(JsonDocument page) => [.. page.RootElement.GetProperty("items").EnumerateArray()];

    private static List<string> Ids(JsonDocument page) => [.. Items(page).Select(i => i.GetProperty("id").GetString()!)];

    private static List<string> Outlets(JsonElement story) => [.. story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()!)];
}
