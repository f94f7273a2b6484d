using System.Net;
using System.Text;

namespace Monitor.Ingest.Tests;

public sealed class ArticlesApiTests(KeyedHost host) : IClassFixture<KeyedHost>
{
    private static string Unique() => Guid.NewGuid().ToString("n")[..10];

    [Fact]
    public async Task One_json_article_is_accepted_with_its_id()
    {
        var id = "api-" + Unique();

        var response = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(id, "wire", "A title", $"Text {id} about an exchange.", published: "2025-07-18T14:00:00Z")));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var body = await response.JsonAsync();
        body.GetProperty("articleId").GetString().Should().Be(id);
        body.GetProperty("outcome").GetString().Should().Be("accepted");
    }

    [Theory]
    [InlineData(null, "text")]
    [InlineData("   ", "text")]
    public async Task A_missing_text_is_a_validation_problem(string? text, string field)
    {
        var response = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "Title", text)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorKeys().Should().Contain(field);
    }

    [Fact]
    public async Task A_text_too_long_is_a_validation_problem()
    {
        var response = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "Title", new string('w', 200_001))));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorKeys().Should().Contain("text");
    }

    [Fact]
    public async Task A_bad_date_is_a_validation_problem()
    {
        var response = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "Title", "Text.", published: "the 18th of Julember")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).ErrorKeys().Should().Contain("published");
    }

    [Fact]
    public async Task Invalid_utf8_is_a_problem_not_replacement_characters()
    {
        var bytes = Encoding.UTF8.GetBytes(Api.Article(null, "wire", "Title", "Caf_ text.")).ToArray();
        bytes[Array.IndexOf(bytes, (byte)'_')] = 0xC3;

        var response = await host.Http.SendAsync(Api.Post("/api/articles", bytes));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("title").GetString().Should().Contain("UTF-8");
    }

    [Theory]
    [InlineData("{\"source\": \"wire\", \"title\": ")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Bad_json_is_a_400_problem(string body)
    {
        var response = await host.Http.SendAsync(Api.Post("/api/articles", body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        var response = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "Title", new string('w', 2_200_000))));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        await response.ProblemAsync();
    }

    [Fact]
    public async Task An_ndjson_batch_answers_with_the_id_of_each_line()
    {
        var (a, b) = ("nd-" + Unique(), "nd-" + Unique());
        var batch = Api.Article(a, "wire", "First", $"First text {a}.") + "\n\n" + Api.Article(b, "desk", "Second", $"Second text {b}.") + "\r\n";

        var response = await host.Http.SendAsync(Api.Post("/api/articles", batch, "application/x-ndjson"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var ids = (await response.JsonAsync()).GetProperty("articles").EnumerateArray().Select(r => r.GetProperty("articleId").GetString());
        ids.Should().Equal(a, b);
    }

    [Fact]
    public async Task A_batch_ingests_its_good_lines_and_says_why_each_bad_one_was_refused()
    {
        var text = $"Batch text {Unique()} that is ingested though its neighbours are bad.";
        var batch = Api.Article("nd-" + Unique(), "wire", "Good", text) + "\n" + Api.Article(null, "wire", "Bad", null) + "\n{oops\n";

        var response = await host.Http.SendAsync(Api.Post("/api/articles", batch, "application/x-ndjson"));
        var again = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article("nd-" + Unique(), "other", "Good", text)));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var body = await response.JsonAsync();
        var lines = body.Lines();
        lines.Select(l => (l.Line, l.Outcome)).Should().Equal((1, "accepted"), (2, "refused"), (3, "refused"));
        lines[1].Reason.Should().Contain("text");
        lines[2].Reason.Should().Contain("JSON");
        (body.GetProperty("accepted").GetInt32(), body.GetProperty("refused").GetInt32()).Should().Be((1, 2));
        (await again.JsonAsync()).GetProperty("outcome").GetString().Should().Be("duplicate", "the good line was ingested");
    }

    [Fact]
    public async Task A_line_separator_inside_a_json_string_does_not_split_the_line()
    {
        var id = "nd-" + Unique();
        // Raw U+2028 and U+0085 are valid inside JSON strings; only '\n' ends an NDJSON line.
        var line = $"{{\"id\":\"{id}\",\"source\":\"wire\",\"title\":\"One\u2028line\",\"text\":\"Text {id} with a\u0085separator.\"}}";

        var response = await host.Http.SendAsync(Api.Post("/api/articles", line + "\n{oops", "application/x-ndjson"));

        (await response.JsonAsync()).Lines().Select(l => (l.Line, l.Id, l.Outcome)).Should().Equal((1, id, "accepted"), (2, null, "refused"));
    }

    [Fact]
    public async Task Blank_lines_of_any_white_space_are_skipped_and_still_counted()
    {
        var id = "nd-" + Unique();
        var batch = "\u00A0\u2003\t\r\n" + Api.Article(id, "wire", "Good", $"Text {id} of a batch.") + "\n   \n{oops\n";

        var response = await host.Http.SendAsync(Api.Post("/api/articles", batch, "application/x-ndjson"));

        (await response.JsonAsync()).Lines().Select(l => (l.Line, l.Outcome)).Should().Equal([(2, "accepted"), (4, "refused")], "lines 1 and 3 are blank");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task A_write_without_a_configured_key_is_refused(string? key)
    {
        var response = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "Title", "Text."), key: key));
        var feed = await host.Http.SendAsync(Api.Post("/api/feeds", "{\"url\":\"https://wire.example/rss\"}", key: key));
        var replay = await host.Http.SendAsync(Api.Post("/api/replay", "{\"folder\":\"/\"}", key: key));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.ProblemAsync()).GetProperty("status").GetInt32().Should().Be(401);
        feed.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        replay.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Any_configured_key_may_write_and_reads_need_none()
    {
        var write = await host.Http.SendAsync(Api.Post("/api/articles", Api.Article(null, "wire", "Title", $"Text {Unique()}."), key: "second-key"));
        var read = await host.Http.GetAsync("/api/feeds");

        write.StatusCode.Should().Be(HttpStatusCode.Accepted);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
